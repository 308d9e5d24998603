/**
 * The learned component: a multinomial logistic regression over hashed
 * features (word unigrams, word bigrams, character 4-grams inside words) of
 * the normalised text. Shared by inference and by scripts/train.ts so both
 * hash features identically.
 */
import type { Normalized } from './normalize';

/** Classes the model scores; doxxing is left to the rules. */
export const MODEL_CLASSES = ['hostile', 'supportive', 'neutral'] as const;
/** Number of model classes. */
export const NC = MODEL_CLASSES.length;
/** log2 of the number of hash buckets. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** Weights as shipped: int8 quantised, row-major [bucket][class]. */
export interface ModelWeights {
  bits: number;
  scale: number;
  bias: number[];
  /** base64 of Int8Array(buckets * NC). */
  w: string;
  /** Provenance hash of the training run, folded into the classifier version. */
  id: string;
}

const SEED_UNI = 0x811c9dc5;
const SEED_BI = 0x01000193 ^ 0x5bd1e995;
const SEED_CH = 0x9e3779b9;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

let scratch = new Int32Array(1024);
let tokStartIdx = new Int32Array(128);

/**
 * Hashes the features of `nz` into the shared scratch buffer; returns the count.
 * Also records, per token, where its features begin (for explanations).
 */
export function featurize(nz: Normalized): { feats: Int32Array; n: number; tokStart: Int32Array } {
  // One reply is featurised several times (prediction, evidence, explanations): the
  // scratch buffers still hold its features as long as no other reply came in between.
  if (nz === lastNz && lastResult) return lastResult;
  const toks = nz.tokens;
  let n = 0;
  const need = toks.length * 40 + 16;
  if (scratch.length < need) scratch = new Int32Array(need * 2);
  if (tokStartIdx.length < toks.length + 1) tokStartIdx = new Int32Array((toks.length + 1) * 2);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    tokStartIdx[i] = n;
    // Mentions carry no meaning but were a strong "hostile" artefact of the tweet corpora.
    if (t === '@' || t === 'rt') continue;
    let h = SEED_UNI;
    for (let k = 0; k < t.length; k++) h = mix(h, t.charCodeAt(k));
    scratch[n++] = h & MASK;
    if (i + 1 < toks.length) {
      const u = toks[i + 1]!;
      let b = mix(h, 32) ^ SEED_BI;
      for (let k = 0; k < u.length; k++) b = mix(b, u.charCodeAt(k));
      scratch[n++] = b & MASK;
    }
    // Character 4-grams over "<tok>", so inflections and misspellings share features.
    const L = t.length + 2;
    if (L >= 5 && t.length <= 30) {
      for (let s = 0; s + 4 <= L; s++) {
        let c = SEED_CH;
        for (let k = s; k < s + 4; k++) {
          const code = k === 0 || k === L - 1 ? 1 : t.charCodeAt(k - 1);
          c = mix(c, code);
        }
        scratch[n++] = c & MASK;
      }
    }
  }
  tokStartIdx[toks.length] = n;
  lastNz = nz;
  lastResult = { feats: scratch, n, tokStart: tokStartIdx };
  return lastResult;
}
let lastNz: Normalized | null = null;
let lastResult: { feats: Int32Array; n: number; tokStart: Int32Array } | null = null;

/** Decodes shipped weights once. */
export function decodeWeights(mw: ModelWeights): Int8Array {
  const bin = typeof atob === 'function' ? atob(mw.w) : Buffer.from(mw.w, 'base64').toString('binary');
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Softmax probabilities for one featurised text (writes into `out`). */
export function predict(w: Int8Array, mw: ModelWeights, feats: Int32Array, n: number, out: Float64Array): void {
  let z0 = 0;
  let z1 = 0;
  let z2 = 0;
  for (let i = 0; i < n; i++) {
    const o = feats[i]! * 3;
    z0 += w[o]!;
    z1 += w[o + 1]!;
    z2 += w[o + 2]!;
  }
  z0 = z0 * mw.scale + mw.bias[0]!;
  z1 = z1 * mw.scale + mw.bias[1]!;
  z2 = z2 * mw.scale + mw.bias[2]!;
  const m = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - m);
  const e1 = Math.exp(z1 - m);
  const e2 = Math.exp(z2 - m);
  const s = e0 + e1 + e2;
  out[0] = e0 / s;
  out[1] = e1 / s;
  out[2] = e2 / s;
}
