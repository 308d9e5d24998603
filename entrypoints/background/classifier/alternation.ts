/**
 * Faster long alternations, with exactly the same matches. The word lists compile to
 * alternations of hundreds of phrases, and V8 tries the alternatives of an alternation one by
 * one at every position it scans: 300 failed tries at the start of every word.
 */
import { normalize } from './normalize';

/** Where the class opened at `i` (a `[`) closes: the index of its `]`. */
function classEnd(src: string, i: number): number {
  while (src[++i] !== ']') if (src[i] === '\\') i++;
  return i;
}

/** The top-level alternatives of a pattern source: "a|(?:b|c)d" → ["a", "(?:b|c)d"]; "(?:a|b)" → ["a", "b"]. */
export function alternativesOf(src: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  let wholeGroup = src.startsWith('(?:');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    // A class is one atom: skip to its closing bracket.
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && i < src.length - 1) wholeGroup = false;
    else if (c === '|' && depth === 0) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(src.slice(from));
  return wholeGroup && alts.length === 1 ? alternativesOf(src.slice(3, -1)) : alts;
}

/** The characters a match can start with; `null` when any character can (or the match can be empty). */
type FirstSet = Set<string> | null;

interface Parsed {
  first: FirstSet;
  /** Whether the piece can match the empty string. */
  nullable: boolean;
  end: number;
}

const union = (a: FirstSet, b: FirstSet): FirstSet => (a === null || b === null ? null : new Set([...a, ...b]));

/** Reads an alternation from `i` up to the `)` that closes it (or the end). */
function parseAlternation(src: string, i: number): Parsed {
  let first: FirstSet = new Set();
  let nullable = false;
  for (;;) {
    const seq = parseSequence(src, i);
    first = union(first, seq.first);
    nullable ||= seq.nullable;
    i = seq.end;
    if (src[i] !== '|') return { first, nullable, end: i };
    i++;
  }
}

/** Reads a sequence of quantified atoms up to `|`, `)` or the end. */
function parseSequence(src: string, i: number): Parsed {
  let first: FirstSet = new Set();
  let open = true; // every atom so far can be empty, so the next one can start the match
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    if (!open) {
      // The first characters are known: the rest only needs to be stepped over.
      i = skipAtom(src, i);
      QUANTIFIER.lastIndex = i;
      i += QUANTIFIER.exec(src)?.[0].length ?? 0;
      continue;
    }
    const atom = parseAtom(src, i);
    i = atom.end;
    first = union(first, atom.first);
    QUANTIFIER.lastIndex = i;
    const q = QUANTIFIER.exec(src)?.[0] ?? '';
    i += q.length;
    open = atom.nullable || q[0] === '?' || q[0] === '*' || q.startsWith('{0');
  }
  return { first, nullable: open, end: i };
}

const ANY: Parsed = { first: null, nullable: false, end: 0 };
// Sticky: read where the parser stands, without slicing the rest of a long pattern at each atom.
const QUANTIFIER = /(?:[?*]|\{0(?:,\d*)?\}|\+|\{\d+(?:,\d*)?\})\??/y;
const LOOKAROUND = /\(\?<?[=!]/y;

/** Reads one atom at `i`: a character, an escape, a class or a group. */
function parseAtom(src: string, i: number): Parsed {
  const c = src[i]!;
  if (c === '(') {
    LOOKAROUND.lastIndex = i;
    const look = LOOKAROUND.exec(src);
    const inner = parseAlternation(src, i + (look ? look[0].length : src.startsWith('(?:', i) ? 3 : 1));
    if (src[inner.end] !== ')') throw new Error(`unbalanced group in /${src}/`);
    // A lookaround consumes nothing: the characters after it start the match.
    return look ? { first: new Set(), nullable: true, end: inner.end + 1 } : { ...inner, end: inner.end + 1 };
  }
  if (c === '[') {
    const negated = src[i + 1] === '^';
    let j = i + (negated ? 2 : 1);
    const chars = new Set<string>();
    let any = negated;
    while (src[j] !== ']') {
      if (j >= src.length) throw new Error(`unclosed class in /${src}/`);
      let from: Parsed;
      // In a class \b is a backspace, not a word boundary.
      if (src.startsWith('\\b', j)) from = { first: new Set(['\b']), nullable: false, end: j + 2 };
      else if (src[j] === '\\') from = escape(src, j);
      else from = { first: new Set([src[j]!]), nullable: false, end: j + 1 };
      j = from.end;
      if (src[j] === '-' && src[j + 1] !== ']') {
        const to = src[j + 1] === '\\' ? escape(src, j + 1) : { first: new Set([src[j + 1]!]), nullable: false, end: j + 2 };
        j = to.end;
        if (from.first?.size !== 1 || to.first?.size !== 1) any = true;
        else for (let k = [...from.first][0]!.charCodeAt(0); k <= [...to.first][0]!.charCodeAt(0); k++) chars.add(String.fromCharCode(k));
        continue;
      }
      if (from.first === null) any = true;
      else for (const x of from.first) chars.add(x);
    }
    return { first: any ? null : chars, nullable: false, end: j + 1 };
  }
  if (c === '\\') return escape(src, i);
  if (c === '.') return { ...ANY, end: i + 1 };
  if (c === '^' || c === '$') return { first: new Set(), nullable: true, end: i + 1 };
  return { first: new Set([c]), nullable: false, end: i + 1 };
}

/** Where the atom at `i` ends (a character, an escape, a class or a whole group). */
function skipAtom(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return escape(src, i).end;
  if (c === '[') return classEnd(src, i) + 1;
  if (c !== '(') return i + 1;
  for (let depth = 0; ; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') i = classEnd(src, i);
    else if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i + 1;
    if (i >= src.length) throw new Error(`unbalanced group in /${src}/`);
  }
}

/** Reads the escape at `i` (a backslash). */
function escape(src: string, i: number): Parsed {
  const e = src[i + 1]!;
  if (e === 'b' || e === 'B') return { first: new Set(), nullable: true, end: i + 2 };
  if (e === 'd') return { first: new Set('0123456789'), nullable: false, end: i + 2 };
  if (e === 'p' || e === 'P') return { ...ANY, end: src.indexOf('}', i) + 1 };
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
    return { first: new Set([String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16))]), nullable: false, end: i + 6 };
  }
  if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
    return { first: new Set([String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16))]), nullable: false, end: i + 4 };
  }
  // \w \s \D \W \S, control escapes, backreferences: anything may follow.
  if (/[A-Za-z0-9]/.test(e)) return { ...ANY, end: i + 2 };
  return { first: new Set([e]), nullable: false, end: i + 2 };
}

/** Whether `src` has a capturing group: duplicating an alternative would renumber it. */
function hasCapture(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') i = classEnd(src, i);
    else if (src[i] === '(' && src[i + 1] !== '?') return true;
    else if (src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') return true;
  }
  return false;
}

/**
 * `src` (an alternation) with the alternatives that start with the same letter joined under
 * that letter, recursively: "maison|mardi|(?:il|elle) vit" → "m(?:a(?:ison|rdi))|(?:il|elle) vit". V8 then
 * tests one letter where it tested every alternative, 1.2–3× faster on the long lists.
 *
 * The matches stay exactly the same. At one position only alternatives that can start with
 * the character there can match, and those keep their order: an alternative that does not
 * start with a plain letter ("(?:il|elle) vit", "\\w+ ment") closes the letter groups it could
 * compete with, so a later alternative with one of its letters opens a new group after it.
 * Under `i`, "M" and "m" lead to one group; a letter outside ASCII never heads one, because
 * case folding can join it to an ASCII one (the Kelvin sign to "k" under `u`).
 *
 * `onlyTested`: the pattern is only ever asked whether it matches somewhere (`test`), so
 * which alternative wins does not matter and no alternative needs to close a group.
 */
export function factored(src: string, flags: string, onlyTested = false): string {
  // Moving a capturing group would renumber it.
  if (hasCapture(src)) return src;
  return factor(alternativesOf(src).flatMap(expandLeadingGroup), flags.includes('i'), onlyTested);
}

/** A character that matches only itself (or its ASCII case twin), when no quantifier follows it. */
const PLAIN_START = /^(?![\\^$.|?*+()[\]{}])[\x20-\x7e](?![?*+{])/;

function factor(alts: string[], ignoreCase: boolean, onlyTested: boolean): string {
  const blocks: Array<{ head: string; rests: string[] } | { alt: string }> = [];
  /** Index of the open group of each first character. */
  const open = new Map<string, number>();
  const key = (ch: string): string => (ignoreCase ? ch.toLowerCase() : ch);
  for (const alt of alts) {
    if (PLAIN_START.test(alt)) {
      const k = key(alt[0]!);
      const at = open.get(k);
      if (at !== undefined) (blocks[at] as { rests: string[] }).rests.push(alt.slice(1));
      else {
        open.set(k, blocks.length);
        blocks.push({ head: k, rests: [alt.slice(1)] });
      }
      continue;
    }
    const p = parseAlternation(alt, 0);
    if (p.end !== alt.length) throw new Error(`cannot read /${alt}/`);
    const first = p.nullable ? null : p.first;
    // A pattern only tested has no order to keep: nothing needs closing.
    if (!onlyTested) {
      if (first === null || (ignoreCase && [...first].some((ch) => ch > '\x7e'))) open.clear();
      else for (const ch of first) open.delete(key(ch));
    }
    blocks.push({ alt });
  }
  return blocks
    .map((b) => ('alt' in b ? b.alt : b.rests.length === 1 ? b.head + b.rests[0] : `${b.head}(?:${factor(b.rests, ignoreCase, onlyTested)})`))
    .join('|');
}

/**
 * `re` with its alternation factored (see `factored`): the whole pattern when it is one, or
 * the group that opens it, after a lookbehind ("(?<![\\p{L}])(?:maison|mardi…)…").
 */
export function factoredRegExp(re: RegExp, onlyTested = false): RegExp {
  const src = re.source;
  if (alternativesOf(src).length > 1) return new RegExp(factored(src, re.flags, onlyTested), re.flags);
  const lookbehind = leadingLookbehind(src);
  if (!src.startsWith('(?:', lookbehind.length)) return re;
  const open = lookbehind.length;
  const close = parseAlternation(src, open + 3).end;
  if (src[close] !== ')') return re;
  const inner = src.slice(open + 3, close);
  return new RegExp(`${lookbehind}(?:${factored(inner, re.flags, onlyTested)})${src.slice(close + 1)}`, re.flags);
}

/** The lookbehind a pattern source opens with ("(?<![\\p{L}])"), or "" (groups inside it are not read). */
export function leadingLookbehind(src: string): string {
  return /^\(\?<[=!](?:\[[^\]]*\]|\\.|[^()[\]\\])*\)/.exec(src)?.[0] ?? '';
}

/**
 * "(?:je|on) (?:vais|va) te…" → "je (?:vais|va) te…", "on (?:vais|va) te…": the same tries in
 * the same order, but each now starts with a letter that can be joined. Only small groups of
 * plain alternatives are spread, so the pattern grows by little.
 */
function expandLeadingGroup(alt: string): string[] {
  const m = /^\(\?:([^()[\]\\]*)\)(?![?*+{])/.exec(alt);
  if (!m) return [alt];
  const inner = m[1]!.split('|');
  const rest = alt.slice(m[0].length);
  if (inner.length > 12 || (inner.length - 1) * rest.length > 600) return [alt];
  return inner.map((x) => x + rest).flatMap(expandLeadingGroup);
}

/** How every token pattern's source begins: the space before its first token. */
const TOKEN_PATTERN_OPEN = ' (?:';

/**
 * A pattern matching whole tokens of normalised text, which puts a space around every token.
 * A match includes the space before its first token: where a lookbehind would be checked at
 * every position, V8 jumps from space to space (1.5–2× faster scans). Its tokens start at
 * `tokenMatchStart(m)`.
 */
export function tokenPattern(src: string, flags = 'g'): RegExp {
  return new RegExp(TOKEN_PATTERN_OPEN + factored(src, flags) + ')(?= )', flags);
}

/** Where the tokens of a `tokenPattern` match start (after the space it includes). */
export function tokenMatchStart(m: RegExpExecArray): number {
  return m.index + 1;
}

/**
 * Ordinary replies, French and English, as the subject that makes V8 compile a regexp (see
 * compileFirst). V8 reads the letters of that first subject to plan its scan (which letters are
 * rare enough to skip ahead by), so it must look like what the regexp will read.
 */
const SAMPLE_REPLIES =
  "Merci pour ce fil, c'est exactement ce que je pensais aussi. On en reparle demain au boulot ? " +
  'I think the match was great last night, the second half was much better than the first one. ' +
  "Je ne suis pas sûr que ce soit la bonne solution, mais on peut toujours essayer la semaine prochaine. " +
  'Honestly the new update is fine, I just wish they had kept the old layout for the settings page. ' +
  "Ma grand-mère faisait la même recette, avec un peu plus de beurre et moins de sucre, c'était parfait. " +
  'We went to the museum with the kids on Sunday and they loved the dinosaur room more than anything. ' +
  "Le train avait encore une heure de retard ce matin, c'est la troisième fois cette semaine. " +
  'Does anyone know if the library is open during the holidays? I need to return a couple of books. ' +
  "Bravo pour la présentation, les chiffres étaient clairs et les questions à la fin très intéressantes. " +
  'That recipe looks amazing, I will try it this weekend with some fresh tomatoes from the market. ' +
  "Tu as vu le dernier épisode ? Sans spoiler, la fin m'a vraiment surpris, je ne m'y attendais pas du tout. " +
  'Thanks for sharing, the photos from the hike are beautiful and the weather looked perfect for it. ';
/** The same replies as token patterns read them. */
const SAMPLE_NORMALISED = normalize(SAMPLE_REPLIES).norm;

/**
 * What compileFirst runs `re` on: normalised text for a token pattern, else text as written,
 * one-byte and, when `twoByte`, two-byte too.
 */
export function compileSubjects(re: RegExp, twoByte = true): string[] {
  if (re.source.startsWith(TOKEN_PATTERN_OPEN)) return [SAMPLE_NORMALISED];
  // A curly apostrophe makes a string two-byte, which needs code of its own.
  return twoByte ? [SAMPLE_REPLIES, SAMPLE_REPLIES.replace(/'/g, '\u2019')] : [SAMPLE_REPLIES];
}

/**
 * Compiles these regexps to machine code now, in this order.
 *
 * V8 gives optimised machine code only to the regexps it compiles while the isolate holds less
 * than 16 MB of executable code (`TooMuchRegExpCode`); each one compiled after that gets slow,
 * safe code. The classifier's word lists compile to hundreds of kilobytes each, so which lists
 * V8 happened to meet first decided which ran 3–6× slower. Compiling the hottest first, at load,
 * decides it. A subject of 1,000 characters or more makes V8 compile machine code at once
 * instead of bytecode first (its bytecode for these lists came to 9 MB).
 */
export function compileFirst(res: RegExp[], { twoByte = true } = {}): void {
  for (const re of res) {
    for (const subject of compileSubjects(re, twoByte)) {
      const last = re.lastIndex;
      re.lastIndex = 0;
      re.test(subject);
      re.lastIndex = last;
    }
  }
}
