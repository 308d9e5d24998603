/**
 * The learned component: a multinomial logistic regression over hashed
 * features (word unigrams, word bigrams, character 4-grams inside words, the
 * words in a negation's scope marked as negated, and in a reply naming a group,
 * its other words and pairs tied to that group) of
 * the normalised text. Shared by inference and by scripts/train.ts so both
 * hash features identically.
 */
import { squeezePattern, type Normalized } from './normalize';
import { NAMES_GROUP } from './lexicon';

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
const SEED_GROUP = 0x27d4eb2f;
const SEED_NEG = 0x165667b1;
/**
 * How many words after a negator are also hashed as negated (1.15): "refugees do
 * not bring crime" then differs from "refugees bring crime" by more than one word.
 * Five words, chosen on the development halves (mean hostile F1 +0.006 against no
 * negation features; three words gave +0.002, eight +0.008 with supportive −0.003).
 */
const NEG_SCOPE = 5;
/** Normalised tokens that open a negation's scope (squeezed spellings). */
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'cannot', 'ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'ni', 'sans'].map(squeezePattern));
/** English "n't" leaves a bare "t" token ("shouldn t", "isn t"): that one is no French "t'" ("t'es"). */
export const NT_STEMS = new Set(['don', 'can', 'shouldn', 'isn', 'wasn', 'won', 'didn', 'doesn', 'aren', 'couldn', 'wouldn', 'haven', 'hasn', 'ain', 'mustn', 'needn', 'weren', 'hadn', 'shan'].map(squeezePattern));

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

let scratch = new Int32Array(1024);
let tokStartIdx = new Int32Array(128);
/** Per token of the reply being featurised, whether it names a group. */
let groupFlags = new Uint8Array(128);

/**
 * Hashes the features of `nz` into the shared scratch buffer; returns the count.
 * Also records, per token, where its features begin (for explanations).
 */
export function featurize(nz: Normalized): Features {
  // One reply is featurised several times (prediction, evidence, explanations): the
  // scratch buffers still hold its features as long as no other reply came in between.
  if (nz === lastNz && lastResult) return lastResult;
  const toks = nz.tokens;
  let n = 0;
  const need = toks.length * 42 + 16;
  if (scratch.length < need) scratch = new Int32Array(need * 2);
  if (tokStartIdx.length < toks.length + 1) tokStartIdx = new Int32Array((toks.length + 1) * 2);
  // In a reply that names a group, every other word and word pair also counts as said
  // about that group: "entitled", "a myth" or "the stats" mean one thing in a claim about
  // women or migrants and nothing in a reply about a match (1.14, for hate claims stated as facts).
  if (groupFlags.length < toks.length) groupFlags = new Uint8Array(toks.length * 2);
  let aboutGroup = false;
  for (let i = 0; i < toks.length; i++) {
    const g = (nz.flags[i]! & NAMES_GROUP) !== 0;
    groupFlags[i] = g ? 1 : 0;
    if (g) aboutGroup = true;
  }
  let negLeft = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    tokStartIdx[i] = n;
    // Mentions carry no meaning but were a strong "hostile" artefact of the tweet corpora.
    if (t === '@' || t === 'rt') continue;
    if (NEGATORS.has(t) || (t === 't' && i > 0 && NT_STEMS.has(toks[i - 1]!))) negLeft = NEG_SCOPE;
    else if (negLeft > 0) {
      // The word once more, marked as negated: one extra feature per word in scope.
      negLeft--;
      scratch[n++] = hashWord(t, SEED_NEG) & MASK;
    }
    if (aboutGroup && groupFlags[i] === 0) n = hashWordAndPair(toks, i, SEED_GROUP, n);
    n = hashWordAndPair(toks, i, SEED_UNI, n);
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
  lastResult = { feats: scratch, n, tokStart: tokStartIdx, group: groupFlags };
  return lastResult;
}
/** The unmasked hash of one word under `seed`. */
function hashWord(t: string, seed: number): number {
  let h = seed;
  for (let k = 0; k < t.length; k++) h = mix(h, t.charCodeAt(k));
  return h;
}
/** Hashes token `i` and the pair it starts, under `seed`, into the scratch buffer at `n`; returns the next free slot. */
function hashWordAndPair(toks: string[], i: number, seed: number, n: number): number {
  const h = hashWord(toks[i]!, seed);
  scratch[n++] = h & MASK;
  if (i + 1 < toks.length) {
    const u = toks[i + 1]!;
    let b = mix(h, 32) ^ SEED_BI;
    for (let k = 0; k < u.length; k++) b = mix(b, u.charCodeAt(k));
    scratch[n++] = b & MASK;
  }
  return n;
}
let lastNz: Normalized | null = null;
let lastResult: Features | null = null;
/** A reply's hashed features (valid until the next reply is featurised). */
export interface Features {
  feats: Int32Array;
  n: number;
  /** Per token, where its features begin in `feats`. */
  tokStart: Int32Array;
  /** Per token, 1 when it names a group (isGroupWord): asked once per reply, read by every caller. */
  group: Uint8Array;
}

/** Decodes shipped weights once. */
export function decodeWeights(mw: { w: string }): Int8Array {
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

/**
 * The doxxing scorer: a binary logistic regression over the same hashed features,
 * folded into 2^DOX_BITS buckets, plus the shape of the raw text that normalising
 * erases (capitalised names mid-sentence, digit runs, clock times). Rules find the
 * data that has a form (numbers, addresses, links); this scores the phrasing that
 * has none ("she works the register at the Target in Fremont, nights").
 */
export const DOX_BITS = 16;
const DOX_MASK = (1 << DOX_BITS) - 1;

/** Shipped doxxing weights: int8, one per bucket. */
export interface DoxWeights {
  bits: number;
  scale: number;
  bias: number;
  /** base64 of Int8Array(2^bits). */
  w: string;
  id: string;
}

const SEED_SHAPE = 0x27d4eb2d;
// A word shape: a capitalised word, a run of digits (by length), a clock time or day
// range, an @handle, a link. Only the shape is kept, never the word.
// (The word-start condition is checked by hand: a leading lookbehind would run at every position.)
export const SHAPE_RE = /(?:(\p{Lu}[\p{Ll}\p{M}'’-]+)|(\d{1,2}(?:[:h.]\d\d|\s?(?:h|am|pm|AM|PM))(?![\p{L}\d]))|(\d+)|(@\w+)|(https?:\/\/|www\.|\/\/\/))/gu;
let doxScratch = new Int32Array(1024);

/** Whether most words are capitalised (a title, a headline, a shout), so capitals say nothing. */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let caps = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c, text, i);
    if (letter && !inWord) {
      words++;
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) caps++;
    }
    // An apostrophe or hyphen inside a word does not start a new one ("l'Élysée" is one).
    inWord = letter || (inWord && (c === 39 || c === 0x2019 || c === 45));
  }
  return words >= 3 && caps / words >= 0.6;
}

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}
const LETTER = /\p{L}/u;

/** Whether the UTF-16 unit `c` at `text[i]` is a letter or a decimal digit (a word character). */
export function isLetterOrDigit(c: number, text: string, i: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c, text, i) || (c > 127 && /\p{Nd}/u.test(text[i]!));
}

/**
 * Between two shapes: 1 if a sentence ends there (a full stop, then only spaces),
 * 0 if words run on, -1 if only spaces or signs (the previous state holds).
 */
function sentenceEndsBetween(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) return 1;
    break;
  }
  for (let i = from; i < to; i++) if (isLetter(text.charCodeAt(i), text, i)) return 0;
  return -1;
}

function hashShape(a: number, b: number): number {
  return mix(mix(SEED_SHAPE, a), b) & DOX_MASK;
}

/**
 * The doxxing scorer's features: the word features folded to DOX_BITS, then one
 * feature per word shape and per pair of neighbouring shapes.
 */
export function doxFeaturize(text: string, nz: Normalized): { feats: Int32Array; n: number } {
  const f = featurize(nz);
  const need = f.n + 64 + text.length;
  if (doxScratch.length < need) doxScratch = new Int32Array(need * 2);
  let n = 0;
  for (let i = 0; i < f.n; i++) doxScratch[n++] = f.feats[i]! & DOX_MASK;
  // In Title Case ("Stay At Home Mum") a capital marks no name.
  const titled = isTitleCase(text);
  SHAPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev = 0;
  let sentenceStart = true;
  let lastEnd = 0;
  while ((m = SHAPE_RE.exec(text))) {
    if (m.index > 0 && isLetterOrDigit(text.charCodeAt(m.index - 1), text, m.index - 1)) continue;
    // A capital after a full stop, or at the start, says nothing about names.
    const ends = sentenceEndsBetween(text, lastEnd, m.index);
    if (ends === 1) sentenceStart = true;
    else if (ends === 0) sentenceStart = false;
    lastEnd = m.index + m[0].length;
    let shape: number;
    if (m[1] !== undefined) {
      if (sentenceStart || titled) {
        sentenceStart = false;
        continue;
      }
      shape = 1;
    } else if (m[2] !== undefined) shape = 2;
    else if (m[3] !== undefined) shape = 10 + Math.min(m[3].length, 12);
    else if (m[4] !== undefined) shape = 3;
    else shape = 4;
    sentenceStart = false;
    doxScratch[n++] = hashShape(shape, 0);
    if (prev !== 0) doxScratch[n++] = hashShape(prev, shape + 100);
    prev = shape;
  }
  return { feats: doxScratch, n };
}

/** Probability that the reply discloses someone's whereabouts or identity, by the doxxing scorer. */
export function doxScore(w: Int8Array, dw: DoxWeights, feats: Int32Array, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += w[feats[i]!]!;
  return 1 / (1 + Math.exp(-(z * dw.scale + dw.bias)));
}
