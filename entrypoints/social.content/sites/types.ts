/** The contract between the site-independent content script and one site's adapter. */
import type { PageType, PostSnapshot } from '../../../storage/schema';

/** What the URL says about the page. */
export interface PageInfo {
  type: PageType;
  url: string;
  /** The status id in the URL on status and media pages. */
  focalStatusId?: string;
}

/** The outcome of reading one post element. */
export type ReadResult =
  | { ok: true; snapshot: PostSnapshot }
  /**
   * `skip`: not a post Témoin handles (an ad, a promoted post): not an error.
   * `unreadable`: looks like a post but required parts are missing; X probably
   * changed its page, and the user must be told.
   */
  | { ok: false; kind: 'skip' | 'unreadable'; reason: string };

/** The only interface the content script uses to know a site. */
export interface SiteAdapter {
  site: PostSnapshot['site'];
  /** True on pages this adapter handles. */
  matchesHost(hostname: string): boolean;
  detectPage(url: string): PageInfo;
  /** Post elements under root (including ones that will turn out unreadable). */
  findPosts(root: ParentNode): Element[];
  /** Reads one post element; never throws on odd markup. */
  readPost(post: Element, page: PageInfo): ReadResult;
  /** Runs work that reads many posts, sharing page-level lookups between them. */
  readBatch?<T>(work: () => T): T;
  /** The element inside the post the badge is appended to, as its last child (an inline row). */
  badgeAnchor(post: Element): Element | null;
  /** The post's own text, media and quote: what is blurred when it is hidden (never the author row). */
  contentParts(post: Element): Element[];
  /** The post element containing node (or node itself), if any. */
  closestPost(node: Element): Element | null;
}
