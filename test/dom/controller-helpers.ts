/** Shared set-up for the PageController DOM tests: page loading, fake ports, settling. */
import type { Label, PostSnapshot } from '../../storage/schema';
import type { Settings } from '../../storage/settings';
import type { PostVerdict } from '../../entrypoints/background/protocol';
import { PageController, REPORT_DELAY_MS, type ControllerPorts, type KeepMethod } from '../../entrypoints/social.content/controller';
import type { SiteAdapter } from '../../entrypoints/social.content/sites/types';
import { xAdapter } from '../../entrypoints/social.content/sites/x/index';
import type { ConversationSpec } from '../fixtures/demo/conversation';
import { statusId } from '../fixtures/demo/index';

export const DEFAULT_TEST_SETTINGS: Settings = { blurMode: 'hostile', highlightSupportive: true };

// Parsing the demo page costs seconds under jsdom; tests import copies of one parse.
const parsedPages = new Map<string, Document>();
function parse(html: string): Document {
  let doc = parsedPages.get(html);
  if (!doc) {
    doc = new DOMParser().parseFromString(html, 'text/html');
    for (const s of doc.querySelectorAll('script')) s.remove();
    parsedPages.set(html, doc);
  }
  return doc;
}

/**
 * Replaces the jsdom document with a page and moves the URL there. Scripts are
 * dropped: the demo page's inline script would otherwise add a document-level
 * click listener that outlives the test (the document is shared by the file).
 * The URL must be same-origin as the environment's (x.com), as history allows.
 */
export function loadPage(html: string, url: string): void {
  const parsed = parse(html);
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  const u = new URL(url);
  window.history.replaceState(null, '', `${u.pathname}${u.search}`);
}

/** Swaps the body only, like X's single-page navigation, and pushes the new URL. */
export function navigateBody(html: string, url: string): void {
  const parsed = parse(html);
  // X keeps <body> and swaps what is inside it; the summary host we appended stays.
  const keep = [...document.body.children].filter((el) => el.hasAttribute('data-temoin-summary'));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)), ...keep);
  const u = new URL(url);
  window.history.pushState(null, '', `${u.pathname}${u.search}`);
}

/** The label each demo reply should get; any other post (focal, Discover more) is neutral. */
export function expectedLabels(spec: ConversationSpec): Map<string, Label> {
  const m = new Map<string, Label>();
  for (const r of [...spec.replies, ...(spec.hiddenReplies ?? [])]) m.set(statusId(r), r.expected);
  return m;
}

export function verdictFor(statusId: string, label: Label): PostVerdict {
  const scores = { hostile: 0, supportive: 0, doxxing: 0, neutral: 0 };
  scores[label] = 1;
  return {
    statusId,
    classification: { label, scores, subLabels: [], reasons: [], version: 'test' },
    kept: false,
  };
}

export interface FakePorts extends ControllerPorts {
  /** Status ids of each classify call, in order. */
  classifyCalls: string[][];
  /** Status ids of the parents sent with each classify call. */
  classifyParents: string[][];
  keepCalls: { snapshot: PostSnapshot; method: KeepMethod }[];
  setUserLabelCalls: [string, Label][];
  statuses: Parameters<ControllerPorts['reportStatus']>[0][];
  /** What keep does next (resolve by default). */
  keepImpl: (snapshot: PostSnapshot) => Promise<{ alreadyKept: boolean }>;
  pending(): number;
  /** Every status id ever sent to classify (flattened). */
  classified(): string[];
}

export function fakePorts(labels: Map<string, Label>): FakePorts {
  let frames = 0;
  let inFlight = 0;
  const ports: FakePorts = {
    classifyCalls: [],
    classifyParents: [],
    keepCalls: [],
    setUserLabelCalls: [],
    statuses: [],
    keepImpl: async () => ({ alreadyKept: false }),
    pending: () => frames + inFlight,
    classified: () => ports.classifyCalls.flat(),
    classify(posts, parents) {
      ports.classifyCalls.push(posts.map((p) => p.statusId));
      ports.classifyParents.push(parents.map((p) => p.statusId));
      inFlight++;
      return Promise.resolve(posts.map((p) => verdictFor(p.statusId, labels.get(p.statusId) ?? 'neutral'))).finally(() => {
        inFlight--;
      });
    },
    keep(snapshot, method) {
      ports.keepCalls.push({ snapshot, method });
      inFlight++;
      return ports.keepImpl(snapshot).finally(() => {
        inFlight--;
      });
    },
    setUserLabel(id, label) {
      ports.setUserLabelCalls.push([id, label]);
      return Promise.resolve();
    },
    reportStatus(status) {
      ports.statuses.push(status);
    },
    t: (k, subs) => (subs ? `${k}:${[subs].flat().join(',')}` : k),
    nextFrame(cb) {
      frames++;
      setTimeout(() => {
        frames--;
        cb();
      }, 0);
    },
  };
  return ports;
}

/**
 * Waits until no frame is scheduled and no port call is pending, for a few
 * consecutive turns (mutation observer records arrive as microtasks, and a
 * frame may schedule the next one).
 */
export async function settle(ports: FakePorts, timeoutMs = 30_000): Promise<void> {
  let quiet = 0;
  // Time-sliced flushes take one frame per few posts, hundreds on a long page.
  const end = Date.now() + timeoutMs;
  while (quiet < 3 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 0));
    quiet = ports.pending() === 0 ? quiet + 1 : 0;
  }
  if (quiet < 3) throw new Error('controller did not settle');
}

/** An adapter that counts readPost calls per element. */
export function countingAdapter(base: SiteAdapter = xAdapter): SiteAdapter & { reads: Map<Element, number>; totalReads(): number } {
  const reads = new Map<Element, number>();
  return {
    ...base,
    reads,
    totalReads: () => [...reads.values()].reduce((a, b) => a + b, 0),
    readPost(post, page) {
      reads.set(post, (reads.get(post) ?? 0) + 1);
      return base.readPost(post, page);
    },
  };
}

export function startController(
  ports: FakePorts,
  settings: Settings = DEFAULT_TEST_SETTINGS,
  adapter: SiteAdapter = xAdapter,
): PageController {
  const c = new PageController(document, adapter, ports, settings);
  c.start();
  return c;
}

// --- reading what the user sees ---------------------------------------------

export function postArticles(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('article[data-testid="tweet"]')];
}

export function articleFor(id: string): HTMLElement {
  const time = [...document.querySelectorAll(`a[href$="/status/${id}"] time`)][0];
  const el = time?.closest<HTMLElement>('article[data-testid="tweet"]');
  if (!el) throw new Error(`no article for ${id}`);
  return el;
}

export function badgeHosts(post: ParentNode = document): HTMLElement[] {
  return [...post.querySelectorAll<HTMLElement>('[data-temoin-badge]')];
}

export function badgeRoot(post: Element): ShadowRoot {
  const hosts = badgeHosts(post);
  if (hosts.length !== 1) throw new Error(`expected one badge, found ${hosts.length}`);
  return hosts[0]!.shadowRoot!;
}

export function summaryText(): string {
  const host = document.querySelector('[data-temoin-summary]');
  return host?.shadowRoot?.querySelector('[data-temoin-part="summary"]')?.textContent ?? '';
}

export function summaryPart(part: 'counts' | 'unreadable' | 'error'): string | null {
  const host = document.querySelector('[data-temoin-summary]');
  const el = host?.shadowRoot?.querySelector<HTMLElement>(`[data-temoin-part="${part}"]`);
  // Warnings are always in the chip but hidden while empty: a hidden part shows nothing.
  return el && !el.hidden ? el.textContent : null;
}

/** The cellInnerDiv row holding an element. */
export function cellOf(el: Element): HTMLElement {
  return el.closest<HTMLElement>('[data-testid="cellInnerDiv"]')!;
}

/** Waits until the controller's trailing page-status report (sent at most every REPORT_DELAY_MS) has gone out. */
export function statusReported(): Promise<void> {
  return new Promise((r) => setTimeout(r, REPORT_DELAY_MS + 50));
}
