/**
 * Error analysis on the leave-one-out folds (training data only, never HateCheck/MHC):
 * prints model-alone false positives. Usage: npx tsx scripts/classifier-fp.ts ../shared/data FOLD THRESHOLD
 */
import { resolve } from 'node:path';
import { classify, useModelAloneThresholdsForEvaluation, useWeightsForEvaluation } from '../entrypoints/background/classifier/index';
import { loadGoEmotions, loadToxiFrench, loadDavidson, loadTrainingData } from './classifier-data';
import { syntheticTraining, trainModel } from './train';

const dir = resolve(process.argv[2] ?? '../shared/data');
const fold = process.argv[3] ?? 'goemotions-en';
const t = Number(process.argv[4] ?? 0.9);
const test = fold === 'goemotions-en' ? loadGoEmotions(dir, 2000) : fold === 'toxifrench-fr' ? loadToxiFrench(dir) : loadDavidson(dir);
const { weights } = trainModel([...loadTrainingData(dir).filter((e) => e.source !== fold), ...syntheticTraining()], { epochs: 3, l2: 1e-4, lr: 0.15, log: false });
useWeightsForEvaluation(weights);
useModelAloneThresholdsForEvaluation({ hostile: t, supportive: 1.01 });
for (const ex of test) {
  const c = classify({ text: ex.text, lang: ex.lang });
  if (ex.label === 'neutral' && c.label === 'hostile' && c.reasons.every((r) => r.rule.startsWith('model:'))) console.log(`${c.scores.hostile.toFixed(2)}\t[${c.reasons.map((r) => r.text).join(',')}]\t${ex.text.slice(0, 160)}`);
}
