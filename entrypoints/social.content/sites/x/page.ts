/** What an x.com URL says about the page: type and, on status and media pages, the focal status id. */
import type { PageInfo } from '../types';

// x.com since the May 2024 domain switch; twitter.com still redirects and some
// users keep it; mobile.* hosts serve the same web app.
const X_HOSTS = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

/** True for the hosts that serve X's web app (x.com, twitter.com and their www./mobile. variants). */
export function isXHost(hostname: string): boolean {
  return X_HOSTS.has(hostname.toLowerCase());
}

/** A post permalink path: `/<handle>/status/<id>` with an optional media or history suffix. */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status(?:es)?\/(\d{1,25})(?:\/(.*))?$/;

// First path segments that are app sections, never profile handles.
const RESERVED_SEGMENTS = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'search',
  'settings',
  'i',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'hashtag',
  'jobs',
  'intent',
  'share',
]);

/** Reads the page type from a URL; anything unparsable or off-site is 'other'. */
export function detectPage(url: string): PageInfo {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { type: 'other', url };
  }
  if (!isXHost(parsed.hostname)) return { type: 'other', url };
  const path = parsed.pathname.replace(/\/+$/, '') || '/';

  const status = STATUS_PATH.exec(path);
  if (status) {
    const focalStatusId = status[2] as string;
    const rest = status[3] ?? '';
    // The media viewer keeps the conversation in #layers over the status page.
    if (/^(photo|video)\/\d+$/.test(rest)) return { type: 'media', url, focalStatusId };
    return { type: 'status', url, focalStatusId };
  }
  // Status links without a handle (/i/status/<id>, /i/web/status/<id>) open the same page.
  const anonymousStatus = /^\/i\/(?:web\/)?status\/(\d{1,25})(?:\/(.*))?$/.exec(path);
  if (anonymousStatus) {
    const rest = anonymousStatus[2] ?? '';
    const type = /^(photo|video)\/\d+$/.test(rest) ? 'media' : 'status';
    return { type, url, focalStatusId: anonymousStatus[1] as string };
  }
  if (path === '/notifications/mentions') return { type: 'mentions', url };
  if (path === '/notifications' || path.startsWith('/notifications/')) {
    return { type: 'notifications', url };
  }
  if (path === '/search') return { type: 'search', url };
  if (path === '/home' || path === '/') return { type: 'home', url };

  const profile = /^\/([A-Za-z0-9_]{1,20})(?:\/(with_replies|media|likes|highlights|articles|superfollows))?$/.exec(path);
  if (profile && !RESERVED_SEGMENTS.has((profile[1] as string).toLowerCase())) {
    return { type: 'profile', url };
  }
  return { type: 'other', url };
}
