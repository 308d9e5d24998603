import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, TemoinDb } from '../../storage/db';
import { keepEvidence, listEvidence, verifyEvidence } from '../../storage/evidence.repository';
import { snapshot } from './helpers';

const classification = { label: 'hostile' as const, scores: { hostile: 1, supportive: 0, doxxing: 0, neutral: 0 }, subLabels: [], reasons: [], version: 't' };
const capture = { extensionVersion: '0.1.0', userAgent: 'UA', locale: 'fr', timeZone: 'Europe/Paris', method: 'button' as const };

describe('database upgrades', () => {
  it('v1 → current: evidence kept before screenshots existed stays intact and sealed', async () => {
    const name = `temoin-migration-${Date.now()}`;
    // A user's database as version 1 wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      evidence: 'id, &[caseId+statusId], statusId, capturedAt, snapshot.author.handle',
      labelEdits: '++seq, statusId, at',
      seen: 'statusId, handle, label, firstSeenAt',
    });
    await v1.open();
    // A sealed record as v1 kept it (sealed by the same code, in a scratch database).
    const { record } = await keepEvidence({ snapshot: snapshot(), classification, capture }, new TemoinDb(`${name}-scratch`));
    await v1.table('evidence').add(record);
    await v1.table('labelEdits').add({ statusId: record.statusId, label: 'neutral', at: '2026-11-21T08:00:00.000Z' });
    v1.close();

    const upgraded = new TemoinDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(DB_VERSION);
    const [kept] = await listEvidence(upgraded);
    expect(kept).toEqual(record);
    expect(await verifyEvidence(kept!, upgraded)).toBe(true);
    expect(await upgraded.labelEdits.count()).toBe(1);
    expect(await upgraded.artefacts.count()).toBe(0);
  });

  it('a screenshot is stored with its record, and altering its bytes breaks verification', async () => {
    const db = new TemoinDb(`temoin-shot-${Date.now()}`);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const { record } = await keepEvidence({ snapshot: snapshot(), classification, capture, screenshot: { png, width: 3, height: 2 } }, db);
    expect(record.screenshot).toMatchObject({ width: 3, height: 2, mime: 'image/png' });
    expect(await verifyEvidence(record, db)).toBe(true);
    await db.artefacts.update(record.screenshot!.artefactId, { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9, 9]) });
    expect(await verifyEvidence(record, db)).toBe(false);
  });

  it('without a screenshot, the reason is sealed with the record', async () => {
    const db = new TemoinDb(`temoin-noshot-${Date.now()}`);
    const { record } = await keepEvidence({ snapshot: snapshot(), classification, capture, screenshot: { error: 'permission refused' } }, db);
    expect(record.screenshot).toBeUndefined();
    expect(record.screenshotError).toBe('permission refused');
    expect(await verifyEvidence({ ...record, screenshotError: undefined }, db)).toBe(false);
  });
});
