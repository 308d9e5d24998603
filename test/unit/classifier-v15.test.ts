import { describe, expect, it } from 'vitest';
import { classify, CLASSIFIER_VERSION } from '../../entrypoints/background/classifier/index';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;
const rules = (text: string) => classify({ text }).reasons.map((r) => r.rule);

describe('v1.15', () => {
  it('reports version 1.15 with both weight ids', () => {
    expect(CLASSIFIER_VERSION).toMatch(/^1\.15\.0\+[0-9a-f]{10}\.[0-9a-f]{10}$/);
  });
});

describe('v1.15: assault wished on someone, dehumanising images, calls for expulsion', () => {
  // 1.14 called the first, second, fourth and seventh of these neutral, and caught the
  // fifth and sixth only through the model, which a retrain can move below its bar.
  it.each([
    'hope somebody rapes some sense into her',
    "j'espère qu'on la viole",
    'someone should rape you',
    'Monkeys in suits, every one of them.',
    "des rats en costard, voilà ce qu'ils sont",
    'Stick to your own kind and leave our daughters alone.',
    'Mass deportation asap.',
  ])('calls "%s" hostile, by a rule', (text) => {
    expect(label(text)).toBe('hostile');
    expect(rules(text).some((r) => r.startsWith('phrase:'))).toBe(true);
  });

  it.each([
    'I stick to my own kind of music',
    'the cartoon had monkeys in hats and a bear in a suit',
    'We hope someone kills the spider in the bathroom lol',
  ])('leaves the look-alike "%s" alone', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});

describe('v1.15: people named by a disability or an illness are a group', () => {
  it.each([
    'People with autism are a drain on the NHS.',
    "People with Down's syndrome are a burden on their families and the state.",
    'People with mental health issues are dangerous and should be locked up.',
  ])('reads what "%s" claims about them as an attack', (text) => {
    expect(label(text)).toBe('hostile');
    expect(rules(text).some((r) => r.startsWith('group:') || r.startsWith('clause:'))).toBe(true);
  });

  it.each([
    'People with disabilities are often excluded from the job market.',
    'people with dementia need more carers, my nan waited months',
    'People with autism deserve proper support at school.',
    'Les personnes autistes ont droit à une scolarité comme les autres.',
  ])('does not call "%s" hostile', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});
