/**
 * Leave-one-dataset-out diagnosis of one confusion cell (training folds only, never the held-out sets).
 * Usage: npx tsx scripts/classifier-diag.ts DATA_DIR FOLD GOLD PRED [N]
 *   FOLD: toxifrench-fr | mlma-fr | davidson-en | goemotions-en | rich-dev
 */
import { resolve } from 'node:path';
import { classify, useWeightsForEvaluation } from '../entrypoints/background/classifier/index';
import { loadDavidson, loadGoEmotions, loadMlma, loadToxiFrench, loadTrainingData, type Example } from './classifier-data';
import { richDev, syntheticTraining, trainModel } from './train';

const [dir = '../shared/data', fold = 'davidson-en', gold = 'hostile', pred = 'supportive', nStr = '60'] = process.argv.slice(2);
const dataDir = resolve(dir);
let test: Example[];
if (fold === 'rich-dev') test = richDev();
else {
  const all = loadTrainingData(dataDir);
  test = fold === 'toxifrench-fr' ? loadToxiFrench(dataDir) : fold === 'mlma-fr' ? loadMlma(dataDir, 'fr') : fold === 'davidson-en' ? loadDavidson(dataDir) : loadGoEmotions(dataDir, 2000);
  const { weights } = trainModel([...all.filter((e) => e.source !== fold), ...syntheticTraining()], { epochs: 3, l2: 1e-4, lr: 0.15, log: false });
  useWeightsForEvaluation(weights);
}
const rows = test.filter((e) => e.label === gold).map((ex) => ({ ex, c: classify({ text: ex.text, lang: ex.lang }) })).filter((x) => x.c.label === pred);
const byRule = new Map<string, number>();
for (const { c } of rows) for (const r of new Set(c.reasons.map((x) => x.rule))) byRule.set(r, (byRule.get(r) ?? 0) + 1);
console.log(`${rows.length} ${gold}->${pred} in ${fold}`);
console.log([...byRule.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k}:${v}`).join('  '));
for (const { ex, c } of rows.slice(0, Number(nStr))) {
  const s = c.scores;
  console.log(`h${s.hostile.toFixed(2)} s${s.supportive.toFixed(2)} n${s.neutral.toFixed(2)} ${ex.text.replace(/\s+/g, ' ').slice(0, 140)}  [${c.reasons.map((r) => `${r.rule}:${r.text}`).join(' | ')}]`);
}
