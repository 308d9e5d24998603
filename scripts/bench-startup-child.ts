/**
 * One cold start, as when the extension's background worker wakes: load the classifier, then
 * label the replies in the JSON file given as argument. Run by bench-classify.ts in a fresh
 * process each time; prints the two durations as JSON.
 */
import { readFileSync } from 'node:fs';

const texts = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
const t0 = performance.now();
const { classify } = await import('../entrypoints/background/classifier/index');
const t1 = performance.now();
for (const text of texts) classify({ text });
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, labelMs: t2 - t1 }));
