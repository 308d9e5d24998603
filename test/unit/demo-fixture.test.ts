// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  generateLongConversation,
  renderConversationPage,
  renderReplyCells,
  snowflakeFromDate,
  snowflakeToMs,
  statusId,
} from '../fixtures/demo/conversation';
import { DEMO_CONVERSATION, DEMO_HIDDEN_REPLIES, DEMO_REPLIES } from '../fixtures/demo/demo-conversation';
import { DEMO_FOCAL_ID, DEMO_URL } from '../fixtures/demo/build';

const html = renderConversationPage(DEMO_CONVERSATION);
const doc = new DOMParser().parseFromString(html, 'text/html');
const tweets = [...doc.querySelectorAll('article[data-testid="tweet"]')];
const isAd = (a: Element) => a.closest('[data-testid="placementTracking"]') !== null;

/** The post's own permalink time (not a quote's). */
function ownTimeLinks(a: Element): Element[] {
  return [...a.querySelectorAll('a[href*="/status/"] > time')].filter((t) => !t.closest('div[role="link"]'));
}

describe('demo conversation fixture', () => {
  it('renders focal + replies + ad + discover-more as tweet articles', () => {
    const discover = DEMO_CONVERSATION.discoverMore!.length;
    expect(tweets.length).toBe(1 + DEMO_REPLIES.length + 1 + discover);
    expect(doc.querySelectorAll('main[role="main"] [data-testid="cellInnerDiv"] article').length).toBe(tweets.length + 1);
    expect(doc.querySelectorAll('article[data-testid="tweet"][tabindex="-1"]').length).toBe(1);
    expect(tweets[0]!.getAttribute('tabindex')).toBe('-1');
    expect(tweets.slice(1).every((a) => a.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('gives every non-ad post exactly one own permalink time, with a snowflake matching it', () => {
    for (const a of tweets.filter((t) => !isAd(t))) {
      const times = ownTimeLinks(a);
      expect(times.length).toBe(1);
      const time = times[0]!;
      const link = time.parentElement as HTMLAnchorElement;
      const m = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d+)$/.exec(link.getAttribute('href')!);
      expect(m).not.toBeNull();
      const dt = time.getAttribute('datetime')!;
      expect(snowflakeToMs(m![2]!)).toBe(Date.parse(dt));
      // author cross-checks: avatar container suffix and User-Name links
      const handle = m![1];
      expect(a.querySelector(`[data-testid="UserAvatar-Container-${handle}"]`)).not.toBeNull();
      const nameLinks = [...a.querySelectorAll('[data-testid="User-Name"] a[href]')].filter((l) => !l.closest('div[role="link"]'));
      // the focal post shows its time in a row under the text, not in User-Name
      const expected = a.getAttribute('tabindex') === '-1' ? [`/${handle}`, `/${handle}`] : [`/${handle}`, `/${handle}`, link.getAttribute('href')];
      expect(nameLinks.map((l) => l.getAttribute('href'))).toEqual(expected);
      expect(nameLinks[1]!.textContent).toBe(`@${handle}`);
      expect(a.querySelector('[role="group"] [data-testid="reply"]')).not.toBeNull();
      expect(a.querySelector('[role="group"] [data-testid="retweet"]')).not.toBeNull();
      expect(a.querySelector('[role="group"] [data-testid="like"]')).not.toBeNull();
      expect(a.querySelector('[role="group"] [data-testid="bookmark"]')).not.toBeNull();
    }
  });

  it('has unique status ids and a focal id matching DEMO_URL', () => {
    const ids = tweets.filter((t) => !isAd(t)).map((a) => ownTimeLinks(a)[0]!.parentElement!.getAttribute('href')!.split('/')[3]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(DEMO_FOCAL_ID);
    expect(DEMO_URL).toBe(`https://x.com/camille_moreau_elue/status/${DEMO_FOCAL_ID}`);
    expect(snowflakeToMs(DEMO_FOCAL_ID)).toBe(Date.parse('2026-11-20T18:42:00.000Z'));
  });

  it('marks the ad: placementTracking ancestor, no time, an ad label', () => {
    const ads = tweets.filter(isAd);
    expect(ads.length).toBe(1);
    const ad = ads[0]!;
    expect(ad.querySelector('time')).toBeNull();
    expect(ad.textContent).toContain('Sponsorisé');
    // between reply 10 and reply 11
    const idx = tweets.indexOf(ad);
    expect(idx).toBe(1 + DEMO_CONVERSATION.ad!.adAfter);
  });

  it('renders the hidden-replies row as an article without data-testid, with a button', () => {
    const rows = [...doc.querySelectorAll('article:not([data-testid="tweet"])')];
    expect(rows.length).toBe(1);
    expect(rows[0]!.closest('[data-testid="cellInnerDiv"]')).not.toBeNull();
    expect(rows[0]!.querySelector('button, [role="button"]')?.textContent).toBe('Afficher');
    // hidden replies are in a template, not in the document yet
    const tpl = doc.getElementById('demo-hidden-replies') as HTMLTemplateElement;
    expect(tpl.content.querySelectorAll('article[data-testid="tweet"]').length).toBe(DEMO_HIDDEN_REPLIES.length);
  });

  it('puts the Discover-more heading after the replies', () => {
    const h2 = [...doc.querySelectorAll('h2[role="heading"]')].find((h) => h.closest('[data-testid="cellInnerDiv"]'));
    expect(h2?.textContent).toBe('Découvrir plus');
    const cell = h2!.closest('[data-testid="cellInnerDiv"]')!;
    const after = [...doc.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const pos = after.indexOf(cell);
    expect(after.slice(pos + 1).length).toBe(DEMO_CONVERSATION.discoverMore!.length);
  });

  it('draws thread lines for the A → B → A chain, and for a reply to a reply, like the real captures', () => {
    const articleOf = (key: string) => {
      const r = DEMO_REPLIES.find((x) => x.key === key)!;
      return tweets.find((a) => a.querySelector(`a[href="/${r.author.handle}/status/${statusId(r)}"]`))!;
    };
    const lineAbove = (a: Element) => a.firstElementChild!.firstElementChild!.firstElementChild!.firstElementChild!.children.length === 2;
    const lineBelow = (a: Element) => a.querySelector('[data-testid="Tweet-User-Avatar"]')!.parentElement!.children.length === 2;
    const chain = ['chainA1', 'chainB1', 'chainA2'].map(articleOf);
    expect(chain.map(lineAbove)).toEqual([false, true, true]);
    expect(chain.map(lineBelow)).toEqual([true, true, false]);
    // "exactement 💯💯" answers "Collabo. On n'oubliera pas." just above it (1.22).
    const echo = DEMO_REPLIES.find((r) => r.replyTo === 'collabo')!;
    const pair = [articleOf('collabo'), tweets.find((a) => a.querySelector(`a[href="/${echo.author.handle}/status/${statusId(echo)}"]`))!];
    expect(pair.map(lineAbove)).toEqual([false, true]);
    expect(pair.map(lineBelow)).toEqual([true, false]);
    const arts = [...chain, ...pair];
    // other replies have no line
    const others = tweets.filter((a) => !arts.includes(a));
    expect(others.some(lineAbove)).toBe(false);
    expect(others.some(lineBelow)).toBe(false);
  });

  it('renders emoji as images, hashtags, mentions, t.co links and quotes like X', () => {
    // (jsdom's selector engine does not match emoji in attribute values: filter by hand)
    const emoji = [...doc.querySelectorAll('[data-testid="tweetText"] img')].find((i) => i.getAttribute('alt') === '💪');
    expect(emoji?.getAttribute('draggable')).toBe('false');
    expect(emoji?.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect([...doc.querySelectorAll('[data-testid="User-Name"] img')].some((i) => i.getAttribute('alt') === '🇫🇷')).toBe(true);
    expect(doc.querySelector('a[href^="/hashtag/JeSoutiensCamille"]')).not.toBeNull();
    expect(doc.querySelector('a[href^="/hashtag/IStandWithCamille"]')).not.toBeNull();
    expect(doc.querySelector('[data-testid="tweetText"] a[href="/camille_moreau_elue"]')?.textContent).toBe('@camille_moreau_elue');
    expect(doc.querySelector('[data-testid="tweetText"] a[href^="https://t.co/"]')).not.toBeNull();
    expect(doc.querySelectorAll('[data-testid="icon-verified"]').length).toBeGreaterThanOrEqual(3);
    const quotes = [...doc.querySelectorAll('article[data-testid="tweet"] div[role="link"]')].filter((q) => q.querySelector('[data-testid="User-Name"]'));
    expect(quotes.length).toBe(1);
    const quote = quotes[0]!;
    expect(quote.querySelector('a')).toBeNull();
    expect(quote.querySelector('time')).not.toBeNull();
    expect(quote.querySelector('[data-testid="tweetText"]')).not.toBeNull();
    const rtl = [...doc.querySelectorAll('[data-testid="User-Name"]')].find((n) => /\p{Script=Arabic}/u.test(n.textContent ?? ''));
    expect(rtl).toBeDefined();
    // line breaks stay verbatim in the text
    expect([...doc.querySelectorAll('[data-testid="tweetText"]')].some((t) => (t.textContent ?? '').includes('\nTu n'))).toBe(true);
  });

  it('has at least 45 replies with every label represented, fr and en', () => {
    expect(DEMO_REPLIES.length).toBeGreaterThanOrEqual(45);
    const all = [...DEMO_REPLIES, ...DEMO_HIDDEN_REPLIES];
    for (const label of ['hostile', 'supportive', 'doxxing', 'neutral'] as const) {
      expect(all.filter((r) => r.expected === label).length).toBeGreaterThan(0);
    }
    expect(all.filter((r) => r.expected === 'doxxing').length).toBe(4);
    expect(all.some((r) => r.lang === 'en')).toBe(true);
    expect(all.some((r) => r.lang === 'fr')).toBe(true);
    // one raid author with 3 hostile replies
    const byAuthor = new Map<string, number>();
    for (const r of all.filter((r) => r.expected === 'hostile')) byAuthor.set(r.author.handle, (byAuthor.get(r.author.handle) ?? 0) + 1);
    expect(Math.max(...byAuthor.values())).toBe(3);
  });

  it('shows the hidden replies after clicking Show (inline script, ~150 ms)', async () => {
    // jsdom ships without type declarations here: import it untyped.
    const jsdomModule = 'jsdom';
    const { JSDOM } = (await import(/* @vite-ignore */ jsdomModule)) as {
      JSDOM: new (html: string, options: { runScripts: 'dangerously' }) => { window: Window & typeof globalThis };
    };
    const dom = new JSDOM(html, { runScripts: 'dangerously' });
    const d = dom.window.document;
    const count = () => d.querySelectorAll('article[data-testid="tweet"]').length;
    const before = count();
    (d.querySelector('article:not([data-testid="tweet"]) button') as HTMLElement).click();
    expect(d.querySelector('article:not([data-testid="tweet"])')).toBeNull();
    expect(count()).toBe(before);
    await new Promise((r) => setTimeout(r, 250));
    expect(count()).toBe(before + DEMO_HIDDEN_REPLIES.length);
    // inserted before the Discover-more heading
    const cells = [...d.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const headingIdx = cells.findIndex((c) => c.querySelector('h2[role="heading"]'));
    const lastHidden = DEMO_HIDDEN_REPLIES[DEMO_HIDDEN_REPLIES.length - 1]!;
    const hiddenIdx = cells.findIndex((c) => c.querySelector(`a[href="/${lastHidden.author.handle}/status/${statusId(lastHidden)}"]`));
    expect(hiddenIdx).toBeGreaterThan(0);
    expect(hiddenIdx).toBeLessThan(headingIdx);
    dom.window.close();
  });

  it('generates a long conversation with unique ids and handles', () => {
    const spec = generateLongConversation(500);
    expect(spec.replies.length).toBe(500);
    const ids = spec.replies.map(statusId);
    expect(new Set(ids).size).toBe(500);
    expect(spec.replies.every((r) => /^[A-Za-z0-9_]{1,20}$/.test(r.author.handle))).toBe(true);
    const cellsDoc = new DOMParser().parseFromString(`<div>${renderReplyCells(spec.replies.slice(0, 60))}</div>`, 'text/html');
    expect(cellsDoc.querySelectorAll('[data-testid="cellInnerDiv"] article[data-testid="tweet"]').length).toBe(60);
  });

  it('escapes interpolated text and derives ids from times', () => {
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    const page = renderConversationPage({
      ...DEMO_CONVERSATION,
      replies: [{ ...DEMO_REPLIES[0]!, text: '<img src=x onerror=alert(1)> & "quotes"', author: { handle: 'x_y', name: '<b>bold</b>' } }],
      hiddenReplies: [],
    });
    const d = new DOMParser().parseFromString(page, 'text/html');
    expect(d.querySelector('img[src="x"]')).toBeNull();
    expect(d.querySelector('b')).toBeNull();
    expect([...d.querySelectorAll('[data-testid="tweetText"]')].some((t) => t.textContent === '<img src=x onerror=alert(1)> & "quotes"')).toBe(true);
    const id = snowflakeFromDate('2016-05-01T12:00:00.000Z', 7);
    expect(snowflakeToMs(id)).toBe(Date.parse('2016-05-01T12:00:00.000Z'));
  });
});
