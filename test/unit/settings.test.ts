import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../storage/settings';

describe('settings read from storage', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    [null, DEFAULT_SETTINGS],
    ['blur everything', DEFAULT_SETTINGS],
    [{ blurMode: 'off' }, { blurMode: 'off', highlightSupportive: true }],
    [{ blurMode: 'all-non-supportive', highlightSupportive: false }, { blurMode: 'all-non-supportive', highlightSupportive: false }],
    [{ blurMode: 'nothing', highlightSupportive: 'yes', extra: 1 }, DEFAULT_SETTINGS],
  ])('%j becomes %j', (raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });
});
