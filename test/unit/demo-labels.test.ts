/**
 * The bundled demo conversation is what a new user sees first: every reply in it
 * must get the label its author meant (our own synthetic data, so a regression
 * suite here, not a measure of accuracy — see `npm run eval` for that).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier';
import { DEMO_CONVERSATION } from '../fixtures/demo';

describe('the demo conversation is labelled as its author meant', () => {
  const replies = [...DEMO_CONVERSATION.replies, ...(DEMO_CONVERSATION.hiddenReplies ?? [])];
  it.each(replies.map((r) => [r.expected, r.text, r.lang] as const))('%s: %s', (expected, text, lang) => {
    expect(classify({ text, lang }).label).toBe(expected);
  });
});
