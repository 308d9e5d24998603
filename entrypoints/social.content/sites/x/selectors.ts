/**
 * Every CSS selector the X adapter uses, in one place. X ships markup changes
 * without notice; keeping alternatives, a last-verified date and the fixtures
 * that prove each selector lets one test tell which selector broke.
 *
 * Only data-testid, ARIA roles, href patterns, tag names, tabindex and the one
 * stable id (#layers). Never class names (`css-175oi2r`…), nth-child or text in
 * the UI language. See /work/shared/docs/x-dom.md.
 */

/** One named thing on the page, how to find it, and where that was last proven. */
export interface SelectorSpec {
  /** What the element is, in words. */
  readonly name: string;
  /** CSS selectors, newest markup first; the first one that matches wins. */
  readonly alternatives: readonly [string, ...string[]];
  /** Date (YYYY-MM-DD) the alternatives were last checked against real markup. */
  readonly verified: string;
  /** Fixture file (test/fixtures/x/) → exact match count of all alternatives joined. */
  readonly fixtures: Readonly<Record<string, number>>;
  /** Why the selector is shaped this way, with dated X changes. */
  readonly note?: string;
}

const VERIFIED = '2026-11-27';

/** The named selectors; tests check every entry against its fixtures. */
export const X_SELECTORS = {
  post: {
    name: 'a post (tweet) article',
    // Keep the tag: the media viewer wraps its side panel in a div[data-testid="tweet"].
    alternatives: ['article[data-testid="tweet"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 5, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 6, 'x-search.html': 4, 'x-status-edited.html': 2, 'x-status.html': 8 },
  },
  focalPost: {
    name: 'the focal post of a status page (not focusable by Tab, unlike replies)',
    alternatives: ['article[data-testid="tweet"][tabindex="-1"]'],
    verified: VERIFIED,
    fixtures: { 'x-media.html': 2, 'x-status-edited.html': 1, 'x-status.html': 1 },
  },
  layers: {
    name: 'the overlay root where the media viewer renders its conversation',
    alternatives: ['#layers'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 1, 'x-media.html': 1, 'x-mentions.html': 1, 'x-profile.html': 1, 'x-search.html': 1, 'x-status-edited.html': 1, 'x-status.html': 1 },
  },
  cell: {
    name: 'a virtualised list row',
    alternatives: ['[data-testid="cellInnerDiv"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 5, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 13, 'x-search.html': 4, 'x-status-edited.html': 2, 'x-status.html': 11 },
  },
  listHeading: {
    name: 'a heading row inside a list ("Discover more", "Who to follow")',
    alternatives: ['[data-testid="cellInnerDiv"] h2[role="heading"]'],
    verified: VERIFIED,
    fixtures: { 'x-profile.html': 1, 'x-status.html': 1 },
  },
  userName: {
    name: 'the author block: display-name link then @handle (and time on timelines)',
    alternatives: ['[data-testid="User-Name"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 6, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 7, 'x-search.html': 8, 'x-status-edited.html': 3, 'x-status.html': 8 },
  },
  avatar: {
    name: 'the avatar column cell, used to find the thread connector lines',
    alternatives: ['[data-testid="Tweet-User-Avatar"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 6, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 7, 'x-search.html': 8, 'x-status-edited.html': 3, 'x-status.html': 8 },
  },
  avatarContainer: {
    name: 'the avatar container whose test id ends with the handle',
    alternatives: ['[data-testid^="UserAvatar-Container-"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 6, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 14, 'x-search.html': 8, 'x-status-edited.html': 3, 'x-status.html': 8 },
  },
  verifiedBadge: {
    name: 'the verified badge next to a display name',
    alternatives: ['svg[data-testid="icon-verified"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 2, 'x-media.html': 1, 'x-profile.html': 5, 'x-search.html': 2, 'x-status-edited.html': 2, 'x-status.html': 1 },
  },
  postText: {
    name: 'the post text (carries lang); a quote card has its own',
    alternatives: ['[data-testid="tweetText"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 6, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 7, 'x-search.html': 8, 'x-status-edited.html': 3, 'x-status.html': 8 },
  },
  showMoreInText: {
    name: 'the "Show more" control of a truncated text, not part of the text',
    alternatives: ['[data-testid="tweet-text-show-more-link"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 1, 'x-search.html': 2 },
  },
  time: {
    name: 'a timestamp',
    alternatives: ['time[datetime]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 5, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 7, 'x-search.html': 8, 'x-status-edited.html': 3, 'x-status.html': 8 },
  },
  statusLink: {
    name: 'a link to a status (the permalink wraps the post’s own time)',
    alternatives: ['a[href*="/status/"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 14, 'x-media.html': 10, 'x-mentions.html': 8, 'x-profile.html': 13, 'x-search.html': 13, 'x-status-edited.html': 9, 'x-status.html': 16 },
  },
  editHistoryLink: {
    name: 'the permalink of an edited post, pointing at its edit history',
    alternatives: ['a[href$="/history"]'],
    verified: VERIFIED,
    note: 'Edit button rollout (2022-10): the focal time of an edited post moved into /history.',
    fixtures: { 'x-status-edited.html': 1 },
  },
  quoteCard: {
    name: 'a quoted post card (kept only when it contains a User-Name)',
    alternatives: ['div[role="link"]'],
    verified: VERIFIED,
    note: 'The card has no <a> permalink; affiliate badges are also div[role="link"], hence the User-Name filter.',
    fixtures: { 'x-home.html': 2, 'x-profile.html': 1, 'x-search.html': 6, 'x-status-edited.html': 1 },
  },
  socialContext: {
    name: 'the repost / pinned line above a post',
    alternatives: ['[data-testid="socialContext"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 1 },
  },
  photo: {
    name: 'a photo or video thumbnail',
    alternatives: ['[data-testid="tweetPhoto"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 6, 'x-media.html': 2, 'x-profile.html': 1, 'x-search.html': 14, 'x-status-edited.html': 1, 'x-status.html': 1 },
  },
  photoLink: {
    name: 'a link to a photo in the media viewer (edited focal posts lack tweetPhoto)',
    alternatives: ['a[href*="/photo/"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 5, 'x-profile.html': 1, 'x-search.html': 5, 'x-status-edited.html': 5 },
  },
  videoPlayer: {
    name: 'an inline video or GIF player',
    alternatives: ['[data-testid="videoPlayer"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 1, 'x-media.html': 2, 'x-status.html': 1 },
  },
  video: {
    name: 'a video element (its poster is the thumbnail)',
    alternatives: ['video'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 1, 'x-media.html': 2, 'x-status.html': 1 },
  },
  videoThumbnail: {
    name: 'a not-yet-loaded video preview inside tweetPhoto',
    alternatives: ['[data-testid="previewInterstitial"]'],
    verified: VERIFIED,
    fixtures: { 'x-profile.html': 3, 'x-search.html': 9 },
  },
  card: {
    name: 'a link card or poll',
    alternatives: ['[data-testid="card.wrapper"]'],
    verified: VERIFIED,
    fixtures: { 'x-profile.html': 4 },
  },
  placementTracking: {
    name: 'ad/impression tracking wrapper (around promoted posts, and around videos)',
    alternatives: ['[data-testid="placementTracking"]'],
    verified: VERIFIED,
    note: 'Also wraps ordinary videos (2024-11 captures): only an ad when the post has no time.',
    fixtures: { 'x-home.html': 2, 'x-media.html': 2, 'x-status.html': 1 },
  },
  hashtagLink: {
    name: 'a hashtag link in a text',
    alternatives: ['a[href*="/hashtag/"]', 'a[href*="/search?q=%23"]'],
    verified: VERIFIED,
    note: '2023 bios linked hashtags to /search?q=%23…; post texts use /hashtag/….',
    fixtures: { 'x-media.html': 3, 'x-profile.html': 3, 'x-status-edited.html': 1, 'x-status.html': 2 },
  },
  textLink: {
    name: 'any link inside a text (t.co links, mentions, hashtags, cashtags)',
    alternatives: ['[data-testid="tweetText"] a[href]'],
    verified: VERIFIED,
    fixtures: { 'x-media.html': 7, 'x-mentions.html': 2, 'x-profile.html': 2, 'x-status-edited.html': 2, 'x-status.html': 6 },
  },
  hiddenRepliesRow: {
    name: 'the collapsed "additional replies, including offensive ones" row',
    alternatives: ['article:not([data-testid="tweet"])'],
    verified: VERIFIED,
    note: 'An article without the tweet test id whose only control is a button; labels are localized.',
    fixtures: { 'x-status.html': 1 },
  },
  button: {
    name: 'a button (native or ARIA)',
    alternatives: ['button', '[role="button"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 31, 'x-media.html': 38, 'x-mentions.html': 24, 'x-profile.html': 54, 'x-search.html': 32, 'x-status-edited.html': 12, 'x-status.html': 50 },
  },
  showMoreRepliesLink: {
    name: 'a "Show more replies" row linking to /i/status/<id>',
    alternatives: ['[data-testid="cellInnerDiv"] a[href^="/i/status/"]'],
    verified: VERIFIED,
    fixtures: { 'x-status.html': 1 },
  },
  actionBar: {
    name: 'the reply / repost / like / bookmark bar',
    alternatives: ['[role="group"]'],
    verified: VERIFIED,
    fixtures: { 'x-home.html': 5, 'x-media.html': 6, 'x-mentions.html': 4, 'x-profile.html': 6, 'x-search.html': 4, 'x-status-edited.html': 2, 'x-status.html': 8 },
  },
} as const satisfies Record<string, SelectorSpec>;

/** The name of a selector in X_SELECTORS. */
export type XSelectorName = keyof typeof X_SELECTORS;

/** All alternatives of a selector joined into one selector list. */
export function selectorList(name: XSelectorName): string {
  return X_SELECTORS[name].alternatives.join(', ');
}

/** Elements under root matching the first alternative that matches anything. */
export function queryAllX(root: ParentNode, name: XSelectorName): Element[] {
  for (const selector of X_SELECTORS[name].alternatives) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** True when el itself matches one of the selector's alternatives. */
export function matchesX(el: Element, name: XSelectorName): boolean {
  return X_SELECTORS[name].alternatives.some((s) => el.matches(s));
}

/** The closest ancestor-or-self matching one of the selector's alternatives. */
export function closestX(el: Element, name: XSelectorName): Element | null {
  return el.closest(selectorList(name));
}
