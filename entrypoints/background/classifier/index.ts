/** Pure reply classifier: no DOM, no browser APIs, no storage. */
import type { Classification } from '../../../storage/schema';

/** Bumped whenever rules, word lists or weights change. */
export const CLASSIFIER_VERSION = '0.0.0-placeholder';

/** One reply to classify. */
export interface ClassifierInput {
  text: string;
  /** BCP-47 language from the page (`lang` attribute), if known. */
  lang?: string;
  context?: { parentText?: string; mentionsUser?: boolean };
}

/** Labels one reply. */
export function classify(input: ClassifierInput): Classification {
  void input;
  return {
    label: 'neutral',
    scores: { hostile: 0, supportive: 0, doxxing: 0, neutral: 1 },
    subLabels: [],
    reasons: [],
    version: CLASSIFIER_VERSION,
  };
}
