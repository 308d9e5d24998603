/**
 * The store build (what users install), not the e2e build: it asks for no
 * host permission at install, so a kept post has no screenshot until the user
 * allows it; the evidence is kept all the same and the popup says why.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { DEMO_CONVERSATION, DEMO_URL, demoHtml, statusId } from '../fixtures/demo';
import { launchExtension, type ExtensionSession } from './harness';
import { expect, readStore } from './fixtures';

const test = base.extend<{ ext: ExtensionSession }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const session = await launchExtension({ extensionDir: resolve('.output/chrome-mv3') });
    try {
      await use(session);
    } finally {
      await session.close();
    }
  },
});

test('without the screenshot permission, keeping still works and the popup offers to allow screenshots', async ({ ext }) => {
  const page = await ext.open(DEMO_URL, demoHtml());
  const target = DEMO_CONVERSATION.replies.find((r) => r.expected === 'hostile')!;
  const article = page.locator(`article[data-temoin-id="${statusId(target)}"]`);
  await article.locator('button[data-temoin-action="keep"]').click();
  await expect(article).toHaveAttribute('data-temoin-kept', 'true');
  const [record] = await readStore<{ statusId: string; screenshot?: unknown; screenshotError?: string; snapshot: { text: string } }>(ext, 'evidence');
  expect(record!.snapshot.text).toBe(target.text);
  expect(record!.screenshot).toBeUndefined();
  expect(record!.screenshotError).toMatch(/permission|activeTab|all_urls/i);

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.locator('[data-testid="screenshots-off"]')).toContainText('sans capture d’écran');
  const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
});

test('installing opens the onboarding page: the privacy promise in French and a button for screenshots', async ({ ext }) => {
  const onboarding = ext.context.pages().find((p) => p.url().endsWith('/onboarding.html')) ?? (await ext.context.waitForEvent('page', (p) => p.url().endsWith('/onboarding.html')));
  await expect(onboarding.locator('[data-testid="privacy-promise"]')).toContainText('Rien ne quitte votre appareil');
  await expect(onboarding.getByRole('button', { name: 'Autoriser les captures d’écran' })).toBeVisible();
});

test('the classifier the extension loads (code and weights, in the background script) stays under 3 MB', () => {
  const bytes = statSync(resolve('.output/chrome-mv3/background.js')).size;
  expect(bytes).toBeGreaterThan(100_000);
  expect(bytes).toBeLessThan(3 * 1024 * 1024);
});
