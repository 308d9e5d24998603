// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
/**
 * PageController on the demo status page, with fake ports. Everything asserted
 * is what the user sees: the marks on X's posts, the badges in their shadow
 * roots, the summary chip, and what is sent to the background.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Label } from '../../storage/schema';
import type { PageController } from '../../entrypoints/social.content/controller';
import { findHiddenRepliesButtons, xAdapter } from '../../entrypoints/social.content/sites/x/index';
import { DEMO_CONVERSATION, DEMO_URL, demoHtml, statusId } from '../fixtures/demo/index';
import { snowflakeFromDate } from '../fixtures/demo/conversation';
import { FIXTURE_URLS, loadFixture } from '../fixtures/x/fixtures';
import {
  articleFor,
  badgeHosts,
  badgeRoot,
  cellOf,
  expectedLabels,
  fakePorts,
  loadPage,
  navigateBody,
  postArticles,
  settle,
  startController,
  summaryPart,
  verdictFor,
  type FakePorts,
  statusReported,
} from './controller-helpers';

// jsdom is slow on a page this size (every run parses and annotates ~60 posts).
const SLOW = 60_000;

const spec = DEMO_CONVERSATION;
const FOCAL_ID = statusId(spec.focal);
const REPLY_IDS = spec.replies.map(statusId);
const DISCOVER_IDS = (spec.discoverMore ?? []).map(statusId);
const HIDDEN_IDS = (spec.hiddenReplies ?? []).map(statusId);
/** Every post with a permalink on the page as loaded (the ad has none). */
const PAGE_IDS = [FOCAL_ID, ...REPLY_IDS, ...DISCOVER_IDS];
const labels = expectedLabels(spec);
const labelOf = (id: string): Label => labels.get(id) ?? 'neutral';
const idsWith = (l: Label) => PAGE_IDS.filter((id) => labelOf(id) === l);
const countOf = (ids: string[], l: Label) => ids.filter((id) => labelOf(id) === l).length;
const chipCounts = (ids: string[]) =>
  `summaryHostile:${countOf(ids, 'hostile')} · summarySupportive:${countOf(ids, 'supportive')} · summaryDoxxing:${countOf(ids, 'doxxing')}`;

const HOSTILE = idsWith('hostile')[0]!;
const HOSTILE_2 = idsWith('hostile')[1]!;
const DOXXING = idsWith('doxxing')[0]!;
const SUPPORTIVE = idsWith('supportive')[0]!;
const NEUTRAL_REPLY = REPLY_IDS.find((id) => labelOf(id) === 'neutral')!;

/** Markup of each post's article as X rendered it, before Témoin touched the page. */
const pristine = new Map<string, string>();

let ports: FakePorts;
let controller: PageController | undefined;

function ad(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-testid="placementTracking"] article[data-testid="tweet"]')!;
}

function textOf(post: Element): Element {
  return post.querySelector('[data-testid="tweetText"]')!;
}

function blurredIds(): string[] {
  return [...document.querySelectorAll('[data-temoin-blurred="true"]')].map((el) => el.getAttribute('data-temoin-id')!);
}

async function start(settings?: Parameters<typeof startController>[1]): Promise<PageController> {
  controller = startController(ports, settings);
  await settle(ports);
  return controller;
}

function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}

beforeEach(() => {
  loadPage(demoHtml(), DEMO_URL);
  if (pristine.size === 0) for (const id of [...PAGE_IDS]) pristine.set(id, articleFor(id).outerHTML);
  ports = fakePorts(labels);
});

afterEach(() => {
  controller?.stop();
  controller = undefined;
});

describe('first pass on the demo page', () => {
  it('labels every post with a permalink once, skips the ad, counts them in the chip', async () => {
    await start();
    for (const id of PAGE_IDS) {
      const post = articleFor(id);
      expect(post.getAttribute('data-temoin-id')).toBe(id);
      expect(post.getAttribute('data-temoin-label')).toBe(labelOf(id));
      expect(badgeHosts(post).map((h) => h.getAttribute('data-temoin-for'))).toEqual([id]);
    }
    expect(badgeHosts()).toHaveLength(PAGE_IDS.length);
    expect(ad().hasAttribute('data-temoin-id')).toBe(false);
    expect(badgeHosts(ad())).toEqual([]);
    expect(summaryPart('counts')).toBe(chipCounts(PAGE_IDS));
    expect(summaryPart('counts')).toBe('summaryHostile:16 · summarySupportive:21 · summaryDoxxing:4');
    expect(summaryPart('unreadable')).toBeNull();
    expect(ports.classified().sort()).toEqual([...PAGE_IDS].sort());
    await statusReported();
    expect(ports.statuses.at(-1)).toEqual({ pageUrl: DEMO_URL, read: PAGE_IDS.length, unreadable: 0, skipped: 1, reasons: [] });
    // The badge shows the label as the selected option of the correction control.
    const select = badgeRoot(articleFor(HOSTILE)).querySelector<HTMLSelectElement>('select[data-temoin-action="correct"]')!;
    expect(select.value).toBe('hostile');
  }, SLOW);

  it('says why a reply without words of its own is hostile: it agrees with the reply it answers', async () => {
    const echo = DEMO_CONVERSATION.replies.find((r) => r.replyTo === 'collabo')!;
    const real = ports.classify;
    ports.classify = async (posts, parents) =>
      (await real(posts, parents)).map((v) =>
        v.statusId === statusId(echo)
          ? {
              ...v,
              classification: {
                ...v.classification,
                subLabels: ['insult'],
                reasons: [{ start: 0, end: echo.text.length, text: echo.text, label: 'hostile', rule: 'context:echoes_hostile_parent', subLabel: 'insult' }],
              },
            }
          : v,
      );
    await start();
    expect(badgeRoot(articleFor(statusId(echo))).querySelector('.reason')!.textContent).toBe('reasonInsult · reasonEchoesHostile');
    // A reply read for its own words says only what they are.
    expect(badgeRoot(articleFor(HOSTILE)).querySelector('.reason')!.textContent).toBe('');
  }, SLOW);
});

describe('blur', () => {
  it('blurs hostile and doxxing text, highlights supportive posts', async () => {
    await start();
    expect(blurredIds().sort()).toEqual([...idsWith('hostile'), ...idsWith('doxxing')].sort());
    for (const id of [HOSTILE, DOXXING]) expect(textOf(articleFor(id)).hasAttribute('data-temoin-content')).toBe(true);
    // The author row must stay readable: it is never a blurred part.
    expect(articleFor(HOSTILE).querySelector('[data-testid="User-Name"]')!.hasAttribute('data-temoin-content')).toBe(false);
    expect(articleFor(SUPPORTIVE).getAttribute('data-temoin-highlight')).toBe('true');
    expect(articleFor(NEUTRAL_REPLY).hasAttribute('data-temoin-highlight')).toBe(false);
    expect(document.querySelector('style[data-temoin-style]')!.textContent).toContain('[data-temoin-blurred="true"] [data-temoin-content]');
  }, SLOW);

  it('reveal unblurs that post only, and "hide" blurs it again', async () => {
    await start();
    click(badgeRoot(articleFor(HOSTILE)).querySelector('button[data-temoin-action="reveal"]'));
    await settle(ports);
    expect(articleFor(HOSTILE).hasAttribute('data-temoin-blurred')).toBe(false);
    expect(articleFor(HOSTILE_2).getAttribute('data-temoin-blurred')).toBe('true');
    expect(blurredIds()).toHaveLength(idsWith('hostile').length + idsWith('doxxing').length - 1);
    const hide = badgeRoot(articleFor(HOSTILE)).querySelector('button[data-temoin-action="hide"]');
    expect(hide).not.toBeNull();
    click(hide);
    await settle(ports);
    expect(articleFor(HOSTILE).getAttribute('data-temoin-blurred')).toBe('true');
  }, SLOW);

  it('applySettings: off removes every blur, all-non-supportive blurs neutral posts too', async () => {
    const c = await start();
    c.applySettings({ blurMode: 'off', highlightSupportive: true });
    await settle(ports);
    expect(blurredIds()).toEqual([]);
    expect(badgeRoot(articleFor(HOSTILE)).querySelector('button[data-temoin-action="reveal"]')).toBeNull();

    c.applySettings({ blurMode: 'all-non-supportive', highlightSupportive: false });
    await settle(ports);
    expect(blurredIds().sort()).toEqual(PAGE_IDS.filter((id) => labelOf(id) !== 'supportive').sort());
    expect(articleFor(NEUTRAL_REPLY).getAttribute('data-temoin-blurred')).toBe('true');
    expect(textOf(articleFor(NEUTRAL_REPLY)).hasAttribute('data-temoin-content')).toBe(true);
    expect(document.querySelectorAll('[data-temoin-highlight]')).toHaveLength(0);
    // Settings never cause a new classification.
    expect(ports.classified()).toHaveLength(PAGE_IDS.length);
  }, SLOW);
});

describe('X recycling rows', () => {
  it('a row removed and re-added keeps its label and one badge, without a new classification', async () => {
    await start();
    const calls = ports.classifyCalls.length;
    const cell = cellOf(articleFor(HOSTILE));
    const parent = cell.parentNode!;
    const next = cell.nextSibling;
    cell.remove();
    await settle(ports);
    parent.insertBefore(cell, next);
    await settle(ports);
    const post = articleFor(HOSTILE);
    expect(post.getAttribute('data-temoin-label')).toBe('hostile');
    expect(post.getAttribute('data-temoin-blurred')).toBe('true');
    expect(badgeHosts(post)).toHaveLength(1);
    expect(ports.classifyCalls).toHaveLength(calls);
  }, SLOW);

  it('a fresh article with the same markup (React re-render) gets its badge back, without a new classification', async () => {
    await start();
    const calls = ports.classifyCalls.length;
    const old = articleFor(HOSTILE);
    const tpl = document.createElement('template');
    tpl.innerHTML = pristine.get(HOSTILE)!;
    old.replaceWith(tpl.content);
    await settle(ports);
    const post = articleFor(HOSTILE);
    expect(post).not.toBe(old);
    expect(post.getAttribute('data-temoin-id')).toBe(HOSTILE);
    expect(post.getAttribute('data-temoin-label')).toBe('hostile');
    expect(post.getAttribute('data-temoin-blurred')).toBe('true');
    expect(textOf(post).hasAttribute('data-temoin-content')).toBe(true);
    expect(badgeHosts(post)).toHaveLength(1);
    expect(ports.classifyCalls).toHaveLength(calls);
  }, SLOW);

  it("the article's children replaced in place (our badge dropped) get the badge and blur back", async () => {
    await start();
    const calls = ports.classifyCalls.length;
    const post = articleFor(HOSTILE);
    const tpl = document.createElement('template');
    tpl.innerHTML = pristine.get(HOSTILE)!;
    post.replaceChildren(...(tpl.content.firstElementChild as Element).childNodes);
    await settle(ports);
    expect(articleFor(HOSTILE)).toBe(post);
    expect(post.getAttribute('data-temoin-label')).toBe('hostile');
    expect(textOf(post).hasAttribute('data-temoin-content')).toBe(true);
    expect(badgeHosts(post).map((h) => h.getAttribute('data-temoin-for'))).toEqual([HOSTILE]);
    expect(ports.classifyCalls).toHaveLength(calls);
  }, SLOW);

  it('a node reused for another post shows the other post (contents swapped)', async () => {
    await start();
    const calls = ports.classifyCalls.length;
    const post = articleFor(HOSTILE);
    const cell = cellOf(articleFor(SUPPORTIVE));
    // X moves the other post into this node; its old row goes away.
    cell.remove();
    const tpl = document.createElement('template');
    tpl.innerHTML = pristine.get(SUPPORTIVE)!;
    post.replaceChildren(...(tpl.content.firstElementChild as Element).childNodes);
    await settle(ports);
    expect(post.getAttribute('data-temoin-id')).toBe(SUPPORTIVE);
    expect(post.getAttribute('data-temoin-label')).toBe('supportive');
    expect(post.hasAttribute('data-temoin-blurred')).toBe(false);
    expect(post.getAttribute('data-temoin-highlight')).toBe('true');
    expect(badgeHosts(post).map((h) => h.getAttribute('data-temoin-for'))).toEqual([SUPPORTIVE]);
    expect(ports.classifyCalls).toHaveLength(calls);
  }, SLOW);

  it('a node reused for a new post by the same author (only the time link changed) shows the new post', async () => {
    const datetime = '2026-11-24T10:00:00.000Z';
    const newId = snowflakeFromDate(datetime, 77);
    labels.set(newId, 'supportive');
    try {
      await start();
      const calls = ports.classifyCalls.length;
      const post = articleFor(HOSTILE);
      const link = post.querySelector<HTMLAnchorElement>(`a[href$="/status/${HOSTILE}"]`)!;
      // React patches attributes in place: no node is added or removed.
      link.setAttribute('href', link.getAttribute('href')!.replace(HOSTILE, newId));
      link.querySelector('time')!.setAttribute('datetime', datetime);
      await settle(ports);
      expect(post.getAttribute('data-temoin-id')).toBe(newId);
      expect(post.getAttribute('data-temoin-label')).toBe('supportive');
      expect(post.hasAttribute('data-temoin-blurred')).toBe(false);
      expect(badgeHosts(post).map((h) => h.getAttribute('data-temoin-for'))).toEqual([newId]);
      expect(ports.classifyCalls.slice(calls)).toEqual([[newId]]);
    } finally {
      labels.delete(newId);
    }
  }, SLOW);

  it('a badge removed by hand comes back', async () => {
    await start();
    const post = articleFor(DOXXING);
    badgeHosts(post)[0]!.remove();
    await settle(ports);
    expect(badgeHosts(post).map((h) => h.getAttribute('data-temoin-for'))).toEqual([DOXXING]);
    expect(badgeRoot(post).querySelector('select')!.value).toBe('doxxing');
  }, SLOW);
});

describe('single-page navigation', () => {
  const SEARCH = 'x-search.html';
  const searchDoc = loadFixture(SEARCH);
  const searchPage = xAdapter.detectPage(FIXTURE_URLS[SEARCH]!);
  const searchResults = xAdapter.findPosts(searchDoc).map((p) => xAdapter.readPost(p, searchPage));
  const searchIds = searchResults.flatMap((r) => (r.ok ? [r.snapshot.statusId] : []));
  const searchLabels: Label[] = ['hostile', 'supportive', 'doxxing', 'neutral'];

  it('the chip counts only the new page, badges are not duplicated, known posts are not re-sent', async () => {
    searchIds.forEach((id, i) => labels.set(id, searchLabels[i % searchLabels.length]!));
    try {
      const c = await start();
      const calls = ports.classifyCalls.length;

      navigateBody(searchDoc.documentElement.outerHTML, FIXTURE_URLS[SEARCH]!);
      c.onNavigate(window.location.href);
      await settle(ports);
      expect(summaryPart('counts')).toBe(chipCounts(searchIds));
      expect(ports.classifyCalls.slice(calls).flat().sort()).toEqual([...searchIds].sort());
      expect(badgeHosts().map((h) => h.getAttribute('data-temoin-for')).sort()).toEqual([...searchIds].sort());
      expect(document.querySelectorAll('[data-temoin-summary]')).toHaveLength(1);
      await statusReported();
      const searchStatus = ports.statuses.at(-1)!;
      expect(searchStatus.pageUrl).toBe(FIXTURE_URLS[SEARCH]);
      expect(searchStatus.read).toBe(searchIds.length);

      // Back to the conversation: everything is known, nothing is sent again.
      const sent = ports.classifyCalls.length;
      navigateBody(demoHtml(), DEMO_URL);
      c.onNavigate(window.location.href);
      await settle(ports);
      expect(ports.classifyCalls).toHaveLength(sent);
      expect(summaryPart('counts')).toBe(chipCounts(PAGE_IDS));
      expect(badgeHosts()).toHaveLength(PAGE_IDS.length);
      for (const id of PAGE_IDS) expect(badgeHosts(articleFor(id))).toHaveLength(1);
      await statusReported();
      expect(ports.statuses.at(-1)).toEqual({ pageUrl: DEMO_URL, read: PAGE_IDS.length, unreadable: 0, skipped: 1, reasons: [] });
    } finally {
      for (const id of searchIds) labels.delete(id);
    }
  }, SLOW);
});

describe('teardown', () => {
  const TRACES =
    '[data-temoin-badge],[data-temoin-summary],[data-temoin-style],[data-temoin-id],[data-temoin-label],[data-temoin-content],[data-temoin-blurred],[data-temoin-highlight],[data-temoin-kept]';

  it('stop() removes every trace, and later changes are not processed', async () => {
    const c = await start();
    expect(document.querySelectorAll(TRACES).length).toBeGreaterThan(0);
    c.stop();
    controller = undefined;
    expect([...document.querySelectorAll(TRACES)]).toEqual([]);
    const calls = ports.classifyCalls.length;
    const statuses = ports.statuses.length;
    const tpl = document.querySelector<HTMLTemplateElement>('template#demo-hidden-replies')!;
    document.querySelector('[data-testid="cellInnerDiv"]')!.after(tpl.content.cloneNode(true));
    articleFor(HOSTILE).remove();
    await settle(ports);
    expect(ports.classifyCalls).toHaveLength(calls);
    expect(ports.statuses).toHaveLength(statuses);
    expect([...document.querySelectorAll(TRACES)]).toEqual([]);
  }, SLOW);

  it('stop() while a batch is being classified leaves no trace when the verdicts come back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    ports.classify = (posts) => {
      ports.classifyCalls.push(posts.map((p) => p.statusId));
      return gate.then(() => posts.map((p) => verdictFor(p.statusId, labelOf(p.statusId))));
    };
    controller = startController(ports);
    // Time slicing may send the first posts before this one is read: wait until it is pending.
    await vi.waitFor(() => expect(ports.classifyCalls.flat()).toContain(HOSTILE), { timeout: 20_000 });
    expect(articleFor(HOSTILE).getAttribute('data-temoin-id')).toBe(HOSTILE);
    controller.stop();
    controller = undefined;
    release();
    await gate;
    await settle(ports);
    expect([...document.querySelectorAll(TRACES)]).toEqual([]);
  }, SLOW);
});

describe('unreadable posts', () => {
  it('are counted in the chip and reported; the ad is skipped, not unreadable', async () => {
    for (const id of [HOSTILE, SUPPORTIVE]) articleFor(id).querySelector('[data-testid="User-Name"]')!.remove();
    await start();
    expect(summaryPart('unreadable')).toBe('statusUnreadable:2');
    await statusReported();
    const last = ports.statuses.at(-1)!;
    expect(last).toMatchObject({ pageUrl: DEMO_URL, read: PAGE_IDS.length - 2, unreadable: 2, skipped: 1 });
    expect(last.reasons.length).toBeGreaterThan(0);
    expect(summaryPart('counts')).toBe(chipCounts(PAGE_IDS.filter((id) => id !== HOSTILE && id !== SUPPORTIVE)));
    const broken = postArticles().filter((a) => !a.querySelector('[data-testid="User-Name"]'));
    expect(broken).toHaveLength(2);
    for (const post of broken) {
      expect(post.hasAttribute('data-temoin-id')).toBe(false);
      expect(badgeHosts(post)).toEqual([]);
    }
  }, SLOW);

  it('an unreadable post re-rendered is not counted twice', async () => {
    const post = articleFor(HOSTILE);
    post.querySelector('[data-testid="User-Name"]')!.remove();
    await start();
    post.append(document.createElement('div'));
    await settle(ports);
    expect(summaryPart('unreadable')).toBe('statusUnreadable:1');
    expect(ports.statuses.at(-1)).toMatchObject({ unreadable: 1, skipped: 1 });
  }, SLOW);
});

describe('corrections and keeping', () => {
  it('choosing another label calls setUserLabel and shows it before the background answers', async () => {
    let answer!: () => void;
    ports.setUserLabel = (id, label) => {
      ports.setUserLabelCalls.push([id, label]);
      return new Promise<void>((r) => (answer = r));
    };
    await start();
    const select = badgeRoot(articleFor(HOSTILE)).querySelector<HTMLSelectElement>('select[data-temoin-action="correct"]')!;
    select.value = 'supportive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(ports.setUserLabelCalls).toEqual([[HOSTILE, 'supportive']]);
    await new Promise((r) => setTimeout(r, 0));
    const post = articleFor(HOSTILE);
    expect(post.getAttribute('data-temoin-label')).toBe('supportive');
    expect(post.hasAttribute('data-temoin-blurred')).toBe(false);
    expect(post.getAttribute('data-temoin-highlight')).toBe('true');
    const after = badgeRoot(post).querySelector<HTMLSelectElement>('select[data-temoin-action="correct"]')!;
    expect(after.value).toBe('supportive');
    expect(after.selectedOptions[0]!.textContent).toContain('✎');
    expect(summaryPart('counts')).toBe(
      `summaryHostile:${countOf(PAGE_IDS, 'hostile') - 1} · summarySupportive:${countOf(PAGE_IDS, 'supportive') + 1} · summaryDoxxing:${countOf(PAGE_IDS, 'doxxing')}`,
    );
    answer();
    await settle(ports);
    expect(ports.classified()).toHaveLength(PAGE_IDS.length);
  }, SLOW);

  it('a failed correction is shown in the chip', async () => {
    ports.setUserLabel = async (id, label) => {
      ports.setUserLabelCalls.push([id, label]);
      throw new Error('storage full');
    };
    await start();
    const select = badgeRoot(articleFor(NEUTRAL_REPLY)).querySelector<HTMLSelectElement>('select')!;
    select.value = 'hostile';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(ports);
    expect(summaryPart('error')).toBe('correctFailed');
  }, SLOW);

  it('a background that fails to classify is shown in the chip, and posts stay unlabelled rather than wrong', async () => {
    ports.classify = async (posts) => {
      ports.classifyCalls.push(posts.map((p) => p.statusId));
      throw new Error('no answer from the background in 15 s');
    };
    controller = startController(ports);
    await vi.waitFor(() => expect(summaryPart('error')).toBe('statusBackgroundError'), { timeout: 20_000 });
    expect(document.querySelectorAll('[data-temoin-label]')).toHaveLength(0);
  }, SLOW);

  it('after a failed classification it asks again, labels the posts and clears the error', async () => {
    const real = ports.classify;
    let failures = 1;
    ports.classify = async (posts, parents) => {
      if (failures-- > 0) {
        ports.classifyCalls.push(posts.map((p) => p.statusId));
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return real(posts, parents);
    };
    controller = startController(ports);
    await vi.waitFor(() => expect(summaryPart('error')).toBe('statusBackgroundError'), { timeout: 20_000 });
    await vi.waitFor(() => expect(document.querySelectorAll('article[data-temoin-label]')).toHaveLength(PAGE_IDS.length), { timeout: 30_000 });
    expect(summaryPart('error')).toBeNull();
  }, SLOW);

  it('keep sends the post as on screen, then marks it kept', async () => {
    await start();
    click(badgeRoot(articleFor(DOXXING)).querySelector('button[data-temoin-action="keep"]'));
    await settle(ports);
    expect(ports.keepCalls).toHaveLength(1);
    expect(ports.keepCalls[0]!.method).toBe('button');
    expect(ports.keepCalls[0]!.snapshot.statusId).toBe(DOXXING);
    expect(ports.keepCalls[0]!.snapshot.text).toBe(spec.replies.find((r) => statusId(r) === DOXXING)!.text);
    const post = articleFor(DOXXING);
    expect(post.getAttribute('data-temoin-kept')).toBe('true');
    const keep = badgeRoot(post).querySelector('button[data-temoin-action="keep"]')!;
    expect(keep.textContent).toBe('actionKept');
    expect(keep.getAttribute('aria-pressed')).toBe('true');
  }, SLOW);

  it('a failed keep leaves the post unkept and offers a retry', async () => {
    ports.keepImpl = () => Promise.reject(new Error('quota exceeded'));
    await start();
    click(badgeRoot(articleFor(HOSTILE)).querySelector('button[data-temoin-action="keep"]'));
    await settle(ports);
    const post = articleFor(HOSTILE);
    expect(post.hasAttribute('data-temoin-kept')).toBe(false);
    const keep = badgeRoot(post).querySelector('button[data-temoin-action="keep"]')!;
    expect(keep.textContent).toBe('actionKeepRetry');
    expect(keep.getAttribute('title')).toBe('quota exceeded');
    expect(keep.hasAttribute('disabled')).toBe(false);
  }, SLOW);

  it('keepFocused keeps the focused post with the keyboard method, and reports when none is focused', async () => {
    const c = await start();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await c.keepFocused()).toBe(false);
    articleFor(HOSTILE_2).focus();
    expect(await c.keepFocused()).toBe(true);
    await settle(ports);
    expect(ports.keepCalls.map((k) => [k.snapshot.statusId, k.method])).toEqual([[HOSTILE_2, 'keyboard']]);
    expect(articleFor(HOSTILE_2).getAttribute('data-temoin-kept')).toBe('true');
  }, SLOW);
});

describe('hidden replies', () => {
  it('replies loaded by "Show additional replies" get labels', async () => {
    await start();
    const calls = ports.classifyCalls.length;
    const button = document.querySelector<HTMLButtonElement>('article:not([data-testid="tweet"]) button')!;
    expect(findHiddenRepliesButtons(document)).toEqual([button]);
    // The page's own script is stripped (see loadPage): do what X does on click.
    click(button);
    const row = cellOf(button);
    const tpl = document.querySelector<HTMLTemplateElement>('template#demo-hidden-replies')!;
    row.replaceWith(tpl.content.cloneNode(true));
    await settle(ports);
    for (const id of HIDDEN_IDS) {
      const post = articleFor(id);
      expect(post.getAttribute('data-temoin-label')).toBe(labelOf(id));
      expect(post.getAttribute('data-temoin-blurred')).toBe('true');
      expect(badgeHosts(post)).toHaveLength(1);
    }
    expect(ports.classifyCalls.slice(calls).flat().sort()).toEqual([...HIDDEN_IDS].sort());
    expect(summaryPart('counts')).toBe(chipCounts([...PAGE_IDS, ...HIDDEN_IDS]));
  }, SLOW);

  it('replies read after the post they answer are sent with it, so "this 💯" can be read as its parent', async () => {
    await start();
    // A parent travels with a batch only when it is not in it, and only once the page has read it.
    ports.classifyParents.forEach((parents, i) => {
      for (const id of parents) {
        expect(ports.classifyCalls[i]).not.toContain(id);
        expect(ports.classifyCalls.slice(0, i).flat()).toContain(id);
      }
    });
    const calls = ports.classifyCalls.length;
    click(document.querySelector<HTMLButtonElement>('article:not([data-testid="tweet"]) button')!);
    const row = cellOf(document.querySelector<HTMLButtonElement>('article:not([data-testid="tweet"]) button')!);
    row.replaceWith(document.querySelector<HTMLTemplateElement>('template#demo-hidden-replies')!.content.cloneNode(true));
    await settle(ports);
    // The late replies answer the focal post, read a moment ago: it travels with each of their batches, once.
    const later = ports.classifyParents.slice(calls);
    expect(later.length).toBeGreaterThan(0);
    for (const parents of later) expect(parents).toEqual([FOCAL_ID]);
  }, SLOW);
});
