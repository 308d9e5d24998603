/**
 * Phone numbers given in pieces, the way a harasser dodges a platform's filter:
 * "06 39 98 / 12 44 / 71", "son 06 c'est 39 98 puis 60 24", "O6 39 98 2O 17",
 * "zéro six • trente-neuf • quatre-vingt-dix-huit…", "oh seven seven double oh,
 * nine hundred, four eight two". The pieces are read in order and joined; a
 * number is reported only when the joined digits form a possible French,
 * British or North American number.
 */
import { parsePhoneNumberFromString as parseWithMetadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

interface Piece {
  digits: string;
  start: number;
  end: number;
  /** Read from words or letter O's: a plain phone regex cannot see it. */
  disguised: boolean;
}

const WORD_VALUE = new Map<string, number>([
  ['zero', 0], ['zéro', 0], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
/** Ordinary words that are also numbers: they count only just before another spelled number ("oh seven", not "un 06"). */
const AMBIGUOUS_VALUE = new Map<string, number>([['un', 1], ['une', 1], ['one', 1], ['oh', 0], ['o', 0]]);
const REPEAT = new Map<string, number>([['double', 2], ['triple', 3]]);

/** The digits a lowercase spelled number `w` stands for ("trente-neuf" → "39", "zéro" → "0"), or null. */
function spelledDigits(w: string, next: string | undefined): string | null {
  const amb = AMBIGUOUS_VALUE.get(w);
  if (amb !== undefined) return next !== undefined && (WORD_VALUE.has(next) || AMBIGUOUS_VALUE.has(next) || REPEAT.has(next)) ? String(amb) : null;
  // Most tokens are ordinary words: without a hyphen, only a number word can give digits,
  // so the others are answered without splitting.
  if (!WORD_VALUE.has(w) && w.indexOf('-') < 0) return null;
  const parts = w.split('-').filter((p) => p !== 'et');
  // "et" alone is a conjunction, not a number.
  if (parts.length === 0) return null;
  let value = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // "quatre-vingt(s)" is 4 × 20.
    if (p === 'quatre' && (parts[i + 1] === 'vingt' || parts[i + 1] === 'vingts')) {
      value += 80;
      i++;
      continue;
    }
    const v = WORD_VALUE.get(p) ?? AMBIGUOUS_VALUE.get(p);
    if (v === undefined) return null;
    value += v;
  }
  // A single unit word is one digit; tens and compounds are two ("dix" → "10").
  return parts.length === 1 && value < 10 ? String(value) : String(value).padStart(2, '0');
}

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;
const YEAR = /^(?:19|20)\d\d$/;

/** The number pieces of a text, in order. */
function pieces(text: string): Piece[] {
  // Each token is lowercased once, though read both as the current and as the next token.
  const toks: Array<{ t: string; lower: string; s: number; e: number }> = [];
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text))) toks.push({ t: m[0], lower: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length });
  const out: Piece[] = [];
  for (let i = 0; i < toks.length; i++) {
    const { t, s, e } = toks[i]!;
    if (/^[\dOo]+$/.test(t) && /\d/.test(t)) {
      out.push({ digits: t.replace(/[Oo]/g, '0'), start: s, end: e, disguised: /[Oo]/.test(t) });
      continue;
    }
    const lower = toks[i]!.lower;
    const times = REPEAT.get(lower);
    const nextLower = toks[i + 1]?.lower;
    if (times !== undefined && nextLower !== undefined) {
      const d = spelledDigits(nextLower, 'zero') ?? (/^\d$/.test(nextLower) ? nextLower : null);
      if (d !== null && d.length === 1) {
        out.push({ digits: d.repeat(times), start: s, end: toks[i + 1]!.e, disguised: true });
        i++;
        continue;
      }
    }
    if ((lower === 'hundred' || lower === 'cent') && out.length > 0) {
      const prev = out[out.length - 1]!;
      if (prev.digits.length === 1 && prev.end >= s - 2) {
        prev.digits += '00';
        prev.end = e;
        prev.disguised = true;
        continue;
      }
    }
    const d = spelledDigits(lower, nextLower);
    if (d !== null) out.push({ digits: d, start: s, end: e, disguised: true });
  }
  return out;
}

/** The country whose numbering plan these joined digits fit, or null. */
function planOf(digits: string): CountryCode | null {
  const n = digits.length;
  if (n === 10 && /^0[1-79]/.test(digits)) return 'FR';
  if (n === 11 && /^0[127]/.test(digits)) return 'GB';
  if (n === 10 && /^[2-9]\d\d[2-9]/.test(digits) && !/^8(?:00|88|77|66|55|44|33)/.test(digits)) return 'US';
  return null;
}

/** A piece within a run of digit pieces may be this far from the previous one. */
const MAX_GAP = 40;

/**
 * Phone numbers pieced together from `text`. `isCued` says the text names a phone
 * ("son numéro", "text him"): only then may words separate the pieces. It is asked
 * at most once, and only when words do separate pieces (it scans the whole text).
 */
export function piecedPhones(text: string, isCued: () => boolean): Array<{ start: number; end: number }> {
  let cued: boolean | undefined;
  const ps = pieces(text);
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < ps.length; i++) {
    // A number starts where a run of digits starts, not inside an account or ID number.
    if (i > 0 && !LETTER.test(text.slice(ps[i - 1]!.end, ps[i]!.start)) && ps[i]!.start - ps[i - 1]!.end <= 3) continue;
    let joined = '';
    let disguised = false;
    let wordsBetween = false;
    for (let j = i; j < ps.length; j++) {
      const p = ps[j]!;
      if (j > i) {
        const gap = text.slice(ps[j - 1]!.end, p.start);
        if (gap.length > MAX_GAP) break;
        if (LETTER.test(gap)) wordsBetween = true;
      }
      // A year or a clock time ("06/09/2024 10:15") is a date, not part of a number.
      if (YEAR.test(p.digits) || (j > i && /^\s*:\s*$/.test(text.slice(ps[j - 1]!.end, p.start)))) break;
      joined += p.digits;
      disguised ||= p.disguised;
      if (joined.length > 11) break;
      // One piece of plain digits is the ordinary phone rule's business.
      if (j === i && !disguised) continue;
      if (wordsBetween && !(cued ??= isCued())) break;
      const cc = planOf(joined);
      if (!cc) continue;
      const pn = parseWithMetadata(joined, cc, metadata);
      if (!pn || !pn.isPossible()) continue;
      found.push({ start: ps[i]!.start, end: p.end });
      i = j;
      break;
    }
  }
  return found;
}
