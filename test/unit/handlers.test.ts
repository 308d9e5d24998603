import { describe, expect, it } from 'vitest';
import {
  handleClassifyPosts,
  handleGetTabStatus,
  handleKeepPost,
  handleReportPageStatus,
  handleSetUserLabel,
  type HandlerDeps,
} from '../../entrypoints/background/handlers';
import { memoryTabStatus } from '../../storage/tab-status';
import { listEvidence } from '../../storage/evidence.repository';
import { currentUserLabels } from '../../storage/labels.repository';
import { CONTENT_SENDER, PAGE_SENDER, freshDb, snapshot } from './helpers';

function deps(): HandlerDeps {
  return {
    db: freshDb(),
    extensionId: 'ext-id',
    extensionOrigin: 'chrome-extension://ext-id/',
    environment: () => ({ extensionVersion: '0.1.0', userAgent: 'UA', locale: 'fr', timeZone: 'Europe/Paris' }),
    tabStatus: memoryTabStatus(),
  };
}

describe('sender checks', () => {
  const evil = [
    { name: 'another extension', sender: { ...CONTENT_SENDER, id: 'other-ext' } },
    { name: 'a page on another site', sender: { ...CONTENT_SENDER, url: 'https://evil.example/x.com' } },
    { name: 'a look-alike host', sender: { ...CONTENT_SENDER, url: 'https://x.com.evil.example/' } },
    { name: 'a message without a tab', sender: { id: 'ext-id', url: 'https://x.com/' } },
  ];
  for (const { name, sender } of evil) {
    it(`refuses keepPost from ${name} and stores nothing`, async () => {
      const d = deps();
      await expect(handleKeepPost({ snapshot: snapshot(), method: 'button' }, sender, d)).rejects.toThrow(/unexpected sender/);
      expect(await listEvidence(d.db)).toEqual([]);
    });
  }

  it('accepts twitter.com and mobile hosts', async () => {
    const d = deps();
    for (const url of ['https://twitter.com/a', 'https://mobile.x.com/a', 'https://mobile.twitter.com/a']) {
      await expect(handleSetUserLabel({ statusId: '1', label: 'neutral' }, { ...CONTENT_SENDER, url }, d)).resolves.toBeUndefined();
    }
  });

  it('lets only extension pages ask for a tab status', async () => {
    const d = deps();
    await expect(handleGetTabStatus({ tabId: 7 }, CONTENT_SENDER, d)).rejects.toThrow(/unexpected sender/);
    expect(await handleGetTabStatus({ tabId: 7 }, PAGE_SENDER, d)).toBeNull();
  });
});

describe('message validation', () => {
  it('rejects a malformed snapshot with a clear error and leaves stored evidence intact', async () => {
    const d = deps();
    await handleKeepPost({ snapshot: snapshot(), method: 'button' }, CONTENT_SENDER, d);
    const bad = [
      { snapshot: { ...snapshot({ statusId: '2' }), statusId: '2; DROP' }, method: 'button' },
      { snapshot: { ...snapshot({ statusId: '3' }), url: 'javascript:alert(1)' }, method: 'button' },
      { snapshot: { ...snapshot({ statusId: '4' }), text: 'x'.repeat(30_000) }, method: 'button' },
      { snapshot: snapshot({ statusId: '5' }), method: 'telepathy' },
      null,
    ];
    for (const raw of bad) await expect(handleKeepPost(raw, CONTENT_SENDER, d)).rejects.toThrow();
    const kept = await listEvidence(d.db);
    expect(kept.map((r) => r.statusId)).toEqual([snapshot().statusId]);
  });

  it('keeps the evidence when the screenshot geometry is unusable or the capture fails', async () => {
    const d = { ...deps(), capturePost: async () => Promise.reject(new Error('permission to capture the tab was refused')) };
    const senderWithWindow = { ...CONTENT_SENDER, tab: { id: 7, windowId: 1 } };
    const zero = { rect: { x: 0, y: 0, width: 0, height: 0 }, viewport: { width: 1000, height: 800 } };
    const a = await handleKeepPost({ snapshot: snapshot({ statusId: '21' }), method: 'button', capture: zero }, senderWithWindow, d);
    expect(a.screenshotError).toBe('no position on screen was given');
    const good = { rect: { x: 0, y: 0, width: 600, height: 100 }, viewport: { width: 1000, height: 800 } };
    const b = await handleKeepPost({ snapshot: snapshot({ statusId: '22' }), method: 'button', capture: good }, senderWithWindow, d);
    expect(b.screenshotError).toBe('permission to capture the tab was refused');
    expect((await listEvidence(d.db)).map((r) => r.statusId).sort()).toEqual(['21', '22']);
  });

  it('keeps the post a reply answers as its context, and only that post', async () => {
    const d = deps();
    const parent = snapshot({ statusId: '30', text: 'Je suis affligée par ce que j’ai entendu ce soir.', author: { handle: 'camille', displayName: 'Camille', profileUrl: 'https://x.com/camille', verified: true } });
    const reply = snapshot({ statusId: '31', inReplyTo: { statusId: '30', handles: [] } });
    await handleKeepPost({ snapshot: reply, method: 'button', parent }, CONTENT_SENDER, d);
    // A "parent" the reply does not answer is not stored as its context.
    await handleKeepPost({ snapshot: snapshot({ statusId: '32', inReplyTo: { statusId: '30', handles: [] } }), method: 'button', parent: snapshot({ statusId: '99' }) }, CONTENT_SENDER, d);
    const byId = new Map((await listEvidence(d.db)).map((r) => [r.statusId, r]));
    expect(byId.get('31')!.parent).toEqual(parent);
    expect(byId.get('32')!.parent).toBeUndefined();
  });

  it('rejects an oversized batch', async () => {
    const posts = Array.from({ length: 201 }, (_, i) => snapshot({ statusId: String(1000 + i) }));
    await expect(handleClassifyPosts({ posts }, CONTENT_SENDER, deps())).rejects.toThrow();
  });
});

describe('classify, keep, correct', () => {
  it('returns a verdict per post, with the user correction and kept flag', async () => {
    const d = deps();
    const a = snapshot({ statusId: '11' });
    const b = snapshot({ statusId: '12', text: 'Courage Camille, on est avec toi ❤️' });
    await handleSetUserLabel({ statusId: '12', label: 'supportive' }, CONTENT_SENDER, d);
    await handleKeepPost({ snapshot: a, method: 'keyboard' }, CONTENT_SENDER, d);
    const verdicts = await handleClassifyPosts({ posts: [a, b] }, CONTENT_SENDER, d);
    expect(verdicts.map((v) => [v.statusId, v.kept, v.userLabel])).toEqual([
      ['11', true, undefined],
      ['12', false, 'supportive'],
    ]);
    expect(verdicts[0]!.classification.version).toBeTruthy();
    expect(await d.db.seen.count()).toBe(2);
    const [rec] = await listEvidence(d.db);
    expect(rec!.capture).toEqual({ extensionVersion: '0.1.0', userAgent: 'UA', locale: 'fr', timeZone: 'Europe/Paris', method: 'keyboard' });
    expect(await currentUserLabels(['12'], d.db)).toEqual(new Map([['12', 'supportive']]));
  });

  it('reads a reply that only agrees ("this 💯") as the post it answers, found in the batch or sent with it', async () => {
    const d = deps();
    const attack = snapshot({ statusId: '20', text: 'Ferme ta gueule sale pute, personne veut de toi ici' });
    const defence = snapshot({ statusId: '21', text: 'Stay strong, we are all with you ❤️' });
    const echoAttack = snapshot({ statusId: '22', text: 'this 💯', inReplyTo: { statusId: '20', handles: [] } });
    const echoDefence = snapshot({ statusId: '23', text: 'this 💯', inReplyTo: { statusId: '21', handles: [] } });
    const unknownParent = snapshot({ statusId: '24', text: 'this 💯', inReplyTo: { statusId: '99', handles: [] } });
    const verdicts = await handleClassifyPosts({ posts: [attack, echoAttack, echoDefence, unknownParent], parents: [defence] }, CONTENT_SENDER, d);
    expect(verdicts.map((v) => [v.statusId, v.classification.label])).toEqual([
      ['20', 'hostile'],
      ['22', 'hostile'],
      ['23', 'supportive'],
      ['24', 'neutral'],
    ]);
    // A parent sent along is context only: it gets no verdict and is not counted as seen.
    expect(await d.db.seen.count()).toBe(4);
  });

  it('refuses a batch whose parents are malformed, before reading anything', async () => {
    await expect(handleClassifyPosts({ posts: [snapshot()], parents: [{ statusId: 'x' }] }, CONTENT_SENDER, deps())).rejects.toThrow();
  });

  it('remembers the page status per tab and counts each unreadable post once in the diagnostics', async () => {
    const recorded: number[] = [];
    const d = { ...deps(), recordUnreadable: async (delta: number) => void recorded.push(delta) };
    const status = { pageUrl: 'https://x.com/a/status/1', read: 40, unreadable: 2, skipped: 1, reasons: ['no User-Name'] };
    await handleReportPageStatus(status, CONTENT_SENDER, d);
    expect(await handleGetTabStatus({ tabId: 7 }, PAGE_SENDER, d)).toEqual(status);
    // The same page reporting again (more posts read, one more failure): only the new failure counts.
    await handleReportPageStatus({ ...status, read: 60, unreadable: 3 }, CONTENT_SENDER, d);
    await handleReportPageStatus({ ...status, read: 70, unreadable: 3 }, CONTENT_SENDER, d);
    // Another page starts from zero.
    await handleReportPageStatus({ ...status, pageUrl: 'https://x.com/notifications', unreadable: 1 }, CONTENT_SENDER, d);
    expect(recorded).toEqual([2, 1, 1]);
  });
});
