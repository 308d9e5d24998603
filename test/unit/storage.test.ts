import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../storage/canonical';
import { keepEvidence, keptStatusIds, listEvidence, verifySeal } from '../../storage/evidence.repository';
import { currentUserLabels, labelHistory, setUserLabel } from '../../storage/labels.repository';
import { recordSeen, seenSummary } from '../../storage/seen.repository';
import { freshDb, snapshot } from './helpers';

const classification = {
  label: 'hostile' as const,
  scores: { hostile: 0.9, supportive: 0, doxxing: 0, neutral: 0.1 },
  subLabels: ['insult' as const],
  reasons: [],
  version: 'test',
};
const capture = { extensionVersion: '0.1.0', userAgent: 'UA', locale: 'fr', timeZone: 'Europe/Paris', method: 'button' as const };

describe('canonical JSON and hashing', () => {
  it('ignores key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
  it('hashes UTF-8 like sha256sum', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('evidence repository', () => {
  it('stores a sealed, verbatim capture and finds it again', async () => {
    const db = freshDb();
    const snap = snapshot();
    const { record, alreadyKept } = await keepEvidence({ snapshot: snap, classification, capture, now: new Date('2026-11-21T08:00:00Z') }, db);
    expect(alreadyKept).toBe(false);
    expect(record.capturedAt).toBe('2026-11-21T08:00:00.000Z');
    expect(record.sealSha256).toMatch(/^[0-9a-f]{64}$/);
    const [stored] = await listEvidence(db);
    expect(stored!.snapshot.text).toBe('donc tu reconnais être un traître 🤡\nlol');
    expect(stored!.snapshot.author.displayName).toBe('Jean 🇫🇷 ياسمين');
    expect(await verifySeal(stored!)).toBe(true);
    expect(await keptStatusIds([snap.statusId, '42'], db)).toEqual(new Set([snap.statusId]));
  });

  it('never overwrites: keeping twice returns the first capture', async () => {
    const db = freshDb();
    const first = await keepEvidence({ snapshot: snapshot(), classification, capture }, db);
    const second = await keepEvidence({ snapshot: snapshot({ text: 'edited later by the author' }), classification, capture }, db);
    expect(second.alreadyKept).toBe(true);
    expect(second.record.id).toBe(first.record.id);
    expect((await listEvidence(db)).map((r) => r.snapshot.text)).toEqual(['donc tu reconnais être un traître 🤡\nlol']);
  });

  it('detects a capture altered after the fact', async () => {
    const db = freshDb();
    const { record } = await keepEvidence({ snapshot: snapshot(), classification, capture }, db);
    expect(await verifySeal({ ...record, snapshot: { ...record.snapshot, text: 'softened' } })).toBe(false);
  });
});

describe('label corrections', () => {
  it('keeps history and the latest wins', async () => {
    const db = freshDb();
    await setUserLabel('1', 'neutral', db, new Date('2026-11-21T08:00:00Z'));
    await setUserLabel('1', 'supportive', db, new Date('2026-11-21T09:00:00Z'));
    await setUserLabel('2', 'hostile', db);
    expect(await currentUserLabels(['1', '2', '3'], db)).toEqual(new Map([['1', 'supportive'], ['2', 'hostile']]));
    expect((await labelHistory('1', db)).map((e) => e.label)).toEqual(['neutral', 'supportive']);
  });
});

describe('seen posts', () => {
  it('counts labels and distinct hostile accounts, keeping the first-seen time', async () => {
    const db = freshDb();
    const base = { displayName: 'x', firstSeenAt: '2026-11-21T08:00:00.000Z', pageUrl: 'https://x.com/a/status/1', classifierVersion: 't' };
    await recordSeen(
      [
        { ...base, statusId: '1', handle: 'Troll', label: 'hostile' },
        { ...base, statusId: '2', handle: 'troll', label: 'hostile' },
        { ...base, statusId: '3', handle: 'ami', label: 'supportive' },
        { ...base, statusId: '4', handle: 'doxer', label: 'doxxing' },
      ],
      db,
    );
    await recordSeen([{ ...base, statusId: '3', handle: 'ami', label: 'neutral', firstSeenAt: '2026-11-22T00:00:00.000Z' }], db);
    expect(await seenSummary(db)).toEqual({ byLabel: { hostile: 2, neutral: 1, doxxing: 1 }, distinctHostileAuthors: 2 });
    expect((await db.seen.get('3'))!.firstSeenAt).toBe('2026-11-21T08:00:00.000Z');
  });
});
