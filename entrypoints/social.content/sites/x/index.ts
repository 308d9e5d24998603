/** The x.com site adapter: finds posts, reads them, and tells where to put the badge and the blur. */
import type { SiteAdapter } from '../types';
import { detectPage, isXHost } from './page';
import { ownElements, quoteCards, readBatch, readPost } from './read-post';
import { closestX, matchesX, queryAllX, selectorList } from './selectors';

export { detectPage, isXHost } from './page';
export { describePostShape, readPost, snowflakeTime } from './read-post';
export { X_SELECTORS } from './selectors';

/** Post articles under root, plus the post enclosing root when root was added inside one. */
export function findPosts(root: ParentNode): Element[] {
  const posts = queryAllX(root, 'post');
  if (isElement(root)) {
    // React re-renders parts of a post: an added node inside an article means that article changed.
    const enclosing = root.closest(selectorList('post'));
    if (enclosing && !posts.includes(enclosing)) posts.unshift(enclosing);
  }
  return posts;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** The post's own User-Name row (a flex row: name, handle, time): a badge appended to it stays inline, so row heights barely change. */
export function badgeAnchor(post: Element): Element | null {
  const userName = ownElements(post, 'userName')[0];
  if (!userName) return null;
  // The focal post stacks its name over its handle: appended to User-Name the badge
  // would add a third line, so it goes in the name line instead.
  if (matchesX(post, 'focalPost')) return userName.firstElementChild ?? userName;
  return userName;
}

/** The post's own text, media and quote elements (never the author row): the parts to blur one by one. */
export function contentParts(post: Element): Element[] {
  const quotes = quoteCards(post);
  const parts = [
    ...ownElements(post, 'postText', quotes).slice(0, 1),
    ...ownElements(post, 'photo', quotes),
    ...ownElements(post, 'photoLink', quotes),
    ...ownElements(post, 'videoPlayer', quotes),
    ...ownElements(post, 'card', quotes),
    ...quotes,
  ];
  // A photo link wrapping a tweetPhoto is one part, not two.
  return parts.filter((part) => !parts.some((other) => other !== part && other.contains(part)));
}

/**
 * The smallest element holding the post's own text, media and quote: the
 * content column on timeline layouts, which then also holds the User-Name row
 * (X has no wrapper around text + media alone; see contentParts).
 */
export function contentRoot(post: Element): Element | null {
  const parts = contentParts(post);
  let common: Element | null = parts[0] ?? null;
  for (const part of parts.slice(1)) {
    while (common && !common.contains(part)) common = common.parentElement;
  }
  return common && post.contains(common) ? common : null;
}

/**
 * The buttons of "Show additional replies, including those that may contain
 * offensive content" rows: an article without the tweet test id whose only
 * control is a button. Found by structure because the label is localized.
 */
export function findHiddenRepliesButtons(root: ParentNode): Element[] {
  const rows = queryAllX(root, 'hiddenRepliesRow');
  if (isElement(root) && matchesX(root, 'hiddenRepliesRow')) rows.unshift(root);
  const buttons: Element[] = [];
  for (const row of rows) {
    if (row.querySelector(`${selectorList('userName')}, ${selectorList('time')}, ${selectorList('post')}`)) continue;
    const button = row.querySelector(selectorList('button'));
    if (button) buttons.push(button);
  }
  return buttons;
}

/** The "Show more replies" rows (links to /i/status/<id>) that load further replies in place. */
export function findShowMoreRepliesLinks(root: ParentNode): Element[] {
  return queryAllX(root, 'showMoreRepliesLink');
}

/** The X adapter as the site-independent content script sees it. */
export const xAdapter: SiteAdapter = {
  site: 'x.com',
  matchesHost: isXHost,
  detectPage,
  findPosts,
  readPost,
  readBatch,
  badgeAnchor,
  contentParts,
  closestPost: (node) => closestX(node, 'post'),
};
