/**
 * One function per message: check the sender, parse the data with zod, act.
 * Kept free of `browser.*` calls other than those passed in, so they run under
 * Vitest with fake-indexeddb.
 */
import { classify } from './classifier';
import {
  ClassifyRequestSchema,
  KeepRequestSchema,
  PageStatusSchema,
  SetLabelRequestSchema,
  type PageStatus,
  type PostVerdict,
} from './messages';
import { ForbiddenSenderError, isExtensionPage, isSocialContentScript, type SenderLike } from './senders';
import type { CaptureEnvironment, TemoinDb } from '../../storage/db';
import type { Diagnostics } from '../../storage/diagnostics';
import type { TabStatusStore } from '../../storage/tab-status';
import { keepEvidence, keptStatusIds, type KeepInput } from '../../storage/evidence.repository';
import type { CaptureRequest, Screenshot } from './capture';
import { currentUserLabels, setUserLabel } from '../../storage/labels.repository';
import { recordSeen } from '../../storage/seen.repository';
import type { PostSnapshot } from '../../storage/schema';

/** What handlers need from their surroundings. */
export interface HandlerDeps {
  db: TemoinDb;
  extensionId: string;
  extensionOrigin: string;
  environment: () => Omit<CaptureEnvironment, 'method'>;
  /** Per-tab reading status, for the popup and the toolbar badge. */
  tabStatus: TabStatusStore;
  onTabStatus?: (tabId: number, status: PageStatus) => void;
  /** Screenshot of the post in a window (absent where the browser offers none). */
  capturePost?: (windowId: number, req: CaptureRequest) => Promise<Screenshot>;
  /** Keeps a lasting count of what could not be read. */
  recordUnreadable?: (delta: number, last: NonNullable<Diagnostics['last']>) => Promise<void>;
}

function requireContentScript(sender: SenderLike, deps: HandlerDeps, what: string): number {
  if (!isSocialContentScript(sender, deps.extensionId)) throw new ForbiddenSenderError(what);
  return sender.tab!.id!;
}

function classifySnapshot(s: PostSnapshot, parent?: PostSnapshot) {
  return classify({
    text: s.text,
    lang: s.lang,
    context: { isReply: s.inReplyTo !== undefined, ...(parent ? { parentText: parent.text, parentIsReply: parent.inReplyTo !== undefined } : {}) },
  });
}

/** Labels a batch, records it for statistics, and returns what the page shows. */
export async function handleClassifyPosts(raw: unknown, sender: SenderLike, deps: HandlerDeps): Promise<PostVerdict[]> {
  requireContentScript(sender, deps, 'classifyPosts');
  const { posts, parents = [] } = ClassifyRequestSchema.parse(raw);
  // A parent is one the page read: in the batch or sent with it, matched by the id the reply names.
  const byId = new Map([...parents, ...posts].map((p) => [p.statusId, p]));
  const parentOf = (p: PostSnapshot): PostSnapshot | undefined => {
    const id = p.inReplyTo?.statusId;
    return id !== undefined && id !== p.statusId ? byId.get(id) : undefined;
  };
  const ids = posts.map((p) => p.statusId);
  const [userLabels, kept] = await Promise.all([currentUserLabels(ids, deps.db), keptStatusIds(ids, deps.db)]);
  const now = new Date().toISOString();
  const verdicts = posts.map((p) => ({
    statusId: p.statusId,
    classification: classifySnapshot(p, parentOf(p)),
    userLabel: userLabels.get(p.statusId),
    kept: kept.has(p.statusId),
  }));
  await recordSeen(
    posts.map((p, i) => ({
      statusId: p.statusId,
      handle: p.author.handle,
      displayName: p.author.displayName,
      label: verdicts[i]!.userLabel ?? verdicts[i]!.classification.label,
      postedAt: p.postedAt,
      firstSeenAt: now,
      pageUrl: p.pageUrl,
      classifierVersion: verdicts[i]!.classification.version,
    })),
    deps.db,
  );
  return verdicts;
}

/** Seals and stores one post as evidence, with its screenshot when the browser allows one. */
export async function handleKeepPost(raw: unknown, sender: SenderLike, deps: HandlerDeps) {
  requireContentScript(sender, deps, 'keepPost');
  const { snapshot, method, capture, parent: claimedParent } = KeepRequestSchema.parse(raw);
  // Only the post this one says it answers is accepted as its context.
  const parent = claimedParent && claimedParent.statusId === snapshot.inReplyTo?.statusId ? claimedParent : undefined;
  const kept = await keptStatusIds([snapshot.statusId], deps.db);
  let screenshot: KeepInput['screenshot'];
  if (!kept.has(snapshot.statusId)) {
    // Evidence is kept even when no screenshot can be taken: the text is what matters most.
    if (!capture) screenshot = { error: 'no position on screen was given' };
    else if (!deps.capturePost || sender.tab?.windowId === undefined) screenshot = { error: 'screenshots are not available here' };
    else {
      try {
        screenshot = await deps.capturePost(sender.tab.windowId, capture);
      } catch (err) {
        screenshot = { error: String((err as Error)?.message ?? err).slice(0, 300) };
      }
    }
  }
  const { record, alreadyKept } = await keepEvidence(
    { snapshot, parent, classification: classifySnapshot(snapshot, parent), capture: { ...deps.environment(), method }, screenshot },
    deps.db,
  );
  return { evidenceId: record.id, alreadyKept, screenshotError: record.screenshotError };
}

/** Stores the user's correction of a label. */
export async function handleSetUserLabel(raw: unknown, sender: SenderLike, deps: HandlerDeps): Promise<void> {
  requireContentScript(sender, deps, 'setUserLabel');
  const { statusId, label } = SetLabelRequestSchema.parse(raw);
  await setUserLabel(statusId, label, deps.db);
}

/** Remembers how reading the tab's page went, and keeps a lasting count of failures. */
export async function handleReportPageStatus(raw: unknown, sender: SenderLike, deps: HandlerDeps): Promise<void> {
  const tabId = requireContentScript(sender, deps, 'reportPageStatus');
  const status = PageStatusSchema.parse(raw);
  const previous = await deps.tabStatus.get(tabId);
  await deps.tabStatus.set(tabId, status);
  const before = previous?.pageUrl === status.pageUrl ? previous.unreadable : 0;
  if (status.unreadable > before) {
    await deps.recordUnreadable?.(status.unreadable - before, {
      at: new Date().toISOString(),
      pageUrl: status.pageUrl,
      unreadable: status.unreadable,
      read: status.read,
      reasons: status.reasons,
    });
  }
  deps.onTabStatus?.(tabId, status);
}

/** The popup asks how the active tab's page was read. */
export async function handleGetTabStatus(raw: unknown, sender: SenderLike, deps: HandlerDeps): Promise<PageStatus | null> {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) throw new ForbiddenSenderError('getTabStatus');
  const tabId = (raw as { tabId?: unknown } | null)?.tabId;
  if (typeof tabId !== 'number') throw new TypeError('getTabStatus needs a numeric tabId');
  return deps.tabStatus.get(tabId);
}
