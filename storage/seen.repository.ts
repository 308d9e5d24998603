/** Posts read on screen, kept for raid statistics (who attacks, how many accounts). */
import { getDb, type SeenPost, type TemoinDb } from './db';

/**
 * Adds posts not seen before. A post already recorded keeps its first-seen time
 * but takes the newer classification, so statistics follow classifier updates.
 */
export async function recordSeen(posts: SeenPost[], db: TemoinDb = getDb()): Promise<void> {
  if (posts.length === 0) return;
  await db.transaction('rw', db.seen, async () => {
    const existing = await db.seen.bulkGet(posts.map((p) => p.statusId));
    const rows = posts.map((p, i) => {
      const prev = existing[i];
      return prev ? { ...p, firstSeenAt: prev.firstSeenAt, pageUrl: prev.pageUrl } : p;
    });
    await db.seen.bulkPut(rows);
  });
}

/** Counts of seen posts per label and distinct hostile authors. */
export async function seenSummary(db: TemoinDb = getDb()): Promise<{
  byLabel: Record<string, number>;
  distinctHostileAuthors: number;
}> {
  const byLabel: Record<string, number> = {};
  const hostileAuthors = new Set<string>();
  await db.seen.each((p) => {
    byLabel[p.label] = (byLabel[p.label] ?? 0) + 1;
    if (p.label === 'hostile' || p.label === 'doxxing') hostileAuthors.add(p.handle.toLowerCase());
  });
  return { byLabel, distinctHostileAuthors: hostileAuthors.size };
}
