// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
/**
 * Performance guard on a long conversation: the work the controller does
 * must stay linear (each post read once) and the background must get bounded
 * batches. Counted, not timed: jsdom timings say nothing about a browser.
 */
import { afterEach, expect, it } from 'vitest';
import type { PageController } from '../../entrypoints/social.content/controller';
import { generateLongConversation } from '../fixtures/demo/conversation';
import { DEMO_URL, longConversationHtml, statusId } from '../fixtures/demo/index';
import { badgeHosts, countingAdapter, expectedLabels, fakePorts, loadPage, postArticles, settle, startController, statusReported, summaryPart } from './controller-helpers';

// Over 100 posts so batching is exercised; the 500-reply page is measured by `npm run bench`
// in Chromium, where reading is ~200x faster than in jsdom.
const N = 120;
let controller: PageController | undefined;

afterEach(() => {
  controller?.stop();
  controller = undefined;
});

it(`reads each of ${N + 3} posts once and classifies them in batches of at most 100`, async () => {
  const spec = generateLongConversation(N);
  const ids = [statusId(spec.focal), ...spec.replies.map(statusId), ...(spec.discoverMore ?? []).map(statusId)];
  loadPage(longConversationHtml(N), DEMO_URL);
  const ports = fakePorts(expectedLabels(spec));
  const adapter = countingAdapter();
  controller = startController(ports, undefined, adapter);
  await settle(ports, 550_000);

  for (const batch of ports.classifyCalls) expect(batch.length).toBeLessThanOrEqual(100);
  // Each post is sent exactly once, whatever the batching.
  expect(ports.classified().sort()).toEqual([...ids].sort());
  // Once per post element (the ad included): a verdict arriving must not cause a re-read.
  const articles = postArticles();
  expect(articles).toHaveLength(ids.length + 1);
  expect(adapter.totalReads()).toBe(articles.length);
  expect([...adapter.reads.values()].every((n) => n === 1)).toBe(true);

  expect(badgeHosts()).toHaveLength(ids.length);
  const count = (l: string) => spec.replies.filter((r) => r.expected === l).length;
  expect(summaryPart('counts')).toBe(`summaryHostile:${count('hostile')} · summarySupportive:${count('supportive')} · summaryDoxxing:${count('doxxing')}`);
  await statusReported();
  expect(ports.statuses.at(-1)).toMatchObject({ read: ids.length, unreadable: 0, skipped: 1 });
}, 600_000);
