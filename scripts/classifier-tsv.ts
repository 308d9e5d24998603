/**
 * TSV reading for the classifier CLI and fixtures: header row, optional
 * double-quoted fields (RFC 4180 style, "" escapes), CRLF, BOM stripped.
 */

/** Parsed TSV: header names and rows (each row as many fields as found). */
export interface Tsv {
  header: string[];
  rows: string[][];
}

/** Parses TSV text; throws on an unterminated quoted field. */
export function parseTsv(src: string): Tsv {
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = src.length;
  let atFieldStart = true;
  while (i < n) {
    const c = src[i]!;
    if (atFieldStart && c === '"') {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      i++;
      let closed = false;
      while (i < n) {
        const d = src[i]!;
        if (d === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        field += d;
        i++;
      }
      if (!closed) throw new Error(`unterminated quoted field on row ${rows.length + 1}`);
      atFieldStart = false;
      continue;
    }
    if (c === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines carry no row.
  const body = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const header = (body[0] ?? []).map((h) => h.trim());
  return { header, rows: body.slice(1) };
}

/** Makes a value safe for one TSV field: no tabs or newlines, backslash escaped. */
export function tsvField(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
