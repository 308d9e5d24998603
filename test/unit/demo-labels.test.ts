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
  // A reply in a thread is read with the reply above it, as the extension sends it (1.22).
  const parentOf = (key?: string) => (key ? replies.find((r) => r.key === key)?.text : undefined);
  it.each(replies.map((r) => [r.expected, r.text, r.lang, parentOf(r.replyTo)] as const))('%s: %s', (expected, text, lang, parentText) => {
    expect(classify({ text, lang, ...(parentText ? { context: { parentText } } : {}) }).label).toBe(expected);
  });

  it('the reply that only agrees ("exactement 💯💯") is hostile with its parent and not without it', () => {
    const echo = replies.find((r) => r.text === 'exactement 💯💯')!;
    expect(classify({ text: echo.text, context: { parentText: parentOf(echo.replyTo)! } }).label).toBe('hostile');
    expect(classify({ text: echo.text }).label).toBe('neutral');
  });
});
