import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../storage/labels';
import { WRITTEN_DIR, evaluationTexts, writtenTraining } from '../../scripts/train';
import { WRITTEN_DOXXING_DIR, writtenDoxxing } from '../../scripts/train-doxxing';

const EVAL_DIR = 'test/fixtures/classifier';

describe('written training replies', () => {
  it('include doxxing and its look-alikes in both languages', () => {
    const xs = writtenDoxxing();
    for (const lang of ['fr', 'en']) {
      expect(xs.filter((e) => e.lang === lang && e.label === 'doxxing').length).toBeGreaterThan(500);
      expect(xs.filter((e) => e.lang === lang && e.label !== 'doxxing').length).toBeGreaterThan(400);
    }
  });

  const files = readdirSync(WRITTEN_DIR).filter((f) => f.endsWith('.tsv'));

  it('exist for both languages and the three model labels', () => {
    const xs = writtenTraining();
    for (const lang of ['fr', 'en'])
      for (const label of ['hostile', 'supportive', 'neutral']) expect(xs.filter((e) => e.lang === lang && e.label === label).length).toBeGreaterThan(500);
  });

  it.each(files.map((f) => join(WRITTEN_DIR, f)).concat(readdirSync(WRITTEN_DOXXING_DIR).map((f) => join(WRITTEN_DOXXING_DIR, f))))('%s is well formed: header, four fields, known labels, unique ids', (f) => {
    const lines = readFileSync(f, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id\tlang\tlabel\ttext');
    const ids = new Set<string>();
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      expect(cells, line).toHaveLength(4);
      expect(['fr', 'en']).toContain(cells[1]);
      expect(LABELS).toContain(cells[2]);
      expect(cells[3]!.trim().length).toBeGreaterThan(0);
      expect(ids.has(cells[0]!), cells[0]).toBe(false);
      ids.add(cells[0]!);
    }
  });

  it('never contain a reply of an evaluation set', () => {
    const evalTexts = new Set(evaluationTexts(EVAL_DIR));
    const leaked = [...writtenTraining(), ...writtenDoxxing()].filter((e) => evalTexts.has(e.text.toLowerCase()));
    expect(leaked.map((e) => e.text)).toEqual([]);
  });
});
