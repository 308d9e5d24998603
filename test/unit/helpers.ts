/** Shared builders for unit tests. */
import { TemoinDb } from '../../storage/db';
import type { PostSnapshot } from '../../storage/schema';

let n = 0;
/** A fresh, empty database (its own name, so tests never share state). */
export function freshDb(): TemoinDb {
  return new TemoinDb(`temoin-test-${Date.now()}-${n++}`);
}

/** A valid snapshot; override any field. */
export function snapshot(over: Partial<PostSnapshot> = {}): PostSnapshot {
  const statusId = over.statusId ?? '1859000000000000001';
  return {
    site: 'x.com',
    statusId,
    url: `https://x.com/troll_42/status/${statusId}`,
    pageUrl: 'https://x.com/camille_moreau_elue/status/1858999999999999999',
    pageType: 'status',
    author: { handle: 'troll_42', displayName: 'Jean 🇫🇷 ياسمين', profileUrl: 'https://x.com/troll_42', verified: false },
    text: 'donc tu reconnais être un traître 🤡\nlol',
    lang: 'fr',
    hashtags: [],
    mentions: [],
    links: [],
    media: [],
    postedAt: '2026-11-20T19:02:00.000Z',
    postedAtFromId: '2026-11-20T19:02:00.000Z',
    timeMismatch: false,
    edited: false,
    role: 'reply',
    ...over,
  };
}

/** The sender a content script on x.com would have. */
export const CONTENT_SENDER = { id: 'ext-id', url: 'https://x.com/camille_moreau_elue/status/1', tab: { id: 7 } };
/** The sender of one of our extension pages. */
export const PAGE_SENDER = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
