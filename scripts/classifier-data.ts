/**
 * Loads the labelled datasets of ../shared/data and maps them to our labels.
 * The split is by WHOLE dataset: HateCheck (en) and Multilingual HateCheck
 * (fr) are held out for `npm run eval`; everything else may train.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled example. */
export interface Example {
  text: string;
  label: 'hostile' | 'supportive' | 'neutral' | 'doxxing';
  lang: 'fr' | 'en';
  source: string;
  /** Optional sub-label or functionality, for error analysis. */
  tag?: string;
  /** Training weight (default 1); generated template data counts less than real text. */
  weight?: number;
}

/** RFC 4180 CSV parser (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (q) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(path: string): Array<Record<string, string>> {
  const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const head = rows[0] ?? [];
  return rows.slice(1).filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** Removes Twitter artefacts (RT prefixes, entities, links) that no reply on screen has. */
export function cleanTweet(t: string): string {
  return t
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/^(?:\W*RT\s+@\w+:?\s*)+/i, '')
    .replace(/\brt @user\b:?/gi, '')
    .replace(/https?:\/\/\S+|@URL/g, '')
    .replace(/@\w+/g, '@user')
    .replace(/\s+/g, ' ')
    .trim();
}

const HC_HOSTILE_NH = new Set(['target_indiv_nh', 'target_group_nh']);
const HC_SUPPORTIVE = new Set(['counter_quote_nh', 'counter_ref_nh', 'ident_pos_nh']);
const HC_NEUTRAL = new Set(['ident_neutral_nh', 'target_obj_nh', 'profanity_nh']);

function mapHatecheck(func: string): Example['label'] | null {
  if (func.endsWith('_h') || HC_HOSTILE_NH.has(func)) return 'hostile';
  if (HC_SUPPORTIVE.has(func)) return 'supportive';
  if (HC_NEUTRAL.has(func)) return 'neutral';
  return null;
}

/** HateCheck (en), held out. */
export function loadHatecheckEn(dir: string): Example[] {
  const out: Example[] = [];
  for (const r of records(join(dir, 'hatecheck-en', 'test_suite_cases.csv'))) {
    const label = mapHatecheck(r.functionality ?? '');
    if (label && r.test_case) out.push({ text: r.test_case.trim(), label, lang: 'en', source: 'hatecheck-en', tag: r.functionality });
  }
  return out;
}

/** Multilingual HateCheck French, held out; cases annotators disputed are dropped. */
export function loadMhcFr(dir: string): Example[] {
  const out: Example[] = [];
  for (const r of records(join(dir, 'mhc-fr', 'hatecheck_cases_final_french.csv'))) {
    if (r.disagreement_in_case === 'True') continue;
    const label = mapHatecheck(r.functionality ?? '');
    if (label && r.test_case) out.push({ text: r.test_case.trim(), label, lang: 'fr', source: 'mhc-fr', tag: r.functionality });
  }
  return out;
}

/** Davidson et al. tweets: hate → hostile, neither → neutral, offensive only when directed. */
export function loadDavidson(dir: string): Example[] {
  const out: Example[] = [];
  for (const r of records(join(dir, 'davidson-en', 'labeled_data.csv'))) {
    const text = cleanTweet(r.tweet ?? '');
    if (text.length < 3) continue;
    const cls = r.class;
    if (cls === '0') out.push({ text, label: 'hostile', lang: 'en', source: 'davidson-en' });
    else if (cls === '2') out.push({ text, label: 'neutral', lang: 'en', source: 'davidson-en' });
    else if (cls === '1') {
      const count = Number(r.count);
      const off = Number(r.offensive_language);
      if (/\b(?:you|u|ur|your|youre|ya|yo)\b/i.test(text) && off >= count * 0.66) out.push({ text, label: 'hostile', lang: 'en', source: 'davidson-en' });
    }
  }
  return out;
}

/** MLMA tweets: any abusive/hateful/offensive/disrespectful → hostile; "normal" is too noisy to use. */
export function loadMlma(dir: string, lang: 'fr' | 'en'): Example[] {
  const file = lang === 'fr' ? 'fr_dataset.csv' : 'en_dataset_with_stop_words.csv';
  const out: Example[] = [];
  for (const r of records(join(dir, 'mlma-fr-en', file))) {
    const s = r.sentiment ?? '';
    if (!/abusive|hateful|offensive|disrespectful/.test(s)) continue;
    const text = cleanTweet((r.tweet ?? '').replace(/\\u2026/g, '…'));
    if (text.length >= 3) out.push({ text, label: 'hostile', lang, source: `mlma-${lang}` });
  }
  return out;
}

/** ToxiFrench balanced benchmark: toxic → hostile, non-toxic → neutral. */
export function loadToxiFrench(dir: string): Example[] {
  const out: Example[] = [];
  for (const r of records(join(dir, 'toxifrench-fr', 'ToxiFrenchBalanced.csv'))) {
    const text = (r.content ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 3) continue;
    out.push({ text, label: r.label === '1' ? 'hostile' : 'neutral', lang: 'fr', source: 'toxifrench-fr' });
  }
  return out;
}

// caring, gratitude: supportive as they stand.
const GO_SUPPORT = new Set([5, 15]);
// admiration, love, optimism: only when addressed to someone ("proud of you"), not "I love this song".
const GO_SUPPORT_DIRECTED = new Set([0, 18, 20]);
const SECOND_PERSON = /\b(?:you|your|u|ur|yourself)\b/i;
// anger, annoyance, disapproval, disgust
const GO_NEG = new Set([2, 3, 10, 11]);

/** GoEmotions as silver supervision: warm emotions → supportive, neutral-only → neutral. */
export function loadGoEmotions(dir: string, maxPerClass = 7000): Example[] {
  const sup: Example[] = [];
  const neu: Example[] = [];
  const src = readFileSync(join(dir, 'goemotions-en', 'train.tsv'), 'utf8');
  for (const line of src.split('\n')) {
    const [text, labs] = line.split('\t');
    if (!text || !labs) continue;
    const ids = labs.split(',').map(Number);
    const t = text.replace(/\[NAME\]/g, 'Alex').trim();
    if (ids.length === 1 && ids[0] === 27) {
      if (neu.length < maxPerClass) neu.push({ text: t, label: 'neutral', lang: 'en', source: 'goemotions-en' });
    } else if (
      !ids.some((i) => GO_NEG.has(i)) &&
      (ids.some((i) => GO_SUPPORT.has(i)) || (ids.some((i) => GO_SUPPORT_DIRECTED.has(i)) && SECOND_PERSON.test(t)))
    ) {
      if (sup.length < maxPerClass) sup.push({ text: t, label: 'supportive', lang: 'en', source: 'goemotions-en' });
    }
  }
  return [...sup, ...neu];
}

/** Everything that may enter training from the data folder (the held-out sets excluded). */
export function loadTrainingData(dir: string): Example[] {
  return [...loadDavidson(dir), ...loadMlma(dir, 'en'), ...loadMlma(dir, 'fr'), ...loadToxiFrench(dir), ...loadGoEmotions(dir)];
}

/** The held-out dev sets (whole datasets never trained on). */
export function loadHeldOut(dir: string): Example[] {
  return [...loadHatecheckEn(dir), ...loadMhcFr(dir)];
}
