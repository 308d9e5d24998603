/**
 * Text normalisation for lexicon matching and model features. Harassers dodge
 * filters with accents dropped, leetspeak, repeated or spaced letters and
 * masking asterisks, so everything is folded to one canonical lowercase ASCII
 * form while keeping, for every normalised character, the span of the original
 * text it came from (reasons must point at exact UTF-16 offsets).
 */

/**
 * A normalised view of a text with a map back to original offsets.
 *
 * The per-character offset maps are built on first use: most replies are labelled
 * without pointing at any span, and two typed arrays per reply were a third of the
 * cost of normalising (V8 allocates typed arrays through the runtime).
 */
export class Normalized {
  /** Canonical form: tokens joined by single spaces, with a leading and trailing space. */
  readonly norm: string;
  /** Normalised tokens, in order. */
  readonly tokens: string[];
  /** Original [start, end) of each token. */
  readonly tokStart: number[];
  readonly tokEnd: number[];
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;

  /** Per token, the lexicon's flags (see TokenReading). */
  readonly flags: number[];

  constructor(tokens: string[], tokStart: number[], tokEnd: number[], flags: number[]) {
    this.tokens = tokens;
    this.flags = flags;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.norm = tokens.length === 0 ? ' ' : ' ' + tokens.join(' ') + ' ';
  }

  /** For each char of `norm`, the original start offset. */
  get startOf(): Int32Array {
    if (this.starts === null) this.buildOffsets();
    return this.starts!;
  }

  /** For each char of `norm`, the original end offset (exclusive). */
  get endOf(): Int32Array {
    if (this.ends === null) this.buildOffsets();
    return this.ends!;
  }

  private buildOffsets(): void {
    const startOf = new Int32Array(this.norm.length);
    const endOf = new Int32Array(this.norm.length);
    let p = 1;
    for (let k = 0; k < this.tokens.length; k++) {
      const s = this.tokStart[k]!;
      const e = this.tokEnd[k]!;
      // Characters inside a folded token map proportionally; spans are then widened
      // to whole tokens by the caller, so only token edges must be exact.
      for (let q = 0; q < this.tokens[k]!.length; q++, p++) {
        startOf[p] = s;
        endOf[p] = e;
      }
      startOf[p] = e;
      endOf[p] = e;
      p++;
    }
    this.starts = startOf;
    this.ends = endOf;
  }
}

// Latin-1 and Latin Extended-A folded to ASCII once at load time: NFD per call is slow.
const FOLD = new Map<number, string>();
for (let c = 0xc0; c <= 0x24f; c++) {
  const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/^[a-z]{1,2}$/.test(base)) FOLD.set(c, base);
}
FOLD.set(0x153, 'oe');
FOLD.set(0x152, 'oe');
FOLD.set(0xe6, 'ae');
FOLD.set(0xc6, 'ae');
FOLD.set(0xdf, 'ss');

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i', '|': 'i',
};

/** Letters or characters that belong to a word (leet and masking characters included). */
function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code === 42 || code === 64 || code === 36 || code === 0x20ac) return true; // * @ $ €
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return true;
  return false;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
}

/** Words a masked token (f*ck, c*nnard) may stand for; set by the lexicon module. */
let maskTargets: string[] = [];
let maskTargetSet = new Set<string>();
/** Registers the single words that masked tokens are matched against. */
export function setMaskTargets(words: string[]): void {
  // Squeezed as every token is: "k*ll" must read "kil", the token "kill" reads as (until 1.23 it read "kill" and matched no phrase).
  maskTargets = words.map(squeezePattern);
  maskTargetSet = new Set(maskTargets);
}

/**
 * What the lexicon reads in one token: its correction (a typo or run-together words of a key
 * term, or undefined) and the lexicon's flags of the corrected token (which lists it may open,
 * whether it names a group).
 */
export interface TokenReading {
  fixed: string | undefined;
  flags: number;
}
/** Reads every joined token; set by the lexicon module. */
let reader: ((t: string) => TokenReading) | null = null;
/**
 * Registers the token reader. Its answers are remembered per word: one lookup per token, where
 * three memo tables (corrections, list gates, group words) were three cache misses.
 */
export function setTokenReader(fn: (t: string) => TokenReading): void {
  reader = fn;
}

/** Risky short-word corrections ("hte", "wmen", "fmes"), accepted only next to an anchor word. */
let shortVariant: ((t: string) => string | undefined) | null = null;
let isAnchor: ((t: string) => boolean) | null = null;
/** Registers the context-gated corrector of short key words; set by the lexicon module. */
export function setContextCorrector(variant: (t: string) => string | undefined, anchor: (t: string) => boolean): void {
  shortVariant = variant;
  isAnchor = anchor;
}
/** Three spaced letters joined only when they spell one of these ("d i e"). */
const JOIN3 = new Set(['die', 'gay', 'jew', 'fag', 'kys', 'fdp', 'ntm']);
/** Tokens on either side of a risky correction searched for an anchor. */
const ANCHOR_WINDOW = 4;

function unmask(tok: string): string {
  // A star before the first letter is markdown emphasis ("*are*", "**so**"), not a masked letter.
  if (tok[0] === '*') return tok.replace(/\*/g, '');
  // Rare path (a token with '*'), so building a regex here is acceptable.
  const letters = tok.replace(/\*/g, '').length;
  if (letters < 1 || tok.length < 3) return tok;
  const re = new RegExp('^' + tok.replace(/[^a-z*]/g, '').replace(/\*+/g, '[a-z]{1,3}') + '$');
  for (const w of maskTargets) if (re.test(w)) return w;
  return tok.replace(/\*/g, '');
}

/** Folds one raw token to canonical form. */
function foldToken(raw: string): string {
  // Fast path: plain lowercase ASCII without doubled letters is already canonical.
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 97 || c > 122 || (i > 0 && c === raw.charCodeAt(i - 1))) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  let v = foldCache.get(raw);
  if (v === undefined) {
    v = foldMixedToken(raw);
    // A masked token's reading depends on the lexicon's word list, registered after load (and so does a "1" read as an "l").
    if (raw.indexOf('*') < 0 && (maskTargetSet.size > 0 || raw.indexOf('1') < 0)) {
      if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
      foldCache.set(raw, v);
    }
  }
  return v;
}

// Capitalised and accented words recur across replies ("The", "Je", "très"): folding
// them char by char was a sixth of the cost of normalising. Bounded.
const FOLD_CACHE_MAX = 20_000;
const foldCache = new Map<string, string>();

function foldMixedToken(raw: string): string {
  let out = '';
  let hasLetter = false;
  let hasLeet = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isLetterCode(c)) hasLetter = true;
    else if (c !== 42 && LEET[raw[i]!] !== undefined) hasLeet = true;
  }
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 0xc0 && c <= 0x24f) out += FOLD.get(c) ?? ch.toLowerCase();
    else if (hasLetter && hasLeet && LEET[ch] !== undefined) out += LEET[ch]!;
    else out += ch;
  }
  if (!hasLetter && out === '1') return 'un';
  if (UNSQUEEZED.has(out)) return out;
  // Squeeze repeated letters to one ("connnnard", "fuuuck" and "connard" share a key).
  let sq = '';
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (i > 0 && ch === out[i - 1] && ch >= 'a' && ch <= 'z') continue;
    sq += ch;
  }
  if (sq.length < out.length) {
    const slur = STRETCHED_SLUR.get(sq);
    if (slur) return slur;
  }
  if (sq.indexOf('*') >= 0) sq = unmask(sq);
  // A "1" is an "i" ("1diot") or an "l" ("s1ut", "1oser"): the "l" when only that spells a known word (1.23).
  else if (hasLeet && hasLetter && raw.indexOf('1') >= 0 && !maskTargetSet.has(sq)) {
    const asL = foldMixedToken(raw.replace(/1/g, 'l'));
    if (maskTargetSet.has(asL)) return asL;
  }
  return sq;
}

/**
 * Words whose doubled letters are their meaning: squeezed, "ville" (town) reads as
 * the English "vile", "salle" (room) as the French "sale" (dirty), and "off" as "of",
 * so "les migrants arrivent en ville" read as hate and "be proud of yourself" as
 * "off yourself" (1.14).
 */
const UNSQUEEZED = new Set(['ville', 'villes', 'salle', 'salles', 'off']);
/**
 * The slur squeezed reads as the country ("Niger", "la situation au Niger" were
 * identity attacks): a token that had doubled letters and squeezes to one of these
 * is the slur, stretched or not; "niger" written with one g is the country (1.14).
 */
const STRETCHED_SLUR = new Map([['niger', 'nigger'], ['nigers', 'niggers'], ['niga', 'nigga'], ['nigas', 'niggas'], ['nigaz', 'niggaz']]);
/** What lexicon patterns keep as written, so that they match the tokens above. */
const KEPT_IN_PATTERNS = new Set([...UNSQUEEZED, ...STRETCHED_SLUR.values()]);

/** Squeezes doubled letters in a lexicon pattern so it matches normalised text. */
export function squeezePattern(p: string): string {
  return p.replace(/[a-z]+/g, (w) => (KEPT_IN_PATTERNS.has(w) ? w : w.replace(/([a-z])\1+/g, '$1')));
}

/** Whether three single-character tokens follow each other: the only case joinLetterRuns changes anything. */
function hasLetterRun(tokens: string[]): boolean {
  let run = 0;
  for (const t of tokens) {
    run = t.length === 1 ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** Joins runs of single letters separated by one char ("c o n n a r d", "f.u.c.k"). */
function joinLetterRuns(tokens: string[], tokStart: number[], tokEnd: number[]): [string[], number[], number[]] {
  const jt: string[] = [];
  const js: number[] = [];
  const je: number[] = [];
  for (let k = 0; k < tokens.length; ) {
    let m = k;
    while (
      m < tokens.length &&
      tokens[m]!.length === 1 &&
      tokens[m] !== '@' &&
      (m === k || tokStart[m]! - tokEnd[m - 1]! <= 1)
    )
      m++;
    let w = '';
    if (m - k === 3) {
      w = tokens[k]! + tokens[k + 1]! + tokens[k + 2]!;
      if (!JOIN3.has(w)) w = '';
    }
    if (m - k >= 4 || w !== '') {
      if (w === '') for (let q = k; q < m; q++) w += tokens[q];
      jt.push(foldToken(w));
      js.push(tokStart[k]!);
      je.push(tokEnd[m - 1]!);
      k = m;
    } else {
      jt.push(tokens[k]!);
      js.push(tokStart[k]!);
      je.push(tokEnd[k]!);
      k++;
    }
  }
  return [jt, js, je];
}

/** Normalises `text` for matching; see {@link Normalized}. */
export function normalize(text: string): Normalized {
  const tokens: string[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c)) {
        i++;
        continue;
      }
      // '!' and '|' inside a word are leet for i (b!tch), not punctuation.
      if ((c === 33 || c === 124) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1)) && i > s) {
        i++;
        continue;
      }
      break;
    }
    let raw = text.slice(s, i);
    let e = i;
    // A leading @ is a mention, not leet; keep it out of the folded token.
    if (raw.charCodeAt(0) === 64 && raw.length > 1) {
      tokens.push('@');
      tokStart.push(s);
      tokEnd.push(e);
      continue;
    }
    // Trailing '*' is a footnote or emphasis, not a mask.
    while (raw.length > 1 && raw.endsWith('*')) {
      raw = raw.slice(0, -1);
      e--;
    }
    tokens.push(foldToken(raw));
    tokStart.push(s);
    tokEnd.push(e);
  }
  const [jt, js, je] = hasLetterRun(tokens) ? joinLetterRuns(tokens, tokStart, tokEnd) : [tokens, tokStart, tokEnd];
  const flags: number[] = new Array<number>(jt.length).fill(0);
  if (reader !== null) {
    for (let k = 0; k < jt.length; k++) {
      const r = reader(jt[k]!);
      if (r.fixed !== undefined) jt[k] = r.fixed;
      flags[k] = r.flags;
    }
  }
  if (shortVariant !== null && isAnchor !== null) {
    // Corrections are applied after the scan so one cannot anchor another.
    let fixes: Array<[number, string]> | null = null;
    for (let k = 0; k < jt.length; k++) {
      const t = jt[k]!;
      if (t.length < 3 || t.length > 5) continue;
      const c = shortVariant(t);
      if (c === undefined) continue;
      // Accept only with hate context nearby: a group word, a hate verb or a strong predicate.
      const lo = Math.max(0, k - ANCHOR_WINDOW);
      const hi = Math.min(jt.length - 1, k + ANCHOR_WINDOW);
      for (let q = lo; q <= hi; q++) {
        if (q !== k && isAnchor(jt[q]!)) {
          (fixes ??= []).push([k, c]);
          break;
        }
      }
    }
    if (fixes !== null) {
      for (const [k, c] of fixes) {
        jt[k] = c;
        flags[k] = reader !== null ? reader(c).flags : 0;
      }
    }
  }
  return new Normalized(jt, js, je, flags);
}

/** Maps a [start, end) span of `norm` to the original text (whole tokens). */
export function toOriginal(nz: Normalized, start: number, end: number): [number, number] {
  // Skip boundary spaces so the span hugs the matched tokens.
  while (start < end && nz.norm.charCodeAt(start) === 32) start++;
  while (end > start && nz.norm.charCodeAt(end - 1) === 32) end--;
  if (end <= start) return [nz.startOf[start] ?? 0, nz.startOf[start] ?? 0];
  return [nz.startOf[start]!, nz.endOf[end - 1]!];
}
