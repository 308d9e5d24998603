import { describe, expect, it } from 'vitest';
import { alternativesOf, compileFirst, compileSubjects, factored, factoredRegExp, tokenMatchStart, tokenPattern } from '../../entrypoints/background/classifier/alternation';

/** Every match of `re` in `s`, as "index:text" (the regex must be global). */
function matches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const same = (src: string, inputs: string[], flags = 'g'): void => {
  const plain = new RegExp(src, flags);
  const fast = new RegExp(factored(src, flags), flags);
  for (const s of inputs) expect(matches(fast, s), `/${src}/ on "${s}"`).toEqual(matches(plain, s));
};

describe('factored alternations match exactly what the plain ones match', () => {
  it('joins alternatives under their first letter, keeping their order', () => {
    expect(factored('maison|mardi|house', 'g')).toBe('m(?:a(?:ison|rdi))|house');
    same('a|ab', ['ab', 'xab']);
    same('ab|a', ['ab', 'a b']);
  });

  it('lets an alternative that can start with any letter close the groups it competes with', () => {
    // Moving "cob" before "\w+" would match "cob" in "cobble" instead of the whole word.
    same('ca|\\w+|cob', ['cobble x', 'cat']);
    expect(factored('ca|\\w+|cob', 'g')).toBe('ca|\\w+|cob');
  });

  it('spreads a small leading group of words over its continuation', () => {
    expect(factored('(?:je|on) va|ton', 'g')).toBe('je va|on va|ton');
    same('(?:je|j) (?:vais|va) te|jamais|(?:on|nous) va', ['je vais te voir', 'j va te', 'jamais', 'nous va']);
    // A quantified group is one atom: spreading it would quantify only its last letter.
    expect(factored('(?:ab|c)?d|(?:ab|c)+x|b', 'g')).toBe('(?:ab|c)?d|(?:ab|c)+x|b');
    same('(?:ab|c)?d|(?:ab|c)+x|b', ['abd d cd abx ccx', 'abab']);
  });

  it('reads lookbehinds, classes and quantifiers when it decides what an alternative starts with', () => {
    same('(?<!no )hatred|hat|[hx]ello|h?ey|hey', ['no hatred here', 'hatred', 'hello xello', 'ey hey']);
  });

  it('leaves captures where they are: moving one would renumber it', () => {
    expect(factored('(a)b|ac', 'g')).toBe('(a)b|ac');
  });

  it('joins "M" and "m" under `i`, but never heads a group with a letter outside ASCII', () => {
    expect(factored('Maison|mardi|\u212Aey|kiosk|key', 'gi')).toBe('m(?:a(?:ison|rdi))|\u212Aey|k(?:iosk|ey)');
    // Under `iu` the Kelvin sign folds to "k": the alternative that starts with it keeps its place.
    same('kab|\u212Aa\\w\\w|ka\\w|sy|\u017F\\w\\w|s\\w', ['KAB kab \u212Aabb kabc \u017Fxx sx Sx'], 'giu');
  });

  it('factors the group a pattern opens with, after its lookbehind', () => {
    const re = factoredRegExp(/(?<![\p{L}])(?:maison|mardi|mobil-home)(?![\p{L}])/giu);
    expect(re.source).toBe('(?<![\\p{L}])(?:m(?:a(?:ison|rdi)|obil-home))(?![\\p{L}])');
    expect('la Maison, le mobil-home, remaison'.match(re)).toEqual(['Maison', 'mobil-home']);
  });

  it('agrees with the plain alternation on 3,000 random patterns and texts', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const atom = (depth: number): string => {
      const r = rand(10);
      let a: string;
      if (r < 5) a = 'abcd '[rand(5)]!;
      else if (r < 6 && depth < 2) a = `(?:${alternation(depth + 1)})`;
      else if (r < 8) a = '\\w';
      else if (r < 9) a = '[ab]';
      else a = '(?<!a)b';
      return a + ['', '', '', '?', '+', '*', '{0,2}'][rand(7)]!;
    };
    const sequence = (depth: number): string => Array.from({ length: 2 + rand(4) }, () => atom(depth)).join('');
    const alternation = (depth: number): string => Array.from({ length: depth === 0 ? 4 + rand(16) : 1 + rand(3) }, () => sequence(depth)).join('|');
    for (let k = 0; k < 3000; k++) {
      const src = alternation(0);
      const text = Array.from({ length: 24 }, () => 'abcdAB  '[rand(8)]).join('');
      same(src, [text], ['g', 'gi', 'giu'][k % 3]);
      // Only asked whether it matches: the alternatives may be joined in any order.
      const flags = ['', 'i', 'iu'][k % 3]!;
      expect(new RegExp(factored(src, flags, true), flags).test(text), `/${src}/${flags} on "${text}"`).toBe(new RegExp(src, flags).test(text));
    }
  });

  it('joins alternatives in any order for a pattern that is only tested', () => {
    expect(factored('ca|\\w+x|cob', 'g', true)).toBe('c(?:a|ob)|\\w+x');
  });

  it('splits only at the top level', () => {
    expect(alternativesOf('a|(?:b|c)d|[|]')).toEqual(['a', '(?:b|c)d', '[|]']);
    expect(alternativesOf('(?:a|b)')).toEqual(['a', 'b']);
  });
});

describe('token patterns', () => {
  it('match whole tokens of normalised text and say where the tokens start', () => {
    const re = tokenPattern('con|connard|sale con');
    const found: Array<[number, string]> = [];
    let m: RegExpExecArray | null;
    const s = ' quel connard ce sale con ';
    while ((m = re.exec(s))) found.push([tokenMatchStart(m), s.slice(tokenMatchStart(m), m.index + m[0].length)]);
    expect(found).toEqual([
      [6, 'connard'],
      [17, 'sale con'],
    ]);
    expect(tokenPattern('con', '').test(' contre ')).toBe(false);
  });
});

describe('compiling the hottest patterns first', () => {
  it('runs each on ordinary text of at least 1,000 characters, so that V8 compiles machine code at once', () => {
    // Below 1,000 characters V8 compiles bytecode first, and the order chosen is lost.
    const token = compileSubjects(tokenPattern('merci|thanks'));
    const raw = compileSubjects(/merci|thanks/iu);
    for (const s of [...token, ...raw]) expect(s.length).toBeGreaterThanOrEqual(1000);
    // Token patterns read normalised text: lower case, one space between words.
    expect(token[0]).toMatch(/^ [a-z0-9 ]+ $/);
    // Text as written comes one-byte and two-byte (V8 compiles each apart).
    expect(raw.map((s) => /[^\u0000-\u00ff]/.test(s))).toEqual([false, true]);
    expect(compileSubjects(/merci|thanks/iu, false)).toEqual([raw[0]]);
  });

  it('leaves the patterns as they were: same matches, same lastIndex', () => {
    const re = tokenPattern('con|sale con');
    re.lastIndex = 5;
    compileFirst([re]);
    expect(re.lastIndex).toBe(5);
    re.lastIndex = 0;
    expect(re.exec(' quel sale con ')?.[0]).toBe(' sale con');
  });
});
