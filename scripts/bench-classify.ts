/**
 * Classifier speed on realistic replies, single thread (one core).
 * Standalone: npx tsx scripts/bench-classify.ts [--seconds N]
 * Also exports benchClassify() for scripts/bench.ts.
 */
import { classify } from '../entrypoints/background/classifier/index';
import { loadSeed } from './classifier-seed';
import { genDoxxing, genHostile, genNeutral, genSupportive } from './classifier-gen';
import { pathToFileURL } from 'node:url';

/** Result of one benchmark run. */
export interface ClassifyBench {
  replies: number;
  repliesPerSecond: number;
  p50us: number;
  p99us: number;
  medianChars: number;
}

/** A realistic reply mix: seed replies plus generated ones, mostly ordinary, some doxxing. */
function corpus(): string[] {
  const xs = [
    ...loadSeed().map((e) => e.text),
    ...genNeutral('fr', 300, 1).map((e) => e.text),
    ...genNeutral('en', 200, 2).map((e) => e.text),
    ...genSupportive('fr', 150, 3).map((e) => e.text),
    ...genSupportive('en', 100, 4).map((e) => e.text),
    ...genHostile('fr', 150, 5).map((e) => e.text),
    ...genHostile('en', 100, 6).map((e) => e.text),
    ...genDoxxing('fr', 20, 7).map((e) => e.text),
    ...genDoxxing('en', 20, 8).map((e) => e.text),
  ];
  return xs;
}

/** Longer replies (two or three short ones joined), closer to a typical X reply length. */
function longCorpus(): string[] {
  const xs = corpus();
  const out: string[] = [];
  for (let i = 0; i + 2 < xs.length; i += 3) out.push(`${xs[i]}. ${xs[i + 1]} ${i % 2 ? xs[i + 2] : ''}`.trim());
  return out;
}

/** Runs the benchmark for about `seconds` seconds. */
export function benchClassify(seconds = 3, long = false): ClassifyBench {
  const texts = long ? longCorpus() : corpus();
  for (let i = 0; i < 3; i++) for (const t of texts) classify({ text: t });
  const lat: number[] = [];
  let n = 0;
  const t0 = process.hrtime.bigint();
  const deadline = t0 + BigInt(Math.round(seconds * 1e9));
  // Throughput pass: no per-call timing overhead.
  let now = t0;
  while (now < deadline) {
    for (const t of texts) classify({ text: t });
    n += texts.length;
    now = process.hrtime.bigint();
  }
  const rps = n / (Number(now - t0) / 1e9);
  // Latency pass: one timed call per reply.
  for (let k = 0; k < 5; k++) {
    for (const t of texts) {
      const a = process.hrtime.bigint();
      classify({ text: t });
      lat.push(Number(process.hrtime.bigint() - a) / 1000);
    }
  }
  lat.sort((a, b) => a - b);
  const lens = texts.map((t) => t.length).sort((a, b) => a - b);
  return {
    replies: n,
    repliesPerSecond: rps,
    p50us: lat[Math.floor(lat.length * 0.5)]!,
    p99us: lat[Math.floor(lat.length * 0.99)]!,
    medianChars: lens[Math.floor(lens.length / 2)]!,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--seconds');
  const secs = i >= 0 ? Number(process.argv[i + 1]) : 3;
  const a = benchClassify(secs, false);
  const b = benchClassify(secs, true);
  const row = (k: string, x: string, y: string) => console.log(`${k.padEnd(20)}${x.padStart(14)}${y.padStart(14)}`);
  console.log('classifier benchmark (single thread, one core)');
  row('metric', 'short mix', 'longer mix');
  row('median reply chars', String(a.medianChars), String(b.medianChars));
  row('replies classified', String(a.replies), String(b.replies));
  row('replies/second', String(Math.round(a.repliesPerSecond)), String(Math.round(b.repliesPerSecond)));
  row('p50 latency (µs)', a.p50us.toFixed(1), b.p50us.toFixed(1));
  row('p99 latency (µs)', a.p99us.toFixed(1), b.p99us.toFixed(1));
  row('≥ 20000 replies/s', a.repliesPerSecond >= 20000 ? 'met' : 'NOT met', b.repliesPerSecond >= 20000 ? 'met' : 'NOT met');
}
