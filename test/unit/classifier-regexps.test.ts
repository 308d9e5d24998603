import { describe, expect, it } from 'vitest';
import { alternativesOf } from '../../entrypoints/background/classifier/alternation';
import { EVERY_REPLY_REGEXPS, OTHER_REGEXPS } from '../../entrypoints/background/classifier/index';
import { PHRASE_RES } from '../../entrypoints/background/classifier/lexicon';

describe('the classifier’s regexps stay fast in V8', () => {
  it('keeps every source under 20 KB, above which V8 compiles slow code whatever the budget', () => {
    // kRegExpTooLargeToOptimize: a pattern source over 20 × 1024 characters is never optimised.
    const largest = [...EVERY_REPLY_REGEXPS, ...OTHER_REGEXPS].map((re) => re.source.length).sort((a, b) => b - a);
    expect(largest[0]).toBeLessThan(20 * 1024);
  });

  it('starts no alternative of a phrase list with a lookbehind, which V8 must try at every position', () => {
    // 1.18 measured it: five phrases written "(?<=keep )crying" made their 14 KB list scan three times slower.
    for (const { re } of PHRASE_RES) {
      const inner = re.source.slice(' (?:'.length, re.source.lastIndexOf(')(?= )'));
      const leading = alternativesOf(inner).filter((a) => a.startsWith('(?<'));
      expect(leading).toEqual([]);
    }
  });
});
