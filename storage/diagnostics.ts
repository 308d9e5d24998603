/**
 * What Témoin could not read, kept across browser restarts so a helper or a bug
 * report can see when X's page changed ("X changed its page: N posts…").
 * Counts and reasons only: never post content.
 */
import { storage } from 'wxt/utils/storage';

/** The kept diagnostics. */
export interface Diagnostics {
  /** Posts that could not be read, summed over pages since install. */
  unreadableTotal: number;
  /** The last page where posts could not be read. */
  last?: { at: string; pageUrl: string; unreadable: number; read: number; reasons: string[] };
}

const item = storage.defineItem<Diagnostics>('local:diagnostics', { fallback: { unreadableTotal: 0 }, version: 1 });

/** Current diagnostics. */
export function getDiagnostics(): Promise<Diagnostics> {
  return item.getValue();
}

/** Adds newly unreadable posts (the delta since the previous report of that page). */
export async function recordUnreadable(
  delta: number,
  last: NonNullable<Diagnostics['last']>,
): Promise<void> {
  const d = await item.getValue();
  await item.setValue({ unreadableTotal: d.unreadableTotal + Math.max(0, delta), last });
}
