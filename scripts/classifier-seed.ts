import { readFileSync } from 'node:fs';
import type { Example } from './classifier-data';
import { parseTsv } from './classifier-tsv';
/** Loads the hand-written seed replies (never used for training). */
export function loadSeed(path = 'test/fixtures/classifier/seed-replies.tsv'): Example[] {
  const { header, rows } = parseTsv(readFileSync(path, 'utf8'));
  const ix = (k: string) => header.indexOf(k);
  return rows.map((r) => ({
    text: r[ix('text')] ?? '',
    lang: (r[ix('lang')] ?? 'fr') as 'fr' | 'en',
    label: (r[ix('label')] ?? 'neutral') as Example['label'],
    source: path.includes('fresh') ? 'fresh' : 'seed',
  }));
}

