import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;

describe('clause-level group derogation (v1.6)', () => {
  it.each([
    'Gay people will never be normal.',
    'Trans people are not real women.',
    'Muslims are such a pain.',
    'Black people are so predictable.',
    'A woman\'s place is in the kitchen.',
    'I feel nothing but contempt for gay people.',
    'I really can\'t stomach black people.',
    'I don\'t want immigrants in my neighbourhood.',
    'I\'d rather die than date a trans person.',
    'No woman can ever be a good leader.',
    'There is nothing worse than a trans person.',
    'I will hurt every trans person I see.',
    'If it was up to me, all gay people would be dead.',
    'Les femmes sont dangereuses.',
    'Une femme ne peut pas être un bon chef.',
    'Je ne respecte pas les musulmans.',
    'Il faudrait tous les éliminer, ces immigrés.',
    'Les femmes sont incapables de réfléchir.',
    "Les immigrés, c'est la racaille.",
    'Les femmes ne sont pas faites pour diriger.',
    "Je ne laisserais jamais un gay s'approcher de mes enfants.",
    'Disabled people should be euthanised.',
    "There's nothing good about women.",
  ])('hostile: %s', (t) => {
    const c = classify({ text: t });
    expect(c.label).toBe('hostile');
    expect(c.subLabels.some((s) => s === 'identity_attack' || s === 'threat')).toBe(true);
  });

  it.each([
    'Muslims are not terrorists.',
    'Les musulmans ne sont pas des terroristes.',
    'Critics say immigrants are criminals; that\'s a racist lie.',
    'Women are wonderful.',
    'Refugees are welcome here.',
    'J\'adore les musulmans.',
    'Les immigrés ont toute leur place ici.',
    'Trans lives matter.',
  ])('supportive: %s', (t) => expect(label(t)).toBe('supportive'));

  it.each([
    'Immigration policy is complex.',
    'Women in my family are amazing.',
    'Les femmes de ma vie.',
    'Many women work in tech.',
    'The immigrants arrived in 1920.',
    'Les immigrés arrivent en bateau selon le rapport.',
    'Muslims are not dangerous.',
    'I met some immigrants yesterday. They were lovely.',
  ])('not hostile: %s', (t) => expect(label(t)).not.toBe('hostile'));

  it.each([
    'I lost all respect for you when you said black people are scum.',
    'When you say immigrants are parasites, you show your ignorance.',
    "Quand tu dis que les gays sont des malades, tu montres ton ignorance.",
  ])('reported group hate, condemned: %s', (t) => expect(label(t)).toBe('supportive'));

  it.each([
    'When you said that you proved you\'re a moron.',
    'I lost all respect for you, you stupid bitch.',
    "Quand tu dis ça, t'es vraiment qu'un connard.",
    'Educate yourself, you fucking idiot.',
  ])('a report cue does not excuse a direct insult: %s', (t) => expect(label(t)).toBe('hostile'));

  it.each([
    'I will make women feel welcome here.',
    'Je veux voir les femmes réussir.',
    'We will make sure immigrants get fair treatment.',
    'women are not inferior to men',
  ])('no threat or attack without a harmful predicate: %s', (t) => expect(label(t)).not.toBe('hostile'));

  it.each([
    'I will run over any trans person I see.',
    "Je vais tabasser la prochaine personne trans que je croise.",
    'On devrait mettre les musulmans dans des camps.',
    "I'm going to make those black people pay.",
  ])('threat against a group: %s', (t) => {
    const c = classify({ text: t });
    expect(c.label).toBe('hostile');
  });

  it('reasons point at the original text', () => {
    const t = 'Honestly, Gay people will NEVER be normal.';
    const c = classify({ text: t });
    for (const r of c.reasons) expect(t.slice(r.start, r.end)).toBe(r.text);
    expect(c.reasons.some((r) => r.rule.startsWith('clause:'))).toBe(true);
  });

  it('hard negatives stay neutral', () => {
    for (const t of ['Immigration policy is complex.', 'Women in my family are amazing.', 'Les femmes de ma vie.']) expect(label(t)).toBe('neutral');
  });
});
