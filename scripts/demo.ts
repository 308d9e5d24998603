// `npm run demo`: builds the extension if needed, opens Chromium with it on the
// bundled demo conversation (served at its x.com URL, no network), and walks
// through it. `--headless` (or no display) writes screenshots to demo-output/
// and exits; otherwise the window stays open until you close it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../test/e2e/harness';
import { buildIfNeeded } from './build-if-needed';
import { DEMO_CONVERSATION, DEMO_URL, demoHtml, statusId } from '../test/fixtures/demo';

const OUT = 'demo-output';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function main(): Promise<void> {
  buildIfNeeded();
  const session = await launchExtension({ headless, viewport: { width: 1280, height: 1000 } });
  try {
    const page = await session.open(DEMO_URL, demoHtml());
    const expected = 1 + DEMO_CONVERSATION.replies.length + (DEMO_CONVERSATION.discoverMore?.length ?? 0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-temoin-badge]').length >= n, expected, { timeout: 20_000 });
    const counts = await page.evaluate(() => {
      const c: Record<string, number> = {};
      for (const a of document.querySelectorAll('[data-temoin-label]')) {
        const l = a.getAttribute('data-temoin-label')!;
        c[l] = (c[l] ?? 0) + 1;
      }
      return c;
    });
    console.log(`Demo conversation: ${expected} posts labelled`, counts);

    if (!headless) {
      console.log(`Témoin is running on ${DEMO_URL}. Close the browser window to end the demo.`);
      await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
      return;
    }

    mkdirSync(OUT, { recursive: true });
    // Keep two replies, as a user would, so the popup and case view have content.
    const toKeep = DEMO_CONVERSATION.replies.filter((r) => r.expected === 'hostile' || r.expected === 'doxxing').slice(0, 3);
    for (const r of toKeep) {
      const article = page.locator(`article[data-temoin-id="${statusId(r)}"]`);
      await article.locator('button[data-temoin-action="keep"]').click();
      await page.locator(`article[data-temoin-id="${statusId(r)}"][data-temoin-kept="true"]`).waitFor();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'conversation.png') });
    await page.screenshot({ path: join(OUT, 'conversation-full.png'), fullPage: true });

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 620 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('[data-testid="kept-item"]').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const caseView = await session.context.newPage();
    await caseView.goto(`chrome-extension://${session.extensionId}/case.html`);
    await caseView.locator('[data-testid="case-row"]').first().waitFor();
    await caseView.screenshot({ path: join(OUT, 'case.png'), fullPage: true });
    console.log(`Screenshots written to ${OUT}/: conversation.png, conversation-full.png, popup.png, case.png`);
  } finally {
    await session.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
