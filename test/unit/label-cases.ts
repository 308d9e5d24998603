import { expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import type { Label } from '../../storage/schema';

/** One test per reply: the classifier labels it `label`. */
export function itCalls(label: Label, replies: string[], title = `calls "%s" ${label}`): void {
  it.each(replies)(title, (text) => {
    expect(classify({ text }).label).toBe(label);
  });
}

/** One test per reply: the classifier does not label it `label`. */
export function itDoesNotCall(label: Label, replies: string[], title = `does not call "%s" ${label}`): void {
  it.each(replies)(title, (text) => {
    expect(classify({ text }).label).not.toBe(label);
  });
}
