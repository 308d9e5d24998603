/**
 * Trains the doxxing scorer (see DOX_BITS in model.ts): a binary logistic regression,
 * doxxing against everything else, over word features and word shapes.
 */
import { createHash } from 'node:crypto';
import { doxAnchors, doxGateOpen } from '../entrypoints/background/classifier/doxxing-model';
import { doxFeaturize, DOX_BITS, type DoxWeights } from '../entrypoints/background/classifier/model';
import { normalize } from '../entrypoints/background/classifier/normalize';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from './classifier-data';
import { genDoxxing, genDoxxingNegatives, rng } from './classifier-gen';
import { loadSeed } from './classifier-seed';
import { quantizeInt8 } from './quantize';

/** Where the doxxing replies and their look-alikes we wrote live (several authors). */
export const WRITTEN_DOXXING_DIR = 'scripts/written-doxxing';
/** A look-alike (public listing, one's own number, a threat without data) counts double: they are the hard part. */
export const LOOKALIKE_WEIGHT = 2;
/** Copies of each written reply with other names and numbers (see swapNames), each counting half. */
export const SWAPPED_COPIES = 2;
/** Copies told to "you" (see secondPersonCopies) count half, as the swapped ones do. */
export const SECOND_PERSON_WEIGHT = 0.5;
/** Generated doxxing is templated: it counts half. */
export const GENERATED_DOXXING_WEIGHT = 0.5;

/** Doxxing replies and look-alikes written by hand for training. */
export function writtenDoxxing(dir = WRITTEN_DOXXING_DIR): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => loadSeed(join(dir, f)).map((e) => ({ ...e, source: `written-doxxing-${f.replace(/\.tsv$/, '')}`, weight: e.label === 'doxxing' ? 1 : LOOKALIKE_WEIGHT })));
}

/**
 * The scorer's training mix: `ordinary` (the main model's replies, none doxxing), the
 * written doxxing set and the generator (other seeds than the evaluation's). Of the
 * replies that are not doxxing, only those the scorer could be asked about are kept.
 */
export function doxxingTraining(ordinary: Example[], dir = WRITTEN_DOXXING_DIR): Example[] {
  const written = writtenDoxxing(dir);
  return [
    ...ordinary.filter((e) => e.label !== 'doxxing'),
    ...written,
    ...swapNames(written, SWAPPED_COPIES, 0.5),
    ...secondPersonCopies(written, SECOND_PERSON_WEIGHT),
    ...[...genDoxxing('fr', 1500, 5101), ...genDoxxing('en', 1500, 5102)].map((e) => ({ ...e, weight: GENERATED_DOXXING_WEIGHT })),
    ...genDoxxingNegatives('fr'),
    ...genDoxxingNegatives('en'),
  ].filter((e) => e.label === 'doxxing' || doxGateOpen(e.text, normalize(e.text)));
}

/** The shipped run's options (1.19: 7 → 25 bags, for the same reason as the main model's; it trains in under a minute). */
export const DOX_TRAIN_DEFAULTS = { epochs: 10, l2: 1e-4, lr: 0.1, bags: 25 };

/** Trains on `data` (label doxxing = 1, any other = 0; `weight` scales a reply). */
export function trainDoxModel(data: Example[], opt = DOX_TRAIN_DEFAULTS): DoxWeights {
  const feats: Int32Array[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const e of data) {
    const f = doxFeaturize(e.text, normalize(e.text));
    feats.push(f.feats.slice(0, f.n));
    ys.push(e.label === 'doxxing' ? 1 : 0);
    ws.push(e.weight ?? 1);
  }
  // Both classes weigh the same in total: there are far fewer doxxing replies.
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < ys.length; i++) (ys[i] ? (pos += ws[i]!) : (neg += ws[i]!));
  const cw = [(pos + neg) / (2 * Math.max(1, neg)), (pos + neg) / (2 * Math.max(1, pos))];
  const B = 1 << DOX_BITS;
  const w = new Float32Array(B);
  let bias = 0;
  for (let bag = 0; bag < opt.bags; bag++) {
    const r = rng(77 + bag * 104729);
    const order = data.map(() => Math.floor(r() * data.length));
    const bw = new Float32Array(B);
    const g2 = new Float32Array(B).fill(0.03);
    let bb = 0;
    for (let ep = 0; ep < opt.epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const idx of order) {
        const f = feats[idx]!;
        let z = bb;
        for (let k = 0; k < f.length; k++) z += bw[f[k]!]!;
        const p = 1 / (1 + Math.exp(-z));
        const grad = cw[ys[idx]!]! * ws[idx]! * (p - ys[idx]!);
        bb -= 0.01 * grad;
        for (let k = 0; k < f.length; k++) {
          const o = f[k]!;
          const gg = grad + opt.l2 * bw[o]!;
          g2[o]! += gg * gg;
          bw[o]! -= (opt.lr * gg) / Math.sqrt(g2[o]!);
        }
      }
    }
    for (let i = 0; i < B; i++) w[i]! += bw[i]! / opt.bags;
    bias += bb / opt.bags;
  }
  const { scale, b64 } = quantizeInt8(w);
  const id = createHash('sha256').update(b64).update(String(bias)).digest('hex').slice(0, 10);
  return { bits: DOX_BITS, scale, bias, w: b64, id };
}

/**
 * Copies of `xs` with their names and numbers swapped for others of the same language
 * ("the Tesco in Slough" → "the Brico in Vannes"), so that the scorer learns how
 * whereabouts are told rather than which towns and shops one author liked.
 */
export function swapNames(xs: Example[], copies: number, weight: number): Example[] {
  const pools: Record<string, string[]> = { fr: [], en: [] };
  for (const e of xs) for (const [s, t] of doxAnchors(e.text)) if (!/^\d/.test(e.text.slice(s, t))) pools[e.lang]!.push(e.text.slice(s, t));
  const r = rng(4242);
  const out: Example[] = [];
  for (let c = 0; c < copies; c++)
    for (const e of xs) {
      const pool = pools[e.lang]!;
      let text = '';
      let last = 0;
      for (const [s, t] of doxAnchors(e.text)) {
        const span = e.text.slice(s, t);
        const swapped = /^\d/.test(span) ? span.replace(/\d/g, () => String(Math.floor(r() * 10))) : pool[Math.floor(r() * pool.length)]!;
        text += e.text.slice(last, s) + swapped;
        last = t;
      }
      text += e.text.slice(last);
      if (text !== e.text) out.push({ ...e, text, weight: (e.weight ?? 1) * weight, source: `${e.source}-swapped` });
    }
  return out;
}

const EN_THIRD = /\b(he|she)(['’]s|['’]ll|['’]d)?(\s+)([A-Za-z]+)/gi;
const EN_IRREGULAR: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', goes: 'go' };
const FR_CLITIC = new Set(['y', 'en', 'le', 'la', 'les', 'lui', 'leur', 'ne', 'me', 'nous', 'vous']);
const FR_IRREGULAR: Record<string, string> = { est: 'es', a: 'as', va: 'vas', peut: 'peux', veut: 'veux', vaut: 'vaux' };

/** "he works", "she's", "his" → "you work", "you're", "your" (a heuristic: training copies only). */
function englishToYou(text: string): string {
  const out = text.replace(EN_THIRD, (_m, pro: string, clitic: string | undefined, sp: string, verb: string) => {
    const you = pro[0] === pro[0]!.toUpperCase() ? 'You' : 'you';
    if (clitic) return `${you}${/s$/i.test(clitic) ? clitic[0] + 're' : clitic}${sp}${verb}`;
    const v = verb.toLowerCase();
    let w = EN_IRREGULAR[v];
    if (w === undefined) {
      if (/(?:ch|sh|ss|x|o)es$/.test(v)) w = verb.slice(0, -2);
      else if (/[^aeiou]ies$/.test(v)) w = verb.slice(0, -3) + 'y';
      else if (/[^su]s$/.test(v)) w = verb.slice(0, -1);
      else w = verb;
    }
    return `${you}${sp}${w}`;
  });
  return out
    .replace(/\b(?:his|her)(?=\s+(?!(?:and|or|to|a|an|the|at|in|on|up|out|off|back|for|with|about|from|is|was|that|this|if|when|so|too|again|now|tonight|today|tomorrow)\b)[a-z])/g, 'your')
    .replace(/\b(?:His|Her)(?=\s+[a-z])/g, 'Your')
    .replace(/\b(?:him|her)\b/g, 'you')
    .replace(/\b(?:himself|herself)\b/g, 'yourself');
}

/** "il bosse", "elle habite", "sa mère", "chez lui" → "tu bosses", "tu habites", "ta mère", "chez toi". */
function frenchToTu(text: string): string {
  const out = text.replace(/\b([Ii]l|[Ee]lle)(\s+)((?:[a-zà-ÿ]+\s+)*?)([lsmn]['’])?([a-zà-ÿ]+)\b/g, (m, pro: string, sp: string, clitics: string, elided: string | undefined, verb: string) => {
    const tu = pro[0] === pro[0]!.toUpperCase() ? 'Tu' : 'tu';
    const words = clitics.trim() ? clitics.trim().split(/\s+/) : [];
    if (!words.every((c) => FR_CLITIC.has(c) || c === 'se')) return m;
    const cl = words.map((c) => (c === 'se' ? 'te' : c)).join(' ');
    let v = FR_IRREGULAR[verb];
    // "vit" → "vis", "attend" → "attends", "bosse" → "bosses".
    if (v === undefined) v = verb.endsWith('t') ? verb.slice(0, -1) + 's' : /[de]$/.test(verb) ? verb + 's' : verb;
    const el = elided === undefined ? '' : elided[0] === 's' ? "t'" : elided;
    return `${tu}${sp}${cl ? cl + ' ' : ''}${el}${v}`;
  });
  return out
    .replace(/\bchez (?:lui|elle)\b/g, 'chez toi')
    .replace(/\b([Ss])(a|on|es)\b/g, (_m, s: string, rest: string) => (s === 'S' ? 'T' : 't') + rest);
}

/**
 * Copies of the written doxxing and look-alikes told to "you" instead of about "him" or "her"
 * ("il bosse au Leclerc le samedi" → "tu bosses au Leclerc le samedi"): harassers often dox the
 * person they answer, and most of the written set speaks of a third person. Both labels are
 * copied, so that "you" alone teaches nothing.
 */
export function secondPersonCopies(xs: Example[], weight: number): Example[] {
  const out: Example[] = [];
  for (const e of xs) {
    const text = e.lang === 'fr' ? frenchToTu(e.text) : englishToYou(e.text);
    if (text !== e.text) out.push({ ...e, text, weight: (e.weight ?? 1) * weight, source: `${e.source}-you` });
  }
  return out;
}
