/**
 * Reads one X post element into a PostSnapshot. Only textContent and attributes
 * are read (never innerHTML, never computed styles) so the same code runs in
 * the page, in jsdom and in linkedom, and a hostile post cannot inject markup.
 */
import type { PageInfo, ReadResult } from '../types';
import type { PostRole, PostSnapshot } from '../../../../storage/schema';
import { STATUS_PATH } from './page';
import { matchesX, queryAllX, selectorList, X_SELECTORS } from './selectors';

const SITE_ORIGIN = 'https://x.com';
/** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z). */
const SNOWFLAKE_EPOCH_MS = 1288834974657n;
/** Ids below this predate snowflakes (sequential ids, before 2010-11) and carry no time. */
const FIRST_SNOWFLAKE_ID = 30_000_000_000n;
/** Beyond this gap the time shown and the time in the id disagree. */
const TIME_MISMATCH_MS = 60_000;
const HANDLE = /^[@＠]([A-Za-z0-9_]{1,50})$/;

/** A post's own permalink: the status link that wraps its own time element. */
export interface Permalink {
  handle: string;
  statusId: string;
  /** True when the link points at the edit history (edited posts). */
  edited: boolean;
  time: Element;
}

/** Parses a status href (relative or absolute, with /photo/N, /history, /analytics suffixes). */
export function parseStatusHref(href: string | null): { handle: string; statusId: string; rest: string } | null {
  if (!href) return null;
  let path: string;
  try {
    path = new URL(href, SITE_ORIGIN).pathname;
  } catch {
    return null;
  }
  const match = STATUS_PATH.exec(path.replace(/\/+$/, ''));
  if (!match) return null;
  return { handle: match[1] as string, statusId: match[2] as string, rest: match[3] ?? '' };
}

/** ISO time encoded in a snowflake status id, or undefined for pre-snowflake or bad ids. */
export function snowflakeTime(statusId: string): string | undefined {
  try {
    const id = BigInt(statusId);
    if (id < FIRST_SNOWFLAKE_ID) return undefined;
    const ms = Number((id >> 22n) + SNOWFLAKE_EPOCH_MS);
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  } catch {
    return undefined;
  }
}

/** The quoted-post cards inside a post: role=link blocks holding their own User-Name. */
export function quoteCards(post: Element): Element[] {
  const userName = selectorList('userName');
  const cards = queryAllX(post, 'quoteCard').filter(
    (card) => card.querySelector(userName) !== null && owningPost(card) === post,
  );
  // A card nested in another card is part of the outer quote.
  return cards.filter((card) => !cards.some((other) => other !== card && other.contains(card)));
}

function owningPost(el: Element): Element | null {
  return el.closest(selectorList('post'));
}

/** Elements matching a named selector that belong to the post itself, not to a quote or nested post. */
export function ownElements(post: Element, name: keyof typeof X_SELECTORS, quotes = quoteCards(post)): Element[] {
  return queryAllX(post, name).filter(
    (el) => owningPost(el) === post && !quotes.some((quote) => quote.contains(el)),
  );
}

/** The post's own permalink and time, ignoring the quoted post's time. */
export function findPermalink(post: Element, quotes = quoteCards(post)): Permalink | null {
  for (const time of ownElements(post, 'time', quotes)) {
    const link = time.closest(selectorList('statusLink'));
    if (!link || !post.contains(link)) continue;
    const parsed = parseStatusHref(link.getAttribute('href'));
    if (!parsed) continue;
    return {
      handle: parsed.handle,
      statusId: parsed.statusId,
      edited: /(^|\/)history$/.test(parsed.rest),
      time,
    };
  }
  return null;
}

/** The text a reader sees in an element: text nodes, emoji img alts, line breaks, links as displayed. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  collectText(root, parts);
  return parts.join('');
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) collectNode(child, parts);
}

function collectNode(child: Node, parts: string[]): void {
  if (child.nodeType === 3) {
    parts.push((child as Text).data);
  } else if (child.nodeType === 1) {
    const el = child as Element;
    const tag = el.localName;
    if (tag === 'br') parts.push('\n');
    else if (tag === 'img') parts.push(el.getAttribute('alt') ?? '');
    else if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'template') return;
    else if (matchesX(el, 'showMoreInText')) return;
    else if (tag === 'a') parts.push(linkDisplay(el));
    else collectText(el, parts);
  }
}

/**
 * X renders a long URL as `<span aria-hidden>https://</span>shown<span aria-hidden>rest</span><span aria-hidden>…</span>`:
 * the reader sees "shown…". Hidden parts are dropped and the ellipsis kept.
 */
function linkDisplay(link: Element): string {
  const parts: string[] = [];
  let ellipsis = false;
  for (let child = link.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).getAttribute('aria-hidden') === 'true') {
      const hidden = (child.textContent ?? '').trim();
      if (hidden === '…' || hidden === '...') ellipsis = true;
      continue;
    }
    collectNode(child, parts);
  }
  return parts.join('') + (ellipsis ? '…' : '');
}

function clean(text: string): string {
  return text.normalize('NFC').trim();
}

function absoluteHttpUrl(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, SITE_ORIGIN);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface AuthorRead {
  handle: string;
  displayName: string;
  verified: boolean;
}

/**
 * Reads a User-Name block: first child = display name (with badges), second =
 * @handle (and time on timelines). Quote cards use the same layout without links.
 */
function readUserName(userName: Element): AuthorRead | null {
  const nameBlock = userName.children[0] ?? null;
  const handleBlock = userName.children[1] ?? userName;
  let handle: string | undefined;
  for (const el of Array.from(handleBlock.querySelectorAll('*'))) {
    const match = HANDLE.exec((el.textContent ?? '').trim());
    if (match) {
      handle = match[1];
      break;
    }
  }
  if (!handle) {
    // Older layouts: the display-name link is /<handle>.
    for (const link of Array.from(userName.querySelectorAll('a[href]'))) {
      const m = /^\/([A-Za-z0-9_]{1,20})$/.exec(link.getAttribute('href') ?? '');
      if (m) {
        handle = m[1];
        break;
      }
    }
  }
  if (!handle) return null;
  return {
    handle,
    displayName: nameBlock ? clean(visibleText(nameBlock)) : '',
    verified: userName.querySelector(selectorList('verifiedBadge')) !== null,
  };
}

function isoTime(time: Element | null | undefined): string | undefined {
  const value = time?.getAttribute('datetime');
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function readMedia(post: Element, quotes: Element[]): PostSnapshot['media'] {
  const media: PostSnapshot['media'] = [];
  const seen = new Set<Element>();
  const videoParts = `${selectorList('videoPlayer')}, ${selectorList('video')}, ${selectorList('videoThumbnail')}`;
  for (const photo of ownElements(post, 'photo', quotes)) {
    seen.add(photo);
    const video = photo.querySelector(selectorList('video'));
    const img = photo.querySelector('img');
    if (photo.querySelector(videoParts)) {
      media.push(withUrl('video', video?.getAttribute('poster') ?? img?.getAttribute('src')));
    } else {
      media.push(withUrl('photo', img?.getAttribute('src')));
    }
  }
  const inSeen = (el: Element) => Array.from(seen).some((s) => s.contains(el));
  // Edited focal posts (2024-10 capture) render photos as bare /photo/N links without tweetPhoto.
  const photoHrefs = new Set<string>();
  for (const link of ownElements(post, 'photoLink', quotes)) {
    const href = link.getAttribute('href') ?? '';
    if (inSeen(link) || link.querySelector(selectorList('photo')) || photoHrefs.has(href)) continue;
    photoHrefs.add(href);
    seen.add(link);
    media.push(withUrl('photo', link.querySelector('img')?.getAttribute('src')));
  }
  for (const player of ownElements(post, 'videoPlayer', quotes)) {
    if (inSeen(player)) continue;
    seen.add(player);
    media.push(withUrl('video', player.querySelector(selectorList('video'))?.getAttribute('poster')));
  }
  for (const card of ownElements(post, 'card', quotes)) {
    media.push(withUrl('card', card.querySelector('a[href]')?.getAttribute('href')));
  }
  return media;
}

function withUrl(type: 'photo' | 'video' | 'card', src: string | null | undefined): PostSnapshot['media'][number] {
  const url = absoluteHttpUrl(src ?? null);
  return url ? { type, url } : { type };
}

function readTextParts(text: Element | null): Pick<PostSnapshot, 'text' | 'hashtags' | 'mentions' | 'links'> {
  if (!text) return { text: '', hashtags: [], mentions: [], links: [] };
  const hashtags: string[] = [];
  const mentions: string[] = [];
  const links: PostSnapshot['links'] = [];
  const hashtagSelector = selectorList('hashtagLink');
  for (const link of Array.from(text.querySelectorAll('a[href]'))) {
    if (matchesX(link, 'showMoreInText')) continue;
    const shown = clean(linkDisplay(link));
    if (link.matches(hashtagSelector) || /^[#＃]/.test(shown)) {
      hashtags.push(shown.replace(/^[#＃]/, ''));
      continue;
    }
    const mention = HANDLE.exec(shown);
    if (mention) {
      mentions.push(mention[1] as string);
      continue;
    }
    // Cashtags ($XYZ) link to a search, not to a page the author chose.
    if (/^\$[A-Za-z]/.test(shown)) continue;
    const href = absoluteHttpUrl(link.getAttribute('href'));
    if (href) links.push({ display: shown, href });
  }
  return { text: clean(visibleText(text)), hashtags, mentions, links };
}

function readQuoted(card: Element): PostSnapshot['quoted'] {
  const userName = card.querySelector(selectorList('userName'));
  const author = userName ? readUserName(userName) : null;
  const text = card.querySelector(selectorList('postText'));
  let statusId: string | undefined;
  if (author) {
    // The card has no permalink, but its photos and "Show more" link carry the quoted id.
    for (const link of queryAllX(card, 'statusLink')) {
      const parsed = parseStatusHref(link.getAttribute('href'));
      if (parsed && parsed.handle.toLowerCase() === author.handle.toLowerCase()) {
        statusId = parsed.statusId;
        break;
      }
    }
  }
  const quoted: NonNullable<PostSnapshot['quoted']> = { text: text ? clean(visibleText(text)) : '' };
  if (author) {
    quoted.author = {
      handle: author.handle,
      displayName: author.displayName,
      profileUrl: `${SITE_ORIGIN}/${author.handle}`,
      verified: author.verified,
    };
  }
  const postedAt = isoTime(card.querySelector(selectorList('time')));
  if (postedAt) quoted.postedAt = postedAt;
  if (statusId) quoted.statusId = statusId;
  return quoted;
}

/**
 * The "Replying to @a and @b" block shown on search, notifications and profile
 * replies: the sibling just before the text holding only @handles (words are localized).
 */
export function replyingToHandles(post: Element, text: Element | null): string[] {
  if (!text) return [];
  const header = `${selectorList('userName')}, ${selectorList('time')}, ${selectorList('avatar')}`;
  let el: Element | null = text;
  for (let depth = 0; el && el !== post && depth < 4; depth += 1, el = el.parentElement) {
    const before: Element | null = el.previousElementSibling;
    if (!before) continue;
    if (before.matches(header) || before.querySelector(header)) return [];
    const handles: string[] = [];
    for (const candidate of Array.from(before.querySelectorAll('a, span'))) {
      const match = HANDLE.exec((candidate.textContent ?? '').trim());
      if (match && !handles.includes(match[1] as string)) handles.push(match[1] as string);
    }
    return handles;
  }
  return [];
}

/**
 * True when the thread connector line is drawn above the avatar, i.e. the post
 * answers the one in the row above. Structural: the row above the avatar row
 * gets an extra, empty column holding the line.
 */
export function hasConnectorAbove(post: Element, quotes = quoteCards(post)): boolean {
  const avatar = ownElements(post, 'avatar', quotes)[0];
  if (!avatar) return false;
  let el: Element = avatar;
  while (el.parentElement && el.parentElement !== post && !el.previousElementSibling) el = el.parentElement;
  const rowAbove = el.previousElementSibling;
  if (!rowAbove || el.parentElement === post) return false;
  const flexRow = rowAbove.firstElementChild;
  if (!flexRow || flexRow.children.length < 2) return false;
  const connector = flexRow.firstElementChild as Element;
  return (
    connector.firstElementChild !== null &&
    (connector.textContent ?? '').trim() === '' &&
    connector.querySelector('svg, img, a, time') === null
  );
}

/** True when the thread connector line continues below the avatar (the next row answers this post). */
export function hasConnectorBelow(post: Element, quotes = quoteCards(post)): boolean {
  const avatar = ownElements(post, 'avatar', quotes)[0];
  return (avatar?.parentElement?.children.length ?? 0) >= 2;
}

/** The part of the page a post's conversation lives in: the media viewer overlay, the main column, or the document. */
function conversationScope(post: Element): ParentNode {
  return post.closest(selectorList('layers')) ?? post.closest('main') ?? post.ownerDocument;
}

function statusIdOf(post: Element): string | undefined {
  return findPermalink(post)?.statusId;
}

function follows(a: Element, b: Element): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

interface ConversationPlace {
  role: PostRole;
  focalId?: string;
}

/** Page-level facts shared by every post of a batch: the focal post and the list headings. */
interface ScopeFacts {
  focal: Element | undefined;
  focalId: string | undefined;
  headings: Element[];
}

// Reading n posts must stay O(n): within a batch, the focal post and headings of
// a scope are looked up once. Outside a batch nothing is cached, so a lone read
// always sees the page as it is now.
let batchFacts: Map<ParentNode, ScopeFacts> | null = null;

/** Runs `work` with page-level lookups shared across the posts it reads. */
export function readBatch<T>(work: () => T): T {
  const outer = batchFacts;
  batchFacts = outer ?? new Map();
  try {
    return work();
  } finally {
    batchFacts = outer;
  }
}

// The focal post found by the last batch: reused while it stays on the page, so a
// long page does not search for it again at every frame.
let lastFocal: { id: string; el: Element } | undefined;

function scopeFacts(scope: ParentNode, page: PageInfo): ScopeFacts {
  const cached = batchFacts?.get(scope);
  if (cached) return cached;
  let focal: Element | undefined;
  const id = page.focalStatusId;
  if (id && lastFocal?.id === id && lastFocal.el.isConnected && (scope as Node).contains(lastFocal.el)) {
    focal = lastFocal.el;
  } else if (id) {
    // One native query instead of parsing every status link on the page.
    for (const link of Array.from(scope.querySelectorAll(`a[href*="/status/${id}"]`))) {
      if (parseStatusHref(link.getAttribute('href'))?.statusId !== id) continue;
      const owner = owningPost(link);
      if (owner && statusIdOf(owner) === id) {
        focal = owner;
        break;
      }
    }
  }
  if (id && focal) lastFocal = { id, el: focal };
  focal ??= queryAllX(scope, 'focalPost')[0];
  const facts: ScopeFacts = {
    focal,
    focalId: focal ? statusIdOf(focal) : page.focalStatusId,
    headings: queryAllX(scope, 'listHeading'),
  };
  batchFacts?.set(scope, facts);
  return facts;
}

function placeInConversation(post: Element, page: PageInfo): ConversationPlace {
  if (page.type !== 'status' && page.type !== 'media') return { role: 'timeline' };
  const { focal, focalId, headings } = scopeFacts(conversationScope(post), page);
  if (focal === post) return { role: 'focal', focalId };
  if (focal && follows(post, focal)) return { role: 'ancestor', focalId };
  const headingAbove = headings.some((heading) => follows(heading, post) && (!focal || follows(focal, heading)));
  return { role: headingAbove ? 'after-replies' : 'reply', focalId };
}

/** The post in the row just above, when that row is still rendered (rows are recycled off-screen). */
function previousPost(post: Element): Element | null {
  const cell = post.closest(selectorList('cell'));
  if (cell) {
    const prevCell = cell.previousElementSibling;
    return prevCell ? prevCell.querySelector(selectorList('post')) : null;
  }
  const posts = queryAllX(conversationScope(post), 'post');
  const index = posts.indexOf(post);
  return index > 0 ? (posts[index - 1] ?? null) : null;
}

/** Why a post element could not be read, for diagnostics ("X changed its page"). */
export interface PostShape {
  userName: boolean;
  time: boolean;
  permalink: boolean;
  text: boolean;
  media: boolean;
  quote: boolean;
  promoted: boolean;
}

/** Which required parts a post element has; used to tell skips from unreadable posts. */
export function describePostShape(post: Element): PostShape {
  const quotes = quoteCards(post);
  return {
    userName: ownElements(post, 'userName', quotes).length > 0,
    time: ownElements(post, 'time', quotes).length > 0,
    permalink: findPermalink(post, quotes) !== null,
    text: ownElements(post, 'postText', quotes).length > 0,
    media: readMedia(post, quotes).length > 0,
    quote: quotes.length > 0,
    promoted:
      post.parentElement?.closest(selectorList('placementTracking')) != null ||
      ownElements(post, 'placementTracking', quotes).length > 0,
  };
}

/** Reads a post element into a snapshot; never throws. */
export function readPost(post: Element, page: PageInfo): ReadResult {
  try {
    return readPostOrThrow(post, page);
  } catch (error) {
    return { ok: false, kind: 'unreadable', reason: `read failed: ${String(error).slice(0, 200)}` };
  }
}

function readPostOrThrow(post: Element, page: PageInfo): ReadResult {
  if (!post || post.nodeType !== 1 || !matchesX(post, 'post')) {
    return { ok: false, kind: 'unreadable', reason: 'not a post article' };
  }
  const quotes = quoteCards(post);
  const permalink = findPermalink(post, quotes);
  if (!permalink) {
    const shape = describePostShape(post);
    // Promoted posts carry no time; a normal video also sits in placementTracking,
    // so the wrapper alone (with a time) does not make a post an ad.
    if (shape.promoted && !shape.time) return { ok: false, kind: 'skip', reason: 'promoted post (no time)' };
    return { ok: false, kind: 'unreadable', reason: 'no permalink around the post time' };
  }
  const userName = ownElements(post, 'userName', quotes)[0];
  if (!userName) return { ok: false, kind: 'unreadable', reason: 'no User-Name block' };
  const author = readUserName(userName);
  if (!author) return { ok: false, kind: 'unreadable', reason: 'no @handle in User-Name' };
  if (author.handle.toLowerCase() !== permalink.handle.toLowerCase()) {
    return { ok: false, kind: 'unreadable', reason: 'author handle does not match the permalink' };
  }

  const textEl = ownElements(post, 'postText', quotes)[0] ?? null;
  const media = readMedia(post, quotes);
  if (!textEl && media.length === 0 && quotes.length === 0) {
    return { ok: false, kind: 'unreadable', reason: 'no text, media or quote' };
  }
  const textParts = readTextParts(textEl);
  const lang = textEl?.getAttribute('lang') ?? undefined;

  const postedAt = isoTime(permalink.time);
  const postedAtFromId = snowflakeTime(permalink.statusId);
  const timeMismatch =
    postedAt !== undefined &&
    postedAtFromId !== undefined &&
    Math.abs(Date.parse(postedAt) - Date.parse(postedAtFromId)) > TIME_MISMATCH_MS;

  const place = placeInConversation(post, page);
  const replyingTo = replyingToHandles(post, textEl);
  let inReplyToId: string | undefined;
  if (hasConnectorAbove(post, quotes)) {
    const previous = previousPost(post);
    inReplyToId = previous ? statusIdOf(previous) : undefined;
  } else if (place.role === 'reply' && place.focalId) {
    inReplyToId = place.focalId;
  }

  const socialContextEl = ownElements(post, 'socialContext', quotes)[0];
  const socialContext = socialContextEl ? clean(visibleText(socialContextEl)).replace(/\s+/g, ' ') : undefined;

  const snapshot: PostSnapshot = {
    site: 'x.com',
    statusId: permalink.statusId,
    url: `${SITE_ORIGIN}/${author.handle}/status/${permalink.statusId}`,
    pageUrl: page.url,
    pageType: page.type,
    author: {
      handle: author.handle,
      displayName: author.displayName,
      profileUrl: `${SITE_ORIGIN}/${author.handle}`,
      verified: author.verified,
    },
    ...textParts,
    media,
    timeMismatch,
    edited: permalink.edited,
    role: place.role,
  };
  if (lang) snapshot.lang = lang;
  if (postedAt) snapshot.postedAt = postedAt;
  if (postedAtFromId) snapshot.postedAtFromId = postedAtFromId;
  if (inReplyToId || replyingTo.length > 0) {
    snapshot.inReplyTo = inReplyToId ? { statusId: inReplyToId, handles: replyingTo } : { handles: replyingTo };
  }
  const quoteCard = quotes[0];
  if (quoteCard) snapshot.quoted = readQuoted(quoteCard);
  if (socialContext) snapshot.socialContext = socialContext;
  return { ok: true, snapshot };
}
