/**
 * Every page type X shows replies on, in the real browser: status pages
 * (twitter.com included), the media viewer, mentions, search, profile, home.
 * Each sanitised fixture is served at the address it was captured on.
 */
import { FIXTURE_URLS } from '../fixtures/x/fixtures';
import { fixture } from './harness';
import { expect, test } from './fixtures';

for (const [file, url] of Object.entries(FIXTURE_URLS)) {
  test(`${new URL(url).hostname}${new URL(url).pathname}: every post with a permalink gets a label and one badge`, async ({ openX }) => {
    const page = await openX(url, fixture(`x/${file}`));
    const posts = page.locator('article[data-testid="tweet"]:has(a[href*="/status/"] time)');
    const n = await posts.count();
    expect(n).toBeGreaterThan(0);
    await expect(page.locator('article[data-temoin-label]')).toHaveCount(n);
    await expect(page.locator('[data-temoin-badge]')).toHaveCount(n);
    await expect(page.locator('[data-temoin-part="unreadable"]')).toBeHidden();
  });
}
