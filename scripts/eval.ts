/**
 * Evaluates the shipped classifier on data it was never trained on:
 * whole held-out datasets (HateCheck en, Multilingual HateCheck fr), the
 * hand-written seed replies, and generated doxxing cases with hard negatives.
 * Usage: npm run eval [-- DATA_DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseTsv } from './classifier-tsv';
import { resolve } from 'node:path';
import { LABELS, type Label } from '../storage/schema';
import { classify, requireSupportCueForEvaluation, useModelAloneThresholdsForEvaluation, useWeightsForEvaluation } from '../entrypoints/background/classifier/index';
import { loadDavidson, loadGoEmotions, loadHeldOut, loadMlma, loadToxiFrench, loadTrainingData, type Example } from './classifier-data';
import { richDev, syntheticTraining, trainModel, TRAIN_DEFAULTS } from './train';
import { genDoxxing, genDoxxingNegatives } from './classifier-gen';
import { loadSeed } from './classifier-seed';

/** Sets whose errors are never printed: only their scores may be read. */
const SCORE_ONLY = new Set(['holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'rooms', 'ngo']);

interface Scored {
  ex: Example;
  pred: Label;
}

function table(title: string, items: Scored[]): { f1: Record<string, number> } {
  const labels = LABELS.filter((l) => items.some((s) => s.ex.label === l || s.pred === l));
  const cm = new Map<string, number>();
  for (const s of items) cm.set(`${s.ex.label}|${s.pred}`, (cm.get(`${s.ex.label}|${s.pred}`) ?? 0) + 1);
  const get = (g: string, p: string) => cm.get(`${g}|${p}`) ?? 0;
  console.log(`\n## ${title}  (n=${items.length}, accuracy ${(items.filter((s) => s.ex.label === s.pred).length / Math.max(1, items.length)).toFixed(3)})`);
  console.log('label        support  precision  recall  F1');
  const f1: Record<string, number> = {};
  for (const l of labels) {
    const tp = get(l, l);
    const sup = items.filter((s) => s.ex.label === l).length;
    const predN = items.filter((s) => s.pred === l).length;
    const p = predN ? tp / predN : 0;
    const r = sup ? tp / sup : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    f1[l] = f;
    console.log(`${l.padEnd(12)} ${String(sup).padStart(7)}  ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f.toFixed(3)}`);
  }
  console.log('confusion (rows gold, columns predicted):');
  console.log(''.padEnd(12) + labels.map((l) => l.slice(0, 10).padStart(11)).join(''));
  for (const g of labels) console.log(g.padEnd(12) + labels.map((p) => String(get(g, p)).padStart(11)).join(''));
  return { f1 };
}

function main(): void {
  const dataDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data');
  const verbose = process.argv.includes('--errors');
  // Ablation: let the model alone make a reply supportive without any support cue (the pre-1.4 behaviour).
  if (process.argv.includes('--no-cue-gate')) requireSupportCueForEvaluation(false);
  const heldOut = loadHeldOut(dataDir);
  const seed = loadSeed();
  // Hand-written sets, each written before the tuning round named, never trained on.
  const SEED_SETS = [
    ['fresh', 'seed-replies-fresh.tsv', 'fresh seed replies (written after tuning, never tuned on)'],
    ['holdout2', 'seed-replies-holdout2.tsv', 'holdout2 seed replies (written before the v2 tuning, never tuned on)'],
    ['holdout3', 'seed-replies-holdout3.tsv', 'holdout3 seed replies (written before the v3 tuning, never tuned on)'],
    ['dev4', 'seed-replies-dev4.tsv', 'dev4 replies (second author: counter-speech, teen chat, forums; errors read while tuning 1.9)'],
    ['holdout4', 'seed-replies-holdout4.tsv', 'holdout4 replies (second author, same brief as dev4; only its scores were read)'],
    ['holdout5', 'seed-replies-holdout5.tsv', 'holdout5 replies (third author, sampled-from-real-places brief; written after 1.9, only scores read)'],
    ['holdout6', 'seed-replies-holdout6.tsv', 'holdout6 replies (fourth author, moderator-sample brief, written to be hard; only scores read)'],
    ['holdout7', 'seed-replies-holdout7.tsv', 'holdout7 replies (fifth author, tweets/teen chat/forums/NGO brief; written at the start of 1.10, scores read once at its end)'],
    ['holdout8', 'seed-replies-holdout8.tsv', 'holdout8 replies (seventh author, tweets/teen chat/forums/NGO brief; written at the start of 1.11, scores read only at its end)'],
    ['holdout9', 'seed-replies-holdout9.tsv', 'holdout9 replies (eighth author, tweets/teen chat/forums/NGO brief with doxxing and look-alikes; written at the start of 1.12, scores read only at its end)'],
    ['holdout10', 'seed-replies-holdout10.tsv', 'holdout10 replies (ninth author, same brief with more doxxing; written after holdout9 was read, scores read only at the end of 1.12)'],
    ['holdout11', 'seed-replies-holdout11.tsv', 'holdout11 replies (another author, tweets/teen chat/forums/NGO brief; written at the start of 1.14, only its scores read, six times during 1.14 and during 1.15)'],
    ['holdout12', 'seed-replies-holdout12.tsv', 'holdout12 replies (another author who read only the docs; written during 1.15, only its scores read, five times)'],
    ['holdout13', 'seed-replies-holdout13.tsv', 'holdout13 replies (another author, sampled-from-real-places brief with doxxing; written at the start of 1.20, never read, scored once at its end)'],
    ['holdout14', 'seed-replies-holdout14.tsv', 'holdout14 replies (another author who read only the docs: tweets, teen chat, forums, NGO counter-speech, with doxxing; written at the start of 1.21, scored with 1.20 before any change, then only at the end)'],
    ['holdout15', 'seed-replies-holdout15.tsv', 'holdout15 replies (another author who read only the docs: replies under ten piled-on people, with doxxing; written at the start of 1.22, never read: scored with 1.21 before any change, once after the first rules, and at the end)'],
    ['holdout16', 'seed-replies-holdout16.tsv', 'holdout16 replies (another author who read only the docs: replies under five piled-on people unlike the earlier ones, with doxxing; written at the start of 1.23, never read: scored with 1.22 before any change, after the first rules, and at the end)'],
    ['holdout17', 'seed-replies-holdout17.tsv', 'holdout17 replies (another author who read only the docs: replies on X and comments in other rooms under six piled-on people, with doxxing; written during 1.23, never read: scored with 1.22 and after the first rules, then at the end)'],
    ['holdout18', 'seed-replies-holdout18.tsv', 'holdout18 replies (another author who read only the docs: replies on X and comments elsewhere under eight piled-on people, with doxxing; written at the end of 1.23, never read: scored with 1.22 and 1.23 before its last retraining, then at the end)'],
    ['holdout19', 'seed-replies-holdout19.tsv', 'holdout19 replies (another author who read only the docs: replies on X and comments elsewhere under eight piled-on people of the author\'s choosing, 24 doxxing per language; written at the start of 1.24, never read: scored with 1.23 before any change, then at the end)'],
    ['holdout20', 'seed-replies-holdout20.tsv', 'holdout20 replies (another author who read only the docs: replies on X and, a third, comments elsewhere under ten piled-on people of the author\'s choosing, 24 doxxing per language; written at the end of 1.24, never read, scored once with 1.23 and once with 1.24)'],
    ['rooms', 'seed-replies-rooms.tsv', 'rooms replies (two more authors: LinkedIn, parents\' groups, local news comments, fandoms, Twitch and YouTube under twenty piled-on people; written at the end of 1.21 as training writing, scored with 1.20 and 1.21, then kept out of training when training on them moved no score; never read)'],
    ['ngo', 'seed-replies-ngo.tsv', 'NGO-style hate claims and counter-narratives (sixth author; written during 1.10; only scores read, once before training on NGO-style writing and once at the end)'],
    ['claims-fr', 'seed-replies-claims-fr.tsv', 'French claims (another author, same brief as the English claims dev; written at the end of 1.19, never trained on, only its scores read)'],
    ['raid-dev', 'seed-replies-raid-dev.tsv', 'raid replies dev (another author, short coded replies under ten piled-on people; written during 1.20, never trained on, errors read while choosing the model\'s certainty bar)'],
    ['plain-dev', 'seed-replies-plain-dev.tsv', 'plain-voice dev (another author: raid replies without slurs under twenty other targets, praise without stock phrases, rough neutral replies; written during 1.21, never trained on, errors read while writing 1.21)'],
    ['claims-dev', 'seed-replies-claims-dev.tsv', 'English claims dev (another author, claims in forms the training lacked: policy proposals, "I\'m not X but", jokes, long stories; written during 1.19, never trained on, errors read while writing its policy rule)'],
  ] as const;
  const sets = SEED_SETS.filter(([, file]) => existsSync(`test/fixtures/classifier/${file}`)).map(([name, file, title]) => ({ name, title, xs: loadSeed(`test/fixtures/classifier/${file}`) }));
  const dox = [...genDoxxing('fr', 300, 9001), ...genDoxxing('en', 300, 9002)];
  const doxNeg = [...genDoxxingNegatives('fr'), ...genDoxxingNegatives('en')];
  const run = (xs: Example[]): Scored[] => xs.map((ex) => ({ ex, pred: classify({ text: ex.text, lang: ex.lang }).label }));
  const sHeld = run(heldOut);
  const sSeed = run(seed);
  const sSets = sets.map((x) => ({ ...x, scored: run(x.xs) }));
  const sHand = sSets.flatMap((x) => x.scored);
  const sFresh = sSets[0]!.scored;
  const sDox = run(dox);
  const sNeg = run(doxNeg);

  console.log('# Témoin classifier evaluation (data never trained on)');
  const summary: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const h = table(`${lang} held-out dataset (${lang === 'fr' ? 'mhc-fr' : 'hatecheck-en'})`, sHeld.filter((s) => s.ex.lang === lang));
    const s = table(`${lang} seed replies (hand-written)`, sSeed.filter((x) => x.ex.lang === lang));
    // A set written in one language only (the English claims dev) has no table in the other.
    const hand = sSets.filter((x) => x.scored.some((y) => y.ex.lang === lang)).map((x) => ({ name: x.name, f1: table(`${lang} ${x.title}`, x.scored.filter((y) => y.ex.lang === lang)).f1 }));
    const all = table(`${lang} all dev (held-out + seed + doxxing + hard negatives)`, [...sHeld, ...sSeed, ...sFresh, ...sDox, ...sNeg].filter((x) => x.ex.lang === lang));
    const f = (x: Record<string, number | undefined>): string => `hostile F1 ${x.hostile?.toFixed(3)} supportive F1 ${x.supportive?.toFixed(3)}`;
    summary.push(
      [`${lang}: held-out ${f(h.f1)}`, `seed ${f(s.f1)}`, ...hand.map((x) => `${x.name} ${f(x.f1)}`), `all hostile ${all.f1.hostile?.toFixed(3)} supportive ${all.f1.supportive?.toFixed(3)}`].join(' | '),
    );
  }
  const doxAll = [...sDox, ...[...sSeed, ...sHand].filter((s) => s.ex.label === 'doxxing')];
  const recall = doxAll.filter((s) => s.pred === 'doxxing').length / doxAll.length;
  const ordinary = [...sHeld, ...sSeed, ...sHand, ...sNeg].filter((s) => s.ex.label !== 'doxxing');
  const fa = ordinary.filter((s) => s.pred === 'doxxing');
  const hardNeg = [...sNeg, ...sSeed.filter((s) => s.ex.label !== 'doxxing')];
  console.log('\n## Doxxing');
  console.log(`recall: ${recall.toFixed(3)} (${doxAll.filter((s) => s.pred === 'doxxing').length}/${doxAll.length}; generated fr+en + seed)`);
  for (const sub of [...new Set(sDox.map((s) => s.ex.tag))]) {
    const xs = sDox.filter((s) => s.ex.tag === sub);
    console.log(`  ${String(sub).padEnd(18)} ${xs.filter((s) => s.pred === 'doxxing').length}/${xs.length}`);
  }
  console.log(`false doxxing alarms: ${fa.length}/${ordinary.length} ordinary replies = ${((fa.length / ordinary.length) * 200).toFixed(2)} per 200`);
  console.log(`  on hard negatives + seed non-doxxing only: ${hardNeg.filter((s) => s.pred === 'doxxing').length}/${hardNeg.length}`);
  const scoreOnly = new Set(sSets.filter((x) => SCORE_ONLY.has(x.name)).flatMap((x) => x.xs));
  for (const s of fa) console.log(`  FA: ${scoreOnly.has(s.ex) ? '(a reply of a score-only set)' : s.ex.text}`);
  // Doxxing as harassers write it (partial addresses, local numbers, hours at work), with
  // public-place hard negatives; written in 1.11 by another author, its misses were read while fixing.
  // doxxing-dev2 (1.12, a third author): homes described, numbers in pieces, hours at a named place.
  // doxxing-holdout (1.12, a fourth author): only its scores are read.
  // doxxing-dev3 and dev4 (1.12, a fifth and sixth author): licences, forms, leaks, lowercase and split addresses, business listings as hard negatives.
  // doxxing-holdout2 and 3 (1.13, a seventh and eighth author, never read): the doxxing scorer's measure.
  // doxxing-holdout4 (1.14, a ninth author, written at its start): only its scores read, with 1.13, midway and after 1.14's last fixes.
  // doxxing-dev6 (1.20, another author, written to defeat pattern detectors): its misses read while fixing.
  for (const [file, name] of [['doxxing-dev.tsv', 'doxxing dev set'], ['doxxing-dev2.tsv', 'doxxing dev set 2'], ['doxxing-dev3.tsv', 'doxxing dev set 3'], ['doxxing-dev4.tsv', 'doxxing dev set 4'], ['doxxing-dev5.tsv', 'doxxing dev set 5'], ['doxxing-dev6.tsv', 'doxxing dev set 6'], ['doxxing-holdout.tsv', 'doxxing holdout'], ['doxxing-holdout2.tsv', 'doxxing holdout 2'], ['doxxing-holdout3.tsv', 'doxxing holdout 3'], ['doxxing-holdout4.tsv', 'doxxing holdout 4']] as const) {
    const doxDev = run(loadSeed(`test/fixtures/classifier/${file}`));
    for (const lang of ['fr', 'en'] as const) {
      const xs = doxDev.filter((x) => x.ex.lang === lang);
      const d = xs.filter((x) => x.ex.label === 'doxxing');
      const n = xs.filter((x) => x.ex.label !== 'doxxing');
      console.log(`${name} (${lang}, ${file.includes('holdout') ? 'scores only' : 'read while fixing'}): recall ${d.filter((x) => x.pred === 'doxxing').length}/${d.length}, false alarms ${n.filter((x) => x.pred === 'doxxing').length}/${n.length}`);
    }
  }
  // Everyday replies to "you" (pets, trains, salt in the soup) written as a false-alarm probe, never trained on.
  const everyday = run(loadSeed('test/fixtures/classifier/everyday-you.tsv'));
  for (const lang of ['fr', 'en'] as const) {
    const xs = everyday.filter((x) => x.ex.lang === lang);
    console.log(`everyday replies to "you" (${lang}) called hostile: ${xs.filter((x) => x.pred === 'hostile').length}/${xs.length}, supportive: ${xs.filter((x) => x.pred === 'supportive').length}/${xs.length}`);
  }
  summary.push(...threadContext());
  console.log('\n## Summary');
  for (const l of summary) console.log(l);
  if (process.argv.includes('--cross')) crossDataset(dataDir);
  if (verbose) {
    console.log('\n## Errors');
    const skipHeld = process.argv.includes('--no-held-errors');
    for (const s of [...sSeed, ...sFresh, ...sSets.filter((x) => x.name === 'dev4' || (!SCORE_ONLY.has(x.name) && process.argv.includes('--holdout-errors'))).flatMap((x) => x.scored), ...(skipHeld ? [] : sHeld), ...sDox, ...sNeg]) if (s.ex.label !== s.pred) console.log(`${s.ex.source}\t${s.ex.lang}\t${s.ex.label}->${s.pred}\t${s.ex.tag ?? ''}\t${s.ex.text}`);
  }
}

/**
 * Replies read with the post they answer (1.22): "this 💯" under a pile-on reply, a defender, or a post about
 * the weather. Written by another author; errors of the odd-numbered rows were read while writing the
 * agreement and pushback lists, the even-numbered rows only scored. Each half is scored as the extension
 * scored it before 1.22 (a reply, parent unknown) and with the parent.
 */
function threadContext(): string[] {
  const file = 'test/fixtures/classifier/threads/thread-context.tsv';
  if (!existsSync(file)) return [];
  const { header, rows } = parseTsv(readFileSync(file, 'utf8'));
  const col = (r: string[], k: string): string => r[header.indexOf(k)] ?? '';
  const out: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    for (const half of ['dev (read)', 'test (scores only)'] as const) {
      const xs = rows.filter((r) => col(r, 'lang') === lang && Number(col(r, 'id').slice(-3)) % 2 === (half.startsWith('dev') ? 1 : 0));
      const f: string[] = [];
      for (const withParent of [false, true]) {
        const scored = xs.map((r) => ({
          ex: { text: col(r, 'text'), lang, label: col(r, 'label') as Label, source: 'thread' } as Example,
          pred: classify({ text: col(r, 'text'), lang, context: withParent ? { parentText: col(r, 'parent') } : { isReply: true } }).label,
        }));
        const { f1 } = table(`${lang} thread replies, ${half}, ${withParent ? 'with the parent' : 'parent unknown'}`, scored);
        f.push(`hostile ${f1.hostile?.toFixed(3)} supportive ${f1.supportive?.toFixed(3)}`);
      }
      out.push(`${lang}: thread ${half}: parent unknown ${f[0]} | with the parent ${f[1]}`);
    }
  }
  return out;
}

main();

/**
 * Leave-one-dataset-out: retrain without one training dataset and score the
 * whole classifier (rules + that model) on it. Closer to the real held-out
 * evaluation (other sources) than any split of a single dataset.
 */
function crossDataset(dataDir: string): void {
  console.log('\n# Leave-one-dataset-out (model retrained without the scored dataset)');
  const all = loadTrainingData(dataDir);
  const synth = syntheticTraining();
  const folds: Array<[string, Example[]]> = [
    ['toxifrench-fr', loadToxiFrench(dataDir)],
    ['mlma-fr', loadMlma(dataDir, 'fr')],
    ['davidson-en', loadDavidson(dataDir)],
    ['goemotions-en', loadGoEmotions(dataDir, 2000)],
  ];
  for (const [name, test] of folds) {
    const train = [...all.filter((e) => e.source !== name), ...synth];
    const { weights } = trainModel(train, { ...TRAIN_DEFAULTS, log: false });
    useWeightsForEvaluation(weights);
    const scored = test.map((ex) => ({ ex, pred: classify({ text: ex.text, lang: ex.lang }).label }));
    table(`${name} (never seen by this model)`, scored);
    const fa = scored.filter((s) => s.pred === 'doxxing').length;
    console.log(`false doxxing alarms: ${fa}/${scored.length} = ${((fa / scored.length) * 200).toFixed(2)} per 200`);
    if (process.argv.includes('--sweep')) sweep(name, test);
  }
  useWeightsForEvaluation(null);
  if (process.argv.includes('--sweep')) sweep('rich-dev (generated, other seeds)', richDev());
}

/** Model-alone thresholds: P/R/F1 per label and how many neutral replies each decision steals. */
function sweep(name: string, test: Example[]): void {
  const grid = [0.8, 0.9, 0.95, 0.98, 1.01];
  const evid = [1.2, 2, 3, 4];
  const prf = (xs: Scored[], l: Label): string => {
    const tp = xs.filter((s) => s.ex.label === l && s.pred === l).length;
    const pn = xs.filter((s) => s.pred === l).length;
    const gn = xs.filter((s) => s.ex.label === l).length;
    const p = pn ? tp / pn : 0;
    const r = gn ? tp / gn : 0;
    const nToL = xs.filter((s) => s.ex.label === 'neutral' && s.pred === l).length;
    return `${l} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} neutral→${l} ${nToL}`;
  };
  for (const lang of ['fr', 'en'] as const) {
    const xs = test.filter((e) => e.lang === lang);
    if (xs.length === 0) continue;
    for (const t of grid) for (const evidence of t > 1 ? [0] : evid) {
      useModelAloneThresholdsForEvaluation({ hostile: t, supportive: 1.01, evidence });
      const a = xs.map((ex) => ({ ex, pred: classify({ text: ex.text, lang: ex.lang }).label }));
      useModelAloneThresholdsForEvaluation({ hostile: 1.01, supportive: t, evidence });
      const b = xs.map((ex) => ({ ex, pred: classify({ text: ex.text, lang: ex.lang }).label }));
      console.log(`sweep ${name} ${lang} t=${t} e=${evidence}: ${prf(a, 'hostile')} | ${prf(b, 'supportive')}`);
    }
  }
  useModelAloneThresholdsForEvaluation(null);
}
