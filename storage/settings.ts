/**
 * User settings in extension storage (the browser syncs them to every context).
 * Validated by hand rather than with zod: the content script reads them on every
 * x.com page, and the validation library would triple its size.
 */
import { storage } from 'wxt/utils/storage';

/** Which posts start blurred. */
export const BLUR_MODES = ['hostile', 'all-non-supportive', 'off'] as const;

/** The settings. */
export interface Settings {
  blurMode: (typeof BLUR_MODES)[number];
  highlightSupportive: boolean;
}

/** Defaults: protective first (hostile and doxxing replies blurred). */
export const DEFAULT_SETTINGS: Settings = { blurMode: 'hostile', highlightSupportive: true };

/** Any stored value, however damaged, becomes valid settings (unknown fields dropped, bad ones defaulted). */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    blurMode: BLUR_MODES.includes(r.blurMode as Settings['blurMode']) ? (r.blurMode as Settings['blurMode']) : DEFAULT_SETTINGS.blurMode,
    highlightSupportive: typeof r.highlightSupportive === 'boolean' ? r.highlightSupportive : DEFAULT_SETTINGS.highlightSupportive,
  };
}

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Current settings, validated. */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a partial change. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings whenever they change in any context. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}
