/**
 * How reading each tab's page went, in session storage: the MV3 service worker
 * is stopped when idle and would forget an in-memory map, and the popup must
 * still say "X changed its page" afterwards. Cleared when the browser closes.
 */
import { storage } from 'wxt/utils/storage';
import type { PageStatus } from '../entrypoints/background/protocol';

/** Where tab statuses live; a Map-backed one serves tests. */
export interface TabStatusStore {
  get(tabId: number): Promise<PageStatus | null>;
  set(tabId: number, status: PageStatus): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const key = (tabId: number) => `session:tabStatus:${tabId}` as const;

/** The store used by the extension. */
export const sessionTabStatus: TabStatusStore = {
  get: (tabId) => storage.getItem<PageStatus>(key(tabId)),
  set: (tabId, status) => storage.setItem(key(tabId), status),
  delete: (tabId) => storage.removeItem(key(tabId)),
};

/** An in-memory store (tests). */
export function memoryTabStatus(): TabStatusStore {
  const m = new Map<number, PageStatus>();
  return {
    get: async (id) => m.get(id) ?? null,
    set: async (id, s) => void m.set(id, s),
    delete: async (id) => void m.delete(id),
  };
}
