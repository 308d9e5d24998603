import { DEMO_CONVERSATION, DEMO_URL, demoHtml, statusId } from '../fixtures/demo';
import { expect, test } from './fixtures';

/** Requests that left the browser: anything but the extension's own files and inline data. */
function outside(urls: string[]): string[] {
  return urls.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
}

test('the extension makes no network request of its own while the page is used', async ({ ext, openX }) => {
  const page = await openX(DEMO_URL, demoHtml());
  await expect(page.locator('[data-temoin-badge]')).toHaveCount(1 + DEMO_CONVERSATION.replies.length + DEMO_CONVERSATION.discoverMore!.length);

  // Use everything: keep, correct, reveal, hidden replies, popup, case view, onboarding.
  const hostile = DEMO_CONVERSATION.replies.find((r) => r.expected === 'hostile')!;
  const article = page.locator(`article[data-temoin-id="${statusId(hostile)}"]`);
  await article.locator('button[data-temoin-action="keep"]').click();
  await expect(article).toHaveAttribute('data-temoin-kept', 'true');
  await article.locator('select[data-temoin-action="correct"]').selectOption('neutral');
  await expect(article).toHaveAttribute('data-temoin-label', 'neutral');
  const other = page.locator('article[data-temoin-blurred="true"]').first();
  await other.locator('button[data-temoin-action="reveal"]').click();
  await page.locator('article:not([data-testid="tweet"]) button').click();
  await expect(page.locator('[data-temoin-badge]')).toHaveCount(
    1 + DEMO_CONVERSATION.replies.length + DEMO_CONVERSATION.hiddenReplies!.length + DEMO_CONVERSATION.discoverMore!.length,
  );
  for (const path of ['popup.html', 'case.html', 'onboarding.html']) {
    const p = await ext.context.newPage();
    await p.goto(`chrome-extension://${ext.extensionId}/${path}`);
    await p.locator('main').waitFor();
  }

  const urls = ext.requests.map((r) => r.url());
  // The only outside request is the x.com page itself, which the test served.
  expect(outside(urls)).toEqual([DEMO_URL]);
});

test('the request recorder sees requests made by the extension service worker (control)', async ({ ext }) => {
  // Without this control, the test above could pass because the recorder is blind.
  await ext.serviceWorker.evaluate(() => fetch('https://telemetry.invalid/ping').catch(() => undefined));
  await expect.poll(() => outside(ext.requests.map((r) => r.url()))).toEqual(['https://telemetry.invalid/ping']);
});
