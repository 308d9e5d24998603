/**
 * Site-independent page logic: watch for posts, read them through the site
 * adapter, get verdicts from the background, annotate. Everything is keyed by
 * status id because X recycles and re-renders rows at will.
 */
import type { Label, PostSnapshot } from '../../storage/schema';
import type { Settings } from '../../storage/settings';
import type { CaptureRequest } from '../background/capture';
import type { PostVerdict } from '../background/protocol';
import type { PageInfo, SiteAdapter } from './sites/types';
import { Annotator, isTemoinNode } from './annotator';

/** What the controller needs from the extension (injected so tests can fake it). */
export interface ControllerPorts {
  /** `parents`: the posts they answer, where read and not in the batch. */
  classify(posts: PostSnapshot[], parents: PostSnapshot[]): Promise<PostVerdict[]>;
  keep(snapshot: PostSnapshot, method: KeepMethod, capture?: CaptureRequest, parent?: PostSnapshot): Promise<{ alreadyKept: boolean }>;
  setUserLabel(statusId: string, label: Label): Promise<void>;
  reportStatus(status: { pageUrl: string; read: number; unreadable: number; skipped: number; reasons: string[] }): void;
  t(key: string, subs?: string | string[]): string;
  /** Schedules work for the next frame (requestAnimationFrame in the page). */
  nextFrame(cb: () => void): void;
}

/** How the user asked to keep a post (recorded in the capture environment). */
export type KeepMethod = 'button' | 'keyboard' | 'context-menu';

const MAX_BATCH = 100;
/** Snapshots kept for context (the post a kept reply answers). */
const RECENT_POSTS = 2000;
/** Main-thread time one frame may spend reading and annotating posts. */
const FRAME_BUDGET_MS = 8;
/** Wait before asking a background that failed to answer again. */
const RETRY_MS = 5_000;
/** How long the read count may lag in the popup. */
export const REPORT_DELAY_MS = 300;

/**
 * In the e2e build, every piece of main-thread work is recorded as a User Timing
 * measure (`temoin:*`), which the page benchmark reads from the page's own
 * performance timeline. The store build skips it.
 */
const MEASURE = import.meta.env.MODE === 'e2e';
function timed<T>(name: string, work: () => T): T {
  if (!MEASURE) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** One instance per tab, torn down when the extension context goes away. */
export class PageController {
  private page: PageInfo;
  private readonly verdicts = new Map<string, PostVerdict>();
  /**
   * The latest snapshot of recently read posts, so a kept reply can carry the
   * post it answers (often scrolled away or re-rendered by then). Bounded: X
   * pages can be scrolled for hours.
   */
  private readonly recent = new Map<string, PostSnapshot>();
  /** Posts that need (re)reading at the next frame. */
  private readonly dirty = new Set<Element>();
  /** Posts read moments ago whose verdict has just arrived: shown without re-reading. */
  private readonly toShow = new Map<Element, string>();
  private readonly inFlight = new Set<string>();
  /** Posts whose classification failed: the error stays shown until they are labelled. */
  private readonly unanswered = new Set<string>();
  private readonly queued = new Map<string, PostSnapshot>();
  private frameScheduled = false;
  private itemsThisFrame = 0;
  private observer?: MutationObserver;
  private readonly annotator: Annotator;
  /** Per-page tallies, reset on navigation. */
  private pageLabels = new Map<string, Label>();
  private unreadable = new WeakSet<Element>();
  private unreadableCount = 0;
  private skippedCount = 0;
  private unreadableReasons = new Set<string>();
  private lastReported = '';
  private reportedRead = -1;
  private pendingStatus?: Parameters<ControllerPorts['reportStatus']>[0];
  private statusTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly root: Document,
    private readonly adapter: SiteAdapter,
    private readonly ports: ControllerPorts,
    settings: Settings,
  ) {
    this.page = adapter.detectPage(root.location.href);
    this.annotator = new Annotator(root, adapter, ports.t, settings, {
      keep: (post, method) => this.keep(post, method),
      correct: (statusId, label) => this.correct(statusId, label),
      refresh: (statusId) => this.reannotate([statusId]),
    });
  }

  /** Starts observing and processes what is already on the page. */
  start(): void {
    this.annotator.install();
    this.observer = new MutationObserver((records) => timed('temoin:mutations', () => this.onMutations(records)));
    this.observer.observe(this.root.body, {
      childList: true,
      subtree: true,
      // React may swap a recycled row's link or time in place, without adding nodes.
      attributes: true,
      attributeFilter: ['href', 'datetime'],
    });
    timed('temoin:start', () => this.collect(this.root.body));
    this.schedule();
  }

  /** Removes every trace of Témoin from the page. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    this.dirty.clear();
    this.annotator.uninstall();
  }

  /** Single-page navigation: new page state, same cache of verdicts. */
  onNavigate(url: string): void {
    this.page = this.adapter.detectPage(url);
    this.pageLabels = new Map();
    this.unreadable = new WeakSet();
    this.unreadableCount = 0;
    this.skippedCount = 0;
    this.unreadableReasons = new Set();
    this.collect(this.root.body);
    this.schedule();
  }

  /** New settings: re-apply blur and highlight everywhere. */
  applySettings(settings: Settings): void {
    this.annotator.setSettings(settings);
    for (const post of this.adapter.findPosts(this.root)) this.dirty.add(post);
    this.schedule();
  }

  /** Keeps the post that holds keyboard focus; false when none does. */
  keepFocused(): Promise<boolean> {
    return this.keepAround(this.root.activeElement, 'keyboard');
  }

  /** Keeps the post around an element (the target of a right click); false when there is none. */
  async keepAround(target: Element | null, method: KeepMethod): Promise<boolean> {
    const post = target ? this.closestPost(target) : null;
    if (!post) return false;
    await this.keep(post, method);
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes') {
        const post = this.closestPost(r.target as Element);
        if (post) this.dirty.add(post);
        continue;
      }
      if (isTemoinNode(r.target)) continue;
      let touched = false;
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1 || isTemoinNode(node)) continue;
        touched = true;
        this.collect(node as Element);
      }
      // A re-render inside a post (children replaced) must be re-read too. Any
      // removal counts, ours included: React may drop a badge, and it must come back.
      if (touched || r.removedNodes.length > 0) {
        const post = this.closestPost(r.target as Element);
        if (post) this.dirty.add(post);
      }
    }
    if (this.dirty.size > 0) this.schedule();
  }

  private collect(node: Element): void {
    for (const post of this.adapter.findPosts(node)) this.dirty.add(post);
    const around = this.closestPost(node);
    if (around) this.dirty.add(around);
  }

  private closestPost(node: Node): Element | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return null;
    // Focus inside a badge's shadow root surfaces as its host element.
    return this.adapter.closestPost(el);
  }

  private schedule(): void {
    // After stop(), late verdicts must not bring Témoin back into the page.
    if (this.frameScheduled || !this.observer) return;
    this.frameScheduled = true;
    this.ports.nextFrame(() => {
      this.frameScheduled = false;
      timed('temoin:flush', () => this.flush());
    });
  }

  /** Reads every dirty post once; batches unknown ones to the background. */
  private flush(): void {
    // Time-sliced: a page that arrives with hundreds of posts must not freeze
    // scrolling; what does not fit in this frame waits for the next one.
    const deadline = performance.now() + FRAME_BUDGET_MS;
    this.itemsThisFrame = 0;
    this.showArrived(deadline);
    if (this.adapter.readBatch) this.adapter.readBatch(() => this.process(deadline));
    else this.process(deadline);
    if (this.dirty.size > 0 || this.toShow.size > 0) this.schedule();
    this.sendQueued();
    this.refreshSummary();
  }

  /** True once the frame's budget is spent; never before the first item, so work always advances. */
  private outOfTime(deadline: number): boolean {
    return this.itemsThisFrame++ > 0 && performance.now() > deadline;
  }

  private showArrived(deadline: number): void {
    for (const [post, statusId] of this.toShow) {
      if (this.outOfTime(deadline)) return;
      this.toShow.delete(post);
      const verdict = this.verdicts.get(statusId);
      if (!verdict || this.dirty.has(post) || !post.isConnected) continue;
      if (post.getAttribute('data-temoin-id') === statusId) this.show(post, statusId, verdict);
    }
  }

  private process(deadline: number): void {
    for (const post of this.dirty) {
      if (this.outOfTime(deadline)) return;
      this.dirty.delete(post);
      this.toShow.delete(post);
      if (!post.isConnected) continue;
      const result = this.adapter.readPost(post, this.page);
      if (!result.ok) {
        this.annotator.clear(post);
        if (result.kind === 'unreadable' && !this.unreadable.has(post)) {
          this.unreadable.add(post);
          this.unreadableCount++;
          this.unreadableReasons.add(result.reason);
        } else if (result.kind === 'skip') {
          this.skippedCount++;
        }
        continue;
      }
      const snap = result.snapshot;
      this.remember(snap);
      const verdict = this.verdicts.get(snap.statusId);
      if (verdict) {
        this.show(post, snap.statusId, verdict);
      } else {
        this.annotator.markPending(post, snap.statusId);
        if (!this.inFlight.has(snap.statusId)) this.queued.set(snap.statusId, snap);
      }
    }
  }

  /** The post `snap` answers, as last read on the page, if it was. */
  private parentRead(snap: PostSnapshot): PostSnapshot | undefined {
    const id = snap.inReplyTo?.statusId;
    return id ? this.recent.get(id) : undefined;
  }

  /** The posts a batch answers, as last read, that are not in the batch themselves. */
  private parentsOf(batch: PostSnapshot[]): PostSnapshot[] {
    const inBatch = new Set(batch.map((s) => s.statusId));
    const parents = new Map<string, PostSnapshot>();
    for (const s of batch) {
      const p = this.parentRead(s);
      if (p && !inBatch.has(p.statusId)) parents.set(p.statusId, p);
    }
    return [...parents.values()];
  }

  private remember(snap: PostSnapshot): void {
    this.recent.delete(snap.statusId);
    this.recent.set(snap.statusId, snap);
    if (this.recent.size > RECENT_POSTS) this.recent.delete(this.recent.keys().next().value!);
  }

  private show(post: Element, statusId: string, verdict: PostVerdict): void {
    this.pageLabels.set(statusId, verdict.userLabel ?? verdict.classification.label);
    this.annotator.annotate(post, statusId, verdict);
  }

  private sendQueued(): void {
    if (this.queued.size === 0) return;
    const batch = [...this.queued.values()].slice(0, MAX_BATCH);
    for (const s of batch) {
      this.queued.delete(s.statusId);
      this.inFlight.add(s.statusId);
    }
    if (this.queued.size > 0) this.schedule();
    this.ports
      .classify(batch, this.parentsOf(batch))
      .then((verdicts) => {
        for (const v of verdicts) {
          this.unanswered.delete(v.statusId);
          this.verdicts.set(v.statusId, v);
          // The element was read a moment ago; a change since then would have
          // marked it dirty, so it is shown without reading it again.
          for (const post of this.annotator.elementsFor(v.statusId)) this.toShow.set(post, v.statusId);
        }
        if (this.unanswered.size === 0) this.annotator.setError(undefined);
        this.schedule();
      })
      .catch((err: unknown) => {
        // The page must never silently lose protection: show the failure.
        this.unreadableReasons.add(`classify: ${String((err as Error)?.message ?? err)}`.slice(0, 200));
        for (const p of batch) this.unanswered.add(p.statusId);
        this.annotator.setError(this.ports.t('statusBackgroundError'));
        // Try again later: a background that was restarting usually answers then.
        setTimeout(() => this.reannotate(batch.map((p) => p.statusId)), RETRY_MS);
      })
      .finally(() => {
        for (const s of batch) this.inFlight.delete(s.statusId);
        this.refreshSummary();
      });
  }

  /** Re-reads every connected element showing one of these posts. */
  private reannotate(statusIds: string[]): void {
    for (const id of statusIds) {
      for (const post of this.annotator.elementsFor(id)) this.dirty.add(post);
    }
    if (this.dirty.size > 0) this.schedule();
  }

  private async keep(post: Element, method: KeepMethod): Promise<void> {
    // Re-read at the moment of keeping: the capture is what is on screen now.
    const result = this.adapter.readPost(post, this.page);
    if (!result.ok) {
      this.annotator.setError(this.ports.t('keepUnreadable'));
      return;
    }
    const id = result.snapshot.statusId;
    this.annotator.setKeeping(id, true);
    try {
      const capture = this.verdicts.get(id)?.kept ? undefined : await this.annotator.beginCapture(post, this.ports.nextFrame);
      try {
        const parent = this.parentRead(result.snapshot);
        await this.ports.keep(result.snapshot, method, capture, parent);
      } finally {
        this.annotator.endCapture(post);
      }
      const v = this.verdicts.get(id);
      if (v) this.verdicts.set(id, { ...v, kept: true });
      this.annotator.setKeeping(id, false);
    } catch (err) {
      this.annotator.setKeeping(id, false, String((err as Error)?.message ?? err));
    }
    this.reannotate([id]);
  }

  private async correct(statusId: string, label: Label): Promise<void> {
    const v = this.verdicts.get(statusId);
    if (v) this.verdicts.set(statusId, { ...v, userLabel: label });
    this.reannotate([statusId]);
    try {
      await this.ports.setUserLabel(statusId, label);
    } catch {
      this.annotator.setError(this.ports.t('correctFailed'));
    }
  }

  private sendStatus(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    if (!this.pendingStatus || !this.observer) return;
    this.reportedRead = this.pendingStatus.read;
    this.ports.reportStatus(this.pendingStatus);
  }

  private refreshSummary(): void {
    const counts = { hostile: 0, supportive: 0, doxxing: 0, neutral: 0 };
    for (const l of this.pageLabels.values()) counts[l]++;
    this.annotator.renderSummary({ ...counts, unreadable: this.unreadableCount });
    const status = {
      pageUrl: this.root.location.href,
      read: this.pageLabels.size,
      unreadable: this.unreadableCount,
      skipped: this.skippedCount,
      reasons: [...this.unreadableReasons].slice(0, 20),
    };
    // Failures are reported at once; the growing read count is sent at most every
    // REPORT_DELAY_MS (with its latest value), as a message per frame costs more than the work.
    const urgent = `${status.pageUrl}|${status.unreadable}|${status.skipped}|${status.reasons.length}`;
    this.pendingStatus = status;
    if (urgent !== this.lastReported) {
      this.lastReported = urgent;
      this.sendStatus();
    } else if (this.statusTimer === undefined && status.read !== this.reportedRead) {
      this.statusTimer = setTimeout(() => this.sendStatus(), REPORT_DELAY_MS);
    }
  }
}
