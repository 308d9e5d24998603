/** User settings in extension storage (synced to every context by the browser). */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Which posts start blurred. */
export const BlurModeSchema = z.enum(['hostile', 'all-non-supportive', 'off']);

/** The settings shape; unknown or invalid stored values fall back to defaults. */
export const SettingsSchema = z.object({
  blurMode: BlurModeSchema.catch('hostile'),
  highlightSupportive: z.boolean().catch(true),
});
/** Settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** Defaults: protective first (hostile and doxxing replies blurred). */
export const DEFAULT_SETTINGS: Settings = { blurMode: 'hostile', highlightSupportive: true };

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Current settings, validated. */
export async function getSettings(): Promise<Settings> {
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) });
}

/** Saves a partial change. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings whenever they change in any context. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...v })));
}
