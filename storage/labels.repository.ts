/** The user's label corrections: a layer over the classifier, append-only. */
import type { Label } from './schema';
import { getDb, type LabelEdit, type TemoinDb } from './db';

/** Records a correction; earlier ones stay as history. */
export async function setUserLabel(statusId: string, label: Label, db: TemoinDb = getDb(), now = new Date()): Promise<LabelEdit> {
  const edit: LabelEdit = { statusId, label, at: now.toISOString() };
  edit.seq = await db.labelEdits.add(edit);
  return edit;
}

/** The latest correction per status id, for those that have one. */
export async function currentUserLabels(statusIds: string[], db: TemoinDb = getDb()): Promise<Map<string, Label>> {
  const edits = await db.labelEdits.where('statusId').anyOf(statusIds).sortBy('seq');
  const out = new Map<string, Label>();
  for (const e of edits) out.set(e.statusId, e.label);
  return out;
}

/** Every correction of one post, oldest first. */
export function labelHistory(statusId: string, db: TemoinDb = getDb()): Promise<LabelEdit[]> {
  return db.labelEdits.where('statusId').equals(statusId).sortBy('seq');
}
