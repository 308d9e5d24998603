/**
 * Everything Témoin writes into x.com's page. Every node and attribute it adds
 * carries the `temoin` prefix, badges live in open shadow roots (styles isolated
 * both ways), and nothing read from the page is ever parsed as HTML.
 */
import { BADGE_CSS, BadgeView, badgeTemplate } from './badge-view';
import { SUMMARY_CSS, SummaryView, type SummaryState } from './summary-view';
import type { Translate } from '../../components/i18n';
import type { Label } from '../../storage/schema';
import type { Settings } from '../../storage/settings';
import type { CaptureRequest } from '../background/capture';
import type { PostVerdict } from '../background/protocol';
import type { SiteAdapter } from './sites/types';

const BADGE_ATTR = 'data-temoin-badge';
const SUMMARY_ATTR = 'data-temoin-summary';
const STYLE_ATTR = 'data-temoin-style';
/** Attributes Témoin sets on the site's own post elements (the public DOM contract). */
const POST_ATTRS = [
  'data-temoin-id',
  'data-temoin-label',
  'data-temoin-kept',
  'data-temoin-blurred',
  'data-temoin-highlight',
] as const;
const CONTENT_ATTR = 'data-temoin-content';

/** True for nodes Témoin inserted (so its own mutations are ignored). */
export function isTemoinNode(node: Node): boolean {
  return node.nodeType === 1 && ((node as Element).hasAttribute(BADGE_ATTR) || (node as Element).hasAttribute(SUMMARY_ATTR) || (node as Element).hasAttribute(STYLE_ATTR));
}

// Only data-temoin-* selectors: the site's own markup is never styled by class.
const PAGE_CSS = `
[data-temoin-blurred="true"] [${CONTENT_ATTR}] { filter: blur(9px) !important; pointer-events: none !important; user-select: none !important; }
[data-temoin-highlight="true"] { box-shadow: inset 3px 0 0 #1b6e3a !important; }
@media (prefers-reduced-motion: no-preference) { [${CONTENT_ATTR}] { transition: filter .12s ease-out; } }
[data-temoin-capturing="true"] [${CONTENT_ATTR}] { filter: none !important; transition: none !important; }
[data-temoin-capturing="true"] [${BADGE_ATTR}], html[data-temoin-capturing] [${SUMMARY_ATTR}] { visibility: hidden !important; }
`;

// Stops x.com's own handlers from reacting to clicks and keys in a badge
// (an article click opens the post; single letters are X's shortcuts).
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'touchstart'];

/** Actions the badge triggers, implemented by the controller. */
export interface AnnotatorActions {
  keep(post: Element, method: 'button'): Promise<void>;
  correct(statusId: string, label: Label): Promise<void>;
  /** Re-shows every element of this post with its current verdict. */
  refresh(statusId: string): void;
}

/** Writes and removes Témoin's marks on posts and the page. */
export class Annotator {
  private readonly revealed = new Set<string>();
  private readonly keeping = new Map<string, { busy: boolean; error?: string }>();
  private readonly views = new WeakMap<Element, BadgeView>();
  private template?: HTMLElement;
  /** Elements showing each status id: a document-wide query per id would make a page of n posts cost O(n²). */
  private readonly byStatus = new Map<string, Set<Element>>();
  private sharedSheet?: CSSStyleSheet | null;
  private summary?: SummaryView;
  private lastSummary?: Omit<SummaryState, 'error'>;
  private error?: string;
  private theme: 'light' | 'dark' = 'light';

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly t: Translate,
    private settings: Settings,
    private readonly actions: AnnotatorActions,
  ) {}

  /** Adds the page stylesheet and the summary chip. */
  install(): void {
    const style = this.doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.theme = detectTheme(this.doc);
    const host = this.doc.createElement('div');
    host.setAttribute(SUMMARY_ATTR, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const css = this.doc.createElement('style');
    css.textContent = SUMMARY_CSS;
    shadow.append(css);
    this.summary = new SummaryView(shadow, this.t);
    this.doc.body.append(host);
  }

  /** Removes every node and attribute Témoin added. */
  uninstall(): void {
    for (const el of this.doc.querySelectorAll(`[${BADGE_ATTR}], [${SUMMARY_ATTR}], [${STYLE_ATTR}]`)) el.remove();
    for (const el of this.doc.querySelectorAll(`[${CONTENT_ATTR}]`)) el.removeAttribute(CONTENT_ATTR);
    for (const el of this.doc.querySelectorAll('[data-temoin-id]')) for (const a of POST_ATTRS) el.removeAttribute(a);
    for (const el of this.doc.querySelectorAll('[data-temoin-capturing]')) el.removeAttribute('data-temoin-capturing');
    this.summary = undefined;
  }

  /** New settings apply at the next annotate of each post. */
  setSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** Posts on screen that currently show this status id. */
  elementsFor(statusId: string): Element[] {
    const set = this.byStatus.get(statusId);
    if (!set) return [];
    const live: Element[] = [];
    for (const el of set) {
      // X recycles nodes: drop elements that left the page or now show another post.
      if (el.isConnected && el.getAttribute('data-temoin-id') === statusId) live.push(el);
      else if (!el.isConnected || el.getAttribute('data-temoin-id') !== statusId) set.delete(el);
    }
    if (set.size === 0) this.byStatus.delete(statusId);
    return live;
  }

  private register(post: Element, statusId: string): void {
    let set = this.byStatus.get(statusId);
    if (!set) this.byStatus.set(statusId, (set = new Set()));
    set.add(post);
  }

  /** The post was read but its verdict is not back yet. */
  markPending(post: Element, statusId: string): void {
    if (post.getAttribute('data-temoin-id') !== statusId) this.clear(post);
    post.setAttribute('data-temoin-id', statusId);
    this.register(post, statusId);
  }

  /** Removes Témoin's marks from a post (unreadable, an ad, or a node X reused). */
  clear(post: Element): void {
    for (const a of POST_ATTRS) post.removeAttribute(a);
    for (const el of post.querySelectorAll(`[${BADGE_ATTR}]`)) el.remove();
    for (const el of post.querySelectorAll(`[${CONTENT_ATTR}]`)) el.removeAttribute(CONTENT_ATTR);
  }

  /** Shows a verdict on a post: attributes, blur, badge. Idempotent. */
  annotate(post: Element, statusId: string, verdict: PostVerdict): void {
    if (post.getAttribute('data-temoin-id') !== statusId) this.clear(post);
    const label = verdict.userLabel ?? verdict.classification.label;
    const blurrable = this.isBlurrable(label);
    const blurred = blurrable && !this.revealed.has(statusId);
    setAttr(post, 'data-temoin-id', statusId);
    this.register(post, statusId);
    setAttr(post, 'data-temoin-label', label);
    setAttr(post, 'data-temoin-kept', verdict.kept ? 'true' : null);
    setAttr(post, 'data-temoin-blurred', blurred ? 'true' : null);
    setAttr(post, 'data-temoin-highlight', label === 'supportive' && this.settings.highlightSupportive ? 'true' : null);
    for (const part of this.adapter.contentParts(post)) if (!part.hasAttribute(CONTENT_ATTR)) part.setAttribute(CONTENT_ATTR, '');

    const view = this.badgeFor(post, statusId);
    if (!view) return;
    const keepState = this.keeping.get(statusId);
    view.update({
      statusId,
      label,
      corrected: verdict.userLabel !== undefined,
      subLabels: verdict.classification.subLabels,
      contextRule: verdict.classification.reasons.find((r) => r.rule.startsWith('context:'))?.rule,
      kept: verdict.kept,
      keeping: keepState?.busy ?? false,
      keepError: keepState?.error,
      blurred,
      blurrable,
    });
  }

  /**
   * Shows the post as X does (unblurred, without Témoin's marks) for the
   * screenshot, scrolled fully into view if it can be, and measures it.
   */
  async beginCapture(post: Element, nextFrame: (cb: () => void) => void): Promise<CaptureRequest> {
    const view = this.doc.defaultView!;
    const before = post.getBoundingClientRect();
    if (before.top < 0 || before.bottom > view.innerHeight) post.scrollIntoView({ block: before.height > view.innerHeight ? 'start' : 'center' });
    post.setAttribute('data-temoin-capturing', 'true');
    this.doc.documentElement.setAttribute('data-temoin-capturing', '');
    // Two frames: one to apply the styles, one to have them painted before the capture.
    await new Promise<void>((r) => nextFrame(() => nextFrame(r)));
    const rect = post.getBoundingClientRect();
    return {
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      viewport: { width: view.innerWidth, height: view.innerHeight },
    };
  }

  /** Back to the protected view after a capture. */
  endCapture(post: Element): void {
    post.removeAttribute('data-temoin-capturing');
    this.doc.documentElement.removeAttribute('data-temoin-capturing');
  }

  /** Marks a keep in progress or failed, and re-renders that post's badges. */
  setKeeping(statusId: string, busy: boolean, error?: string): void {
    if (!busy && !error) this.keeping.delete(statusId);
    else this.keeping.set(statusId, { busy, error });
  }

  /** A failure the user must see, shown in the summary chip (undefined clears it). */
  setError(message: string | undefined): void {
    if (message === this.error) return;
    this.error = message;
    if (this.lastSummary) this.renderSummary(this.lastSummary);
  }

  /** Updates the per-page summary chip. */
  renderSummary(counts: Omit<SummaryState, 'error'>): void {
    this.lastSummary = counts;
    this.summary?.update({ ...counts, error: this.error });
  }

  private isBlurrable(label: Label): boolean {
    switch (this.settings.blurMode) {
      case 'hostile':
        return label === 'hostile' || label === 'doxxing';
      case 'all-non-supportive':
        return label !== 'supportive';
      case 'off':
        return false;
    }
  }

  private toggleBlur(statusId: string): void {
    if (this.revealed.has(statusId)) this.revealed.delete(statusId);
    else this.revealed.add(statusId);
    this.actions.refresh(statusId);
  }

  /**
   * One constructed stylesheet shared by every badge: parsing the CSS once per
   * badge dominated the cost of long pages. Falls back to a <style> element where
   * a content script cannot adopt sheets (older Firefox).
   */
  private styleBadge(shadow: ShadowRoot): void {
    if (this.sharedSheet === undefined) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(BADGE_CSS);
        shadow.adoptedStyleSheets = [sheet];
        this.sharedSheet = sheet;
        return;
      } catch {
        this.sharedSheet = null;
      }
    }
    if (this.sharedSheet) {
      shadow.adoptedStyleSheets = [this.sharedSheet];
      return;
    }
    const css = this.doc.createElement('style');
    css.textContent = BADGE_CSS;
    shadow.append(css);
  }

  /** The post's badge, created (or replaced, if it belonged to another post) as needed. */
  private badgeFor(post: Element, statusId: string): BadgeView | null {
    const existing = post.querySelector<HTMLElement>(`[${BADGE_ATTR}]`);
    if (existing && existing.getAttribute('data-temoin-for') === statusId) {
      const view = this.views.get(existing);
      if (view) return view;
    }
    existing?.remove();
    const anchor = this.adapter.badgeAnchor(post);
    if (!anchor) return null;
    const host = this.doc.createElement('span');
    host.setAttribute(BADGE_ATTR, '');
    host.setAttribute('data-temoin-for', statusId);
    host.setAttribute('data-theme', this.theme);
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
    const shadow = host.attachShadow({ mode: 'open' });
    this.styleBadge(shadow);
    this.template ??= badgeTemplate(this.doc, this.t);
    const root = this.template.cloneNode(true) as HTMLElement;
    shadow.append(root);
    const view = new BadgeView(root, this.t, {
      keep: () => void this.actions.keep(post, 'button'),
      toggleBlur: () => this.toggleBlur(statusId),
      correct: (l) => void this.actions.correct(statusId, l),
    });
    this.views.set(host, view);
    // Appended inside the author row (a flex row on X) so the badge sits inline
    // after the name and time and the row keeps its height.
    anchor.append(host);
    return view;
  }
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

/**
 * X sets its theme as the body's inline background colour; reading it avoids a
 * forced style computation of the whole page. Computed style is the fallback.
 */
function detectTheme(doc: Document): 'light' | 'dark' {
  const bg = doc.body.style.backgroundColor || (doc.defaultView?.getComputedStyle(doc.body).backgroundColor ?? '');
  const m = bg.match(/\d+(\.\d+)?/g);
  if (!m || m.length < 3) return 'light';
  const [r, g, b] = m.map(Number) as [number, number, number];
  const alpha = m[3] === undefined ? 1 : Number(m[3]);
  if (alpha === 0) return 'light';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
