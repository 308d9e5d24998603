import { describe, expect, it } from 'vitest';
import { classify, CLASSIFIER_VERSION } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;

describe('classifier v1.8: reported abuse condemned, backhanded group praise', () => {
  it.each([
    "I can't believe you'd call them niggers.",
    'People who say gay people are disgusting should be ashamed of themselves.',
    '« les juifs sont des rats » : voilà le genre de propos qu\'on signale.',
    '"Women are stupid" is a sexist thing to say and you know it.',
    'Claiming that disabled people are useless is shameful.',
    'Tu as écrit que les femmes sont inférieures ? C\'est honteux.',
  ])('reported and condemned → supportive: %s', (t) => expect(label(t)).toBe('supportive'));
  it.each([
    'Muslims are parasites, saying it is not racist, it\'s the truth.',
    "I'd call them niggers any day.",
    'Gay people are disgusting, and I\'m not ashamed to say it.',
    'Les juifs sont des rats, je le dis et je le répète.',
    'Calling you a bitch because you are one.',
    'Women are great at lying.',
    'Immigrants are welcome to leave.',
    'Immigrants are great at taking our jobs.',
  ])('no condemnation or backhanded → hostile: %s', (t) => expect(label(t)).toBe('hostile'));
  it('personal frame stays neutral', () => expect(label('Les femmes de ma famille sont géniales.')).toBe('neutral'));
  it('bienvenues is praise', () => expect(label('Les personnes trans sont les bienvenues ici.')).toBe('supportive'));
});
