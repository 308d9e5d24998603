/**
 * Prints the GATE_FREQ table of lexicon.ts: how many of 10,000 written replies have a
 * token that each gate key opens on (keys under 50 are left out). The table only
 * steers which words key the phrase gates (a speed heuristic): any table gives the
 * same labels. Usage: npx tsx scripts/gate-freq.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { normalize } from '../entrypoints/background/classifier/normalize';
import '../entrypoints/background/classifier/lexicon';

const dir = 'scripts/written-replies';
const texts: string[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
  const lines = readFileSync(`${dir}/${f}`, 'utf8').split('\n');
  const ti = lines[0]!.split('\t').indexOf('text');
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    if (c[ti]) texts.push(c[ti]!);
  }
}
const df = new Map<string, number>();
for (const t of texts) {
  const seen = new Set<string>();
  for (const tok of normalize(t).tokens) {
    for (const w of tok.split(' ')) {
      if (w.length < 3) {
        seen.add(w);
        continue;
      }
      if (w.length <= 4) seen.add('=' + w);
      seen.add(w.slice(0, 3));
      if (w.length > 3) seen.add(w.slice(0, 4));
      if (w.length > 4) seen.add(w.slice(0, 5));
    }
  }
  for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
}
const entries = [...df]
  .map(([k, c]) => [k, Math.round((10000 * c) / texts.length)] as const)
  .filter(([, v]) => v >= 50)
  .sort((a, b) => b[1] - a[1]);
console.log(entries.map(([k, v]) => `${k}:${v}`).join(' '));
