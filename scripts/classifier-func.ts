/**
 * Per-functionality recall on the held-out suites (counts only, never texts).
 * Usage: npx tsx scripts/classifier-func.ts [DATA_DIR]
 */
import { resolve } from 'node:path';
import { classify } from '../entrypoints/background/classifier/index';
import { loadHeldOut } from './classifier-data';

const dataDir = resolve(process.argv[2] ?? '../shared/data');
const rows = new Map<string, { n: number; ok: number; pred: Record<string, number> }>();
for (const ex of loadHeldOut(dataDir)) {
  const p = classify({ text: ex.text, lang: ex.lang }).label;
  const k = `${ex.lang}\t${ex.label}\t${ex.tag}`;
  const r = rows.get(k) ?? { n: 0, ok: 0, pred: {} };
  r.n++;
  if (p === ex.label) r.ok++;
  r.pred[p] = (r.pred[p] ?? 0) + 1;
  rows.set(k, r);
}
for (const [k, r] of [...rows.entries()].sort()) console.log(`${k}\t${r.n}\t${(r.ok / r.n).toFixed(3)}\t${JSON.stringify(r.pred)}`);
