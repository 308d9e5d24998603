/**
 * Leave-one-author-out for the doxxing scorer (the README's measure of how it generalises to a new author): for each author (a letter of scripts/written-doxxing/*-dox-X.tsv),
 * the scorer is trained without that author's files (3 bags, as in earlier versions) and the whole classifier
 * scored on them. Usage: npx tsx scripts/doxxing-loao.ts [DATA_DIR] (about five minutes).
 */
import { mkdtempSync, readdirSync, symlinkSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { classify } from '../entrypoints/background/classifier/index';
import { useDoxModelForEvaluation } from '../entrypoints/background/classifier/doxxing-model';
import { loadTrainingData } from './classifier-data';
import { syntheticTraining } from './train';
import { doxxingTraining, trainDoxModel, DOX_TRAIN_DEFAULTS, WRITTEN_DOXXING_DIR } from './train-doxxing';
import { loadSeed } from './classifier-seed';
const ordinary = [...loadTrainingData(resolve(process.argv[2] ?? '../shared/data')), ...syntheticTraining()].filter((e) => e.label !== 'doxxing');
const files = readdirSync(WRITTEN_DOXXING_DIR).filter((f) => f.endsWith('.tsv')).sort();
const letters = [...new Set(files.map((f) => f.replace(/^.*-dox-(\w+)\.tsv$/, '$1')))];
const tot: Record<'fr' | 'en', [number, number, number, number]> = { fr: [0, 0, 0, 0], en: [0, 0, 0, 0] };
for (const L of letters) {
  const dir = mkdtempSync(join(tmpdir(), 'loao-'));
  for (const f of files) if (!f.endsWith(`-dox-${L}.tsv`)) symlinkSync(resolve(WRITTEN_DOXXING_DIR, f), join(dir, f));
  const w = trainDoxModel(doxxingTraining(ordinary, dir), { ...DOX_TRAIN_DEFAULTS, bags: 3 });
  useDoxModelForEvaluation(w);
  const out: string[] = [];
  for (const f of files.filter((f) => f.endsWith(`-dox-${L}.tsv`))) {
    const lang: 'fr' | 'en' = f.startsWith('fr') ? 'fr' : 'en';
    let found = 0, n = 0, fa = 0, m = 0;
    for (const e of loadSeed(join(WRITTEN_DOXXING_DIR, f))) {
      const d = classify({ text: e.text, lang: e.lang }).label === 'doxxing';
      if (e.label === 'doxxing') { n++; if (d) found++; } else { m++; if (d) fa++; }
    }
    tot[lang][0] += found; tot[lang][1] += n; tot[lang][2] += fa; tot[lang][3] += m;
    out.push(`${lang} ${found}/${n} fa ${fa}/${m}`);
  }
  useDoxModelForEvaluation(null);
  rmSync(dir, { recursive: true });
  console.log(L, out.join(' | '));
}
for (const [l, [f, n, fa, m]] of Object.entries(tot)) console.log(l, 'recall', (f / n).toFixed(3), `${f}/${n}`, 'false alarms', `${fa}/${m}`, ((100 * fa) / m).toFixed(1) + '%');
