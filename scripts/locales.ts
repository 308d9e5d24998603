// Writes public/_locales/{fr,en}/messages.json from scripts/locales-table.ts.
import { writeFileSync, mkdirSync } from 'node:fs';
import { MESSAGES } from './locales-table';

/** The messages.json text for one language (0 = fr, 1 = en). */
export function messagesJson(index: 0 | 1): string {
  const out: Record<string, { message: string }> = {};
  for (const [key, pair] of Object.entries(MESSAGES)) out[key] = { message: pair[index] };
  return JSON.stringify(out, null, 2) + '\n';
}

if (process.argv[1]?.endsWith('locales.ts')) {
  for (const [lang, i] of [['fr', 0], ['en', 1]] as const) {
    mkdirSync(`public/_locales/${lang}`, { recursive: true });
    writeFileSync(`public/_locales/${lang}/messages.json`, messagesJson(i));
  }
}
