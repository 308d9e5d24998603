/** Playwright fixtures: a fresh Chromium with the built extension for every test. */
import { test as base, expect, type Page } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './harness';

/** `ext` is a running browser with the extension; `openX` opens an x.com URL served from HTML. */
export const test = base.extend<{ ext: ExtensionSession; openX: (url: string, html: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const session = await launchExtension();
    try {
      await use(session);
    } finally {
      await session.close();
    }
  },
  openX: async ({ ext }, use) => {
    await use((url, html) => ext.open(url, html));
  },
});

export { expect };

/** Reads every record of an object store of the extension's database, from the service worker. */
export async function readStore<T = unknown>(ext: ExtensionSession, store: string): Promise<T[]> {
  return ext.serviceWorker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('temoin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
