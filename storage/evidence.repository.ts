/** The only code that writes or reads kept evidence. */
import type { Classification, PostSnapshot } from './schema';
import { canonicalJson, sha256Hex } from './canonical';
import { getDb, type ArtefactRecord, type CaptureEnvironment, type EvidenceRecord, type ScreenshotRef, type TemoinDb } from './db';

/** Version of the EvidenceRecord shape; the export bundle carries it. */
export const EVIDENCE_SCHEMA_VERSION = 1;

/** The case every item belongs to until multi-case support lands. */
export const DEFAULT_CASE_ID = 'default';

/** What `keep` needs; the record's id, time and seal are computed here. */
export interface KeepInput {
  snapshot: PostSnapshot;
  /** The post it answers, when it was read on the page. */
  parent?: PostSnapshot;
  classification: Classification;
  capture: CaptureEnvironment;
  /** PNG of the post as displayed, or why there is none. */
  screenshot?: { png: Uint8Array; width: number; height: number } | { error: string };
  caseId?: string;
  /** Injected by tests; real captures use the clock. */
  now?: Date;
}

/** Result of keeping: the sealed record, and whether it already existed. */
export interface KeepResult {
  record: EvidenceRecord;
  alreadyKept: boolean;
}

/**
 * Seals and stores a post. Keeping the same post twice returns the first
 * capture untouched: evidence is never overwritten.
 */
export async function keepEvidence(input: KeepInput, db: TemoinDb = getDb()): Promise<KeepResult> {
  const caseId = input.caseId ?? DEFAULT_CASE_ID;
  const id = crypto.randomUUID();
  let artefact: ArtefactRecord | undefined;
  let screenshot: ScreenshotRef | undefined;
  let screenshotError: string | undefined;
  if (input.screenshot && 'png' in input.screenshot) {
    const sha256 = await sha256Hex(input.screenshot.png);
    artefact = { id: crypto.randomUUID(), evidenceId: id, kind: 'screenshot', mime: 'image/png', bytes: input.screenshot.png, sha256 };
    screenshot = { artefactId: artefact.id, mime: 'image/png', width: input.screenshot.width, height: input.screenshot.height, sha256 };
  } else if (input.screenshot) {
    screenshotError = input.screenshot.error;
  }
  const unsealed: Omit<EvidenceRecord, 'sealSha256'> = {
    id,
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    caseId,
    statusId: input.snapshot.statusId,
    capturedAt: (input.now ?? new Date()).toISOString(),
    snapshot: input.snapshot,
    ...(input.parent ? { parent: input.parent } : {}),
    classification: input.classification,
    capture: input.capture,
    ...(screenshot ? { screenshot } : {}),
    ...(screenshotError ? { screenshotError } : {}),
  };
  // Hash before the transaction: Dexie transactions must not await foreign promises.
  const record: EvidenceRecord = { ...unsealed, sealSha256: await sha256Hex(canonicalJson(unsealed)) };
  // Record and screenshot are written together or not at all.
  return db.transaction('rw', db.evidence, db.artefacts, async () => {
    const existing = await db.evidence
      .where('[caseId+statusId]')
      .equals([caseId, input.snapshot.statusId])
      .first();
    if (existing) return { record: existing, alreadyKept: true };
    await db.evidence.add(record);
    if (artefact) await db.artefacts.add(artefact);
    return { record, alreadyKept: false };
  });
}

/** Recomputes a record's seal; false means it was altered after capture. */
export async function verifySeal(record: EvidenceRecord): Promise<boolean> {
  const { sealSha256, ...unsealed } = record;
  return (await sha256Hex(canonicalJson(unsealed))) === sealSha256;
}

/** The seal and, when there is one, the screenshot's bytes against the hash sealed in the record. */
export async function verifyEvidence(record: EvidenceRecord, db: TemoinDb = getDb()): Promise<boolean> {
  if (!(await verifySeal(record))) return false;
  if (!record.screenshot) return true;
  const artefact = await db.artefacts.get(record.screenshot.artefactId);
  return artefact !== undefined && (await sha256Hex(artefact.bytes)) === record.screenshot.sha256;
}

/** Kept items, newest capture first. */
export async function listEvidence(db: TemoinDb = getDb(), caseId = DEFAULT_CASE_ID): Promise<EvidenceRecord[]> {
  const all = await db.evidence.orderBy('capturedAt').reverse().toArray();
  return all.filter((r) => r.caseId === caseId);
}

/** Which of these status ids are kept. */
export async function keptStatusIds(
  statusIds: string[],
  db: TemoinDb = getDb(),
  caseId = DEFAULT_CASE_ID,
): Promise<Set<string>> {
  const rows = await db.evidence.where('statusId').anyOf(statusIds).toArray();
  return new Set(rows.filter((r) => r.caseId === caseId).map((r) => r.statusId));
}

/** The stored screenshot of a record, if it has one. */
export async function screenshotOf(record: EvidenceRecord, db: TemoinDb = getDb()): Promise<ArtefactRecord | undefined> {
  return record.screenshot ? db.artefacts.get(record.screenshot.artefactId) : undefined;
}
