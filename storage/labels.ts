/**
 * The label vocabulary, free of any runtime dependency so the content script can
 * use it without pulling the validation library into every x.com page.
 */

/** The four labels, lowercase, in the order the UI lists them. */
export const LABELS = ['hostile', 'doxxing', 'supportive', 'neutral'] as const;
/** A reply's label. */
export type Label = (typeof LABELS)[number];
