// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { X_SELECTORS } from '../../entrypoints/social.content/sites/x/selectors';
import { FIXTURE_FILES, loadFixture } from '../fixtures/x/fixtures';

const docs = new Map(FIXTURE_FILES.map((f) => [f, loadFixture(f)]));

describe('X selectors', () => {
  for (const [key, spec] of Object.entries(X_SELECTORS)) {
    describe(key, () => {
      it('has at least one fixture expectation and a verified date', () => {
        expect(Object.keys(spec.fixtures).length).toBeGreaterThan(0);
        expect(spec.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
      for (const [file, count] of Object.entries(spec.fixtures as Record<string, number>)) {
        it(`matches exactly ${count} in ${file}`, () => {
          const doc = docs.get(file);
          expect(doc, `fixture ${file} exists`).toBeDefined();
          expect(doc!.querySelectorAll(spec.alternatives.join(', ')).length).toBe(count);
        });
      }
      it('uses no class names, nth-child or text', () => {
        for (const s of spec.alternatives) expect(s.replace(/"[^"]*"/g, '""')).not.toMatch(/\.[a-z]|nth-|:contains|css-|r-[0-9a-z]{4,}/);
      });
    });
  }
});
