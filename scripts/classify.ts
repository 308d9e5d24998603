/**
 * Public CLI: npm run --silent classify -- FILE|-
 * Reads a UTF-8 TSV with a header containing `text` (optional `id`, `lang`, and `parent`:
 * the text of the post the reply answers, read when the reply says nothing of its own),
 * writes `id<TAB>label<TAB>score<TAB>reasons` per row in input order.
 * Output is buffered and written only when every row succeeded.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../entrypoints/background/classifier/index';
import { parseTsv, tsvField } from './classifier-tsv';

function fail(msg: string): never {
  process.stderr.write(`classify: ${msg}\n`);
  process.exit(2);
}

function readInput(arg: string): Buffer {
  try {
    return arg === '-' ? readFileSync(0) : readFileSync(arg);
  } catch (e) {
    fail(`cannot read ${arg === '-' ? 'stdin' : arg}: ${(e as Error).message}`);
  }
}

/** Formats reasons compactly: label/subLabel@start-end:"text", joined by " | ". */
function formatReasons(rs: ReturnType<typeof classify>['reasons']): string {
  return rs.map((r) => `${r.subLabel ?? r.label}@${r.start}-${r.end}:${JSON.stringify(r.text)}`).join(' | ');
}

function main(): void {
  const arg = process.argv[2];
  if (!arg) fail('usage: classify FILE (or - for stdin)');
  const buf = readInput(arg);
  let src: string;
  try {
    src = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    fail('input is not valid UTF-8');
  }
  let tsv;
  try {
    tsv = parseTsv(src);
  } catch (e) {
    fail(`malformed TSV: ${(e as Error).message}`);
  }
  const textIx = tsv.header.indexOf('text');
  if (textIx < 0) fail(`no "text" column in header (found: ${tsv.header.join(', ') || 'nothing'})`);
  const idIx = tsv.header.indexOf('id');
  const langIx = tsv.header.indexOf('lang');
  const parentIx = tsv.header.indexOf('parent');
  const out: string[] = ['id\tlabel\tscore\treasons'];
  tsv.rows.forEach((row, i) => {
    const text = row[textIx] ?? '';
    const lang = langIx >= 0 ? row[langIx] : undefined;
    const parentText = parentIx >= 0 ? row[parentIx] : undefined;
    const c = classify({ text, ...(lang ? { lang } : {}), ...(parentText ? { context: { parentText } } : {}) });
    const id = idIx >= 0 ? (row[idIx] ?? '') : String(i + 1);
    const score = c.label === 'doxxing' ? c.scores.doxxing : c.scores[c.label];
    out.push([tsvField(id), c.label, score.toFixed(4), tsvField(formatReasons(c.reasons))].join('\t'));
  });
  process.stdout.write(out.join('\n') + '\n');
}

main();
