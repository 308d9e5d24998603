/**
 * The one Dexie database, with its full version history. Only repositories
 * (`*.repository.ts`) touch tables; only extension pages and the background open
 * it (a content script would open x.com's IndexedDB instead of ours).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Classification, Label, PostSnapshot } from './schema';

/** Bumped with every `db.version(n)` below; each bump carries an upgrade test. */
export const DB_VERSION = 2;

/** A kept reply: the sealed capture. Never updated after it is written. */
export interface EvidenceRecord {
  /** UUID. */
  id: string;
  /** Evidence schema version of this record (see storage/evidence.ts). */
  schemaVersion: number;
  caseId: string;
  statusId: string;
  /** ISO UTC. */
  capturedAt: string;
  snapshot: PostSnapshot;
  /** The post it answers, as Témoin last read it on the page (absent when it was not on screen). */
  parent?: PostSnapshot;
  /** What the classifier said at capture time (the user's correction is a separate layer). */
  classification: Classification;
  capture: CaptureEnvironment;
  /** The post as it looked, cropped from the tab (absent when no capture was possible). */
  screenshot?: ScreenshotRef;
  /** Why there is no screenshot (permission refused, tab not visible…). */
  screenshotError?: string;
  /** SHA-256 (hex) of the canonical JSON of everything above. */
  sealSha256: string;
}

/** Points from an evidence record to its screenshot artefact; sealed with the record. */
export interface ScreenshotRef {
  artefactId: string;
  mime: 'image/png';
  width: number;
  height: number;
  /** SHA-256 (hex) of the PNG bytes, as `sha256sum` prints it. */
  sha256: string;
}

/** A binary artefact of an evidence item (screenshots today; sanitised HTML later). */
export interface ArtefactRecord {
  id: string;
  evidenceId: string;
  kind: 'screenshot';
  mime: string;
  /** Stored as bytes, not a Blob, so every IndexedDB implementation can clone it. */
  bytes: Uint8Array;
  sha256: string;
}

/** Where and how an item was captured, for the report's method annex. */
export interface CaptureEnvironment {
  extensionVersion: string;
  userAgent: string;
  locale: string;
  timeZone: string;
  method: 'button' | 'keyboard' | 'context-menu';
}

/** One correction of a label by the user: append-only, the latest wins. */
export interface LabelEdit {
  seq?: number;
  statusId: string;
  label: Label;
  /** ISO UTC. */
  at: string;
}

/** A post seen on screen and how it was classified (raid statistics). */
export interface SeenPost {
  statusId: string;
  handle: string;
  displayName: string;
  label: Label;
  postedAt?: string;
  /** ISO UTC of the first time Témoin read it. */
  firstSeenAt: string;
  pageUrl: string;
  classifierVersion: string;
}

/** The Témoin database. */
export class TemoinDb extends Dexie {
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  labelEdits!: EntityTable<LabelEdit, 'seq'>;
  seen!: EntityTable<SeenPost, 'statusId'>;
  artefacts!: EntityTable<ArtefactRecord, 'id'>;

  constructor(name = 'temoin') {
    super(name);
    this.version(1).stores({
      evidence: 'id, &[caseId+statusId], statusId, capturedAt, snapshot.author.handle',
      labelEdits: '++seq, statusId, at',
      seen: 'statusId, handle, label, firstSeenAt',
    });
    // v2: screenshots. Existing evidence keeps its seal untouched (it simply has no screenshot).
    this.version(2).stores({ artefacts: 'id, evidenceId' });
  }
}

let shared: TemoinDb | undefined;

/** The database of this extension context, opened lazily. */
export function getDb(): TemoinDb {
  shared ??= new TemoinDb();
  return shared;
}
