/**
 * Prints label, scores and reasons for each line of stdin (or the arguments).
 * Usage: npx tsx scripts/classifier-probe.ts "text" ... | echo text | npx tsx scripts/classifier-probe.ts
 */
import { readFileSync } from 'node:fs';
import { classify } from '../entrypoints/background/classifier/index';

const args = process.argv.slice(2);
const lines = args.length > 0 ? args : readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const text of lines) {
  const c = classify({ text });
  const s = c.scores;
  console.log(
    `${c.label.padEnd(10)} h${s.hostile.toFixed(2)} s${s.supportive.toFixed(2)} n${s.neutral.toFixed(2)}  ${text}  [${c.reasons.map((r) => `${r.rule}:${r.text}`).join(' | ')}]`,
  );
}
