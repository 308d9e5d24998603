import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'scripts', 'classify.ts');
const dir = mkdtempSync(join(tmpdir(), 'temoin-cli-'));

function run(args: string[], input?: Buffer | string) {
  const r = spawnSync(TSX, [CLI, ...args], { input: typeof input === 'string' ? Buffer.from(input, 'utf8') : input, timeout: 60_000 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

function file(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('classify CLI', () => {
  it('labels rows in order with ids, header first', () => {
    const p = file('ok.tsv', 'id\tlang\ttext\tother\na1\tfr\tcouché le chien\tx\na2\tfr\til habite au 12 rue des Lilas 75011 Paris\ty\na3\ten\tstay strong ❤️\tz\n');
    const r = run([p]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('id\tlabel\tscore\treasons');
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['a1 hostile', 'a2 doxxing', 'a3 supportive']);
    for (const l of lines) expect(l.split('\t')).toHaveLength(4);
  });

  it('reads an optional parent column: "this 💯" means what the post it answers says', () => {
    const p = file('parent.tsv', 'id\ttext\tparent\nb1\tthis 💯\tferme ta gueule sale pute\nb2\tthis 💯\tstay strong, we are all with you\nb3\tthis 💯\t\n');
    const r = run([p]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['b1 hostile', 'b2 supportive', 'b3 neutral']);
  });

  it('uses 1-based row numbers without an id column, accepts CRLF, BOM and stdin', () => {
    const r = run(['-'], '\uFEFFtext\r\nbonjour\r\nva te pendre\r\n');
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]);
    expect(rows).toEqual(['1', '2']);
  });

  it('handles quoted fields with tabs and newlines, and escapes them in output', () => {
    const p = file('quoted.tsv', 'id\ttext\n"x\ty"\t"ligne 1\nligne 2 : t\'es qu\'un ""gros"" connard"\n');
    const r = run([p]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split('\t')).toHaveLength(4);
    expect(lines[1]!.startsWith('x\\ty\thostile')).toBe(true);
  });

  it('fails without a text column, with nothing on stdout', () => {
    const r = run([file('notext.tsv', 'id\tbody\n1\thello\n')]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/text/);
  });

  it('fails on invalid UTF-8', () => {
    const r = run([file('bad.tsv', Buffer.from([0x74, 0x65, 0x78, 0x74, 0x0a, 0xff, 0xfe, 0x41, 0x0a]))]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/UTF-8/);
  });

  it('fails on an unreadable file', () => {
    const r = run([join(dir, 'missing.tsv')]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
  });

  it('fails on an unterminated quote', () => {
    const r = run([file('unterminated.tsv', 'text\n"never closed\n')]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
  });
});
