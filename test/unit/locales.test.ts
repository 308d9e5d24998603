import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesJson } from '../../scripts/locales';
import { MESSAGES } from '../../scripts/locales-table';

describe('locales', () => {
  it('public/_locales is generated from the table (run `npm run locales`)', () => {
    expect(readFileSync('public/_locales/fr/messages.json', 'utf8')).toBe(messagesJson(0));
    expect(readFileSync('public/_locales/en/messages.json', 'utf8')).toBe(messagesJson(1));
  });

  it('every string exists in French and English, with the same placeholders', () => {
    for (const [key, [fr, en]] of Object.entries(MESSAGES)) {
      expect(fr, key).not.toBe('');
      expect(en, key).not.toBe('');
      expect(fr.match(/\$\d/g)?.sort(), key).toEqual(en.match(/\$\d/g)?.sort());
    }
  });

  it('every key the code uses exists', () => {
    const files = [
      'entrypoints/social.content/badge-view.ts',
      'entrypoints/social.content/summary-view.ts',
      'components/PopupView.tsx',
      'components/CaseView.tsx',
      'components/OnboardingView.tsx',
      'components/labels.ts',
      'entrypoints/social.content/controller.ts',
      'entrypoints/background/index.ts',
    ];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\('([A-Za-z]+)'|getMessage\('([A-Za-z]+)'|:\s*'((?:label|reason)[A-Z][A-Za-z]+)'/g)) {
        const key = m[1] ?? m[2] ?? m[3]!;
        expect(MESSAGES, `${f} uses ${key}`).toHaveProperty(key);
      }
    }
  });
});
