import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DEMO_CONVERSATION, DEMO_FOCAL_ID, DEMO_URL, demoHtml, statusId } from '../fixtures/demo';
import { expect, readStore, test } from './fixtures';

const replies = DEMO_CONVERSATION.replies;
const postIds = [DEMO_FOCAL_ID, ...replies.map(statusId), ...(DEMO_CONVERSATION.discoverMore ?? []).map(statusId)];

test('labels every post with a permalink, skips the ad, keeps a reply into IndexedDB and shows it in the popup', async ({ ext, openX }) => {
  const page = await openX(DEMO_URL, demoHtml());
  const labelled = page.locator('article[data-testid="tweet"][data-temoin-label]');
  await expect(labelled).toHaveCount(postIds.length);
  const ids = await labelled.evaluateAll((els) => els.map((e) => e.getAttribute('data-temoin-id')));
  expect(ids.sort()).toEqual([...postIds].sort());
  for (const label of await labelled.evaluateAll((els) => els.map((e) => e.getAttribute('data-temoin-label')))) {
    expect(['hostile', 'supportive', 'doxxing', 'neutral']).toContain(label);
  }
  // The ad has no permalink: never labelled, never given a badge.
  const ad = page.locator('article[data-testid="tweet"]:not([data-temoin-id])');
  await expect(ad).toHaveCount(1);
  await expect(ad.locator('[data-temoin-badge]')).toHaveCount(0);
  // Every labelled post shows a visible badge with a keep button.
  await expect(page.locator('[data-temoin-badge]')).toHaveCount(postIds.length);
  for (const badge of await page.locator('[data-temoin-badge]').all()) await expect(badge).toBeVisible();

  const target = replies.find((r) => r.text.includes('traîtresse'))!;
  const targetId = statusId(target);
  const article = page.locator(`article[data-temoin-id="${targetId}"]`);
  await article.locator('button[data-temoin-action="keep"]').click();
  await expect(article).toHaveAttribute('data-temoin-kept', 'true');

  const stored = await readStore<{ statusId: string; parent?: unknown; snapshot: { author: { handle: string; displayName: string }; text: string; url: string } }>(ext, 'evidence');
  expect(stored).toHaveLength(1);
  expect(stored[0]!.statusId).toBe(targetId);
  expect(stored[0]!.snapshot.author.handle).toBe(target.author.handle);
  expect(stored[0]!.snapshot.author.displayName).toBe(target.author.name);
  expect(stored[0]!.snapshot.text).toBe(target.text);
  expect(stored[0]!.snapshot.url).toBe(`https://x.com/${target.author.handle}/status/${targetId}`);
  // The post it answered is kept with it, verbatim.
  expect(stored[0]!.parent).toMatchObject({ statusId: DEMO_FOCAL_ID, text: DEMO_CONVERSATION.focal.text, author: { handle: DEMO_CONVERSATION.focal.author.handle } });

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // What was seen (for raid statistics) matches what the page counted.
  const chip = (await page.locator('[data-temoin-summary] [data-temoin-part="counts"]').textContent())!;
  const [, h, s, d] = /^(\d+) hostiles · (\d+) soutiens · (\d+) doxxing$/.exec(chip)!;
  await expect(popup.locator('[data-testid="seen-stats"]')).toContainText(`Vus : ${h} hostiles, ${s} soutiens, ${d} doxxing`);
  const item = popup.locator(`[data-testid="kept-item"][data-status-id="${targetId}"]`);
  await expect(item).toBeVisible();
  await expect(item).toContainText(target.text.split('\n')[0]!);
  await expect(item).toContainText(`@${target.author.handle}`);
});

test('keeping a blurred reply stores a screenshot of it as X shows it, hashed and sealed, then blurs it again', async ({ ext, openX }) => {
  const page = await openX(DEMO_URL, demoHtml());
  await expect(page.locator('[data-temoin-badge]')).toHaveCount(postIds.length);
  const blurred = page.locator('article[data-temoin-blurred="true"]').nth(2);
  const id = (await blurred.getAttribute('data-temoin-id'))!;
  const box = (await blurred.boundingBox())!;
  await blurred.locator('button[data-temoin-action="keep"]').click();
  await expect(blurred).toHaveAttribute('data-temoin-kept', 'true');
  // Protected again once the capture is done.
  await expect(blurred).toHaveAttribute('data-temoin-blurred', 'true');
  await expect(blurred).not.toHaveAttribute('data-temoin-capturing');

  const [record] = await readStore<{ statusId: string; screenshot?: { artefactId: string; width: number; height: number; sha256: string }; screenshotError?: string }>(ext, 'evidence');
  expect(record!.statusId).toBe(id);
  expect(record!.screenshotError).toBeUndefined();
  expect(Math.abs(record!.screenshot!.width - box.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(record!.screenshot!.height - box.height)).toBeLessThanOrEqual(2);
  const [artefact] = await readStore<{ id: string; bytes: Uint8Array; sha256: string }>(ext, 'artefacts');
  expect(artefact!.id).toBe(record!.screenshot!.artefactId);
  const bytes = Buffer.from(Object.values(artefact!.bytes) as number[]);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(record!.screenshot!.sha256);
  writeFileSync(test.info().outputPath('kept.png'), bytes);

  // The case view shows it, with the seal and the screenshot hash verified.
  const caseView = await ext.context.newPage();
  await caseView.goto(`chrome-extension://${ext.extensionId}/case.html`);
  await expect(caseView.locator('[data-testid="case-screenshot"]')).toBeVisible();
  await expect(caseView.locator('[data-testid="case-row"]')).toContainText('intacte');
});

test('keeping several replies in quick succession gives each its own screenshot', async ({ ext, openX }) => {
  const page = await openX(DEMO_URL, demoHtml());
  await expect(page.locator('[data-temoin-badge]')).toHaveCount(postIds.length);
  const targets = page.locator('article[data-temoin-id]:not([tabindex="-1"])');
  // Chrome allows two tab captures a second; these three clicks come faster than that.
  for (const i of [0, 1, 2]) await targets.nth(i).locator('button[data-temoin-action="keep"]').click();
  for (const i of [0, 1, 2]) await expect(targets.nth(i)).toHaveAttribute('data-temoin-kept', 'true');
  const records = await readStore<{ screenshot?: { sha256: string }; screenshotError?: string }>(ext, 'evidence');
  expect(records.map((r) => r.screenshotError ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
  expect(new Set(records.map((r) => r.screenshot!.sha256)).size).toBe(3);
});
