import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

const label = (text: string, lang?: 'fr' | 'en') => classify({ text, lang }).label;

describe('v1.10 counter-speech that quotes the hate it answers', () => {
  it.each([
    'What makes you say stuff like "these immigrants disgust me so much"?',
    'I will not tolerate posts like "women are absolutely despicable" in my timeline.',
    'You must be seriously sad to write things like "gay people deserve to die".',
    'I have no respect for people who write things like "too many sluts in this country".',
    'Je ne tolérerai pas de messages du type "Les femmes sont absolument abjectes" dans mon fil.',
    'Des déclarations telles que "Les homos sont des pourritures" sont profondément blessantes.',
    // Apostrophes inside a double-quoted message do not end the quotation.
    'Les personnes qui m\'envoient des messages du type "Tu n\'es qu\'un bamboula à mes yeux" seront bloquées.',
    // A threat reported right after "threatening to", and condemned.
    'Threatening to kill all Muslims will get you thrown in jail.',
    "Why would you think it's okay to call me a whore?",
  ])('quoted and condemned, it is supportive: %s', (text) => {
    expect(label(text)).toBe('supportive');
  });

  it('the condemned words are reasons of the counter-speech, not of an attack', () => {
    const text = 'What makes you say stuff like "these immigrants disgust me so much"?';
    const c = classify({ text });
    expect(c.reasons.every((r) => r.label === 'supportive')).toBe(true);
    expect(c.reasons.some((r) => text.slice(r.start, r.end).includes('disgust'))).toBe(true);
  });

  it.each([
    // The same words said, not quoted, are still attacks.
    'these immigrants disgust me so much',
    'Les homos sont des pourritures.',
    // A frame that is not condemned ("saying it is not racist") condemns nothing.
    "Muslims are parasites, saying it is not racist, it's the truth.",
    "Dire que les Roms sont des voleurs, c'est pas raciste, c'est la vérité.",
    // The same frame, but said and not condemned.
    "I'm threatening to kill all Muslims, come at me",
  ])('said, or endorsed, it stays hostile: %s', (text) => {
    expect(label(text)).toBe('hostile');
  });
});

describe('v1.10 praise of a group is support', () => {
  it.each([
    'Immigrants like you are absolute heroes.',
    'Trans people should all be admired.',
    'We should look up to these women.',
    'Les réfugiés devraient tous être admirés.',
    'Les femmes comme toi sont de vraies héroïnes.',
  ])('%s', (text) => {
    expect(label(text)).toBe('supportive');
  });
});

describe('v1.10 replies with no "you" and no group', () => {
  it.each([
    // Teasing: a heart or a laugh, and no target.
    'sale gosse va ❤️',
    // Topic words the model learned to fear are never the deciding evidence alone.
    'Migrating our warehouse to snowflake',
    "postez l'adresse de la permanence",
    'enjoy the sun while it lasts',
    'Les élus devraient être plus prudents avant de critiquer un invité en direct, à mon avis.',
  ])('stay neutral: %s', (text) => {
    expect(label(text)).toBe('neutral');
  });

  it('a confident model may still decide an untargeted reply, and explains it with words of the reply', () => {
    const text = 'What a pathetic, brainless clown. Embarrassing.';
    const c = classify({ text, lang: 'en' });
    expect(c.label).toBe('hostile');
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('v1.10 contempt without an insult word', () => {
  it.each([
    ["you'd need a brain for that, sweetie", 'en'],
    ['imagine thinking anyone cares what you think', 'en'],
    ["t'as vraiment cru que quelqu'un allait lire ta thèse ? mignon", 'fr'],
  ] as const)('%s', (text, lang) => {
    const c = classify({ text, lang });
    expect(c.label).toBe('hostile');
    // The badge still says why: words of the reply itself.
    expect(c.reasons.length).toBeGreaterThan(0);
  });
});

describe('v1.10 claims about a group without insults, and their rebuttals', () => {
  it.each([
    'Muslims are invading our countries and want to impose sharia law on everyone.',
    "Les musulmans ne s'intègrent jamais, ils vivent entre eux et méprisent nos valeurs.",
    'Ils nous envahissent, bientôt la France sera un pays musulman.',
  ])('the claim is hostile: %s', (text) => {
    expect(label(text)).toBe('hostile');
  });

  it.each([
    "Les chiffres de l'INED montrent que la part des musulmans est stable, on est loin d'une invasion.",
    'Muslims are not invading anyone, they are our neighbours.',
  ])('the rebuttal is supportive: %s', (text) => {
    expect(label(text)).toBe('supportive');
  });

  it('a predicate asked about in a question says nothing of the group named after it', () => {
    expect(label('Why do you think a piece of cloth makes someone dangerous? Many women choose to wear it freely.')).not.toBe('hostile');
  });
});

describe('v1.10 sweeping claims about a group are judged without the group noun', () => {
  it.each([
    'We will make sure immigrants get fair treatment.',
    'Je veux voir les femmes réussir.',
    'The immigrants arrived in 1920.',
  ])('a neutral or kind sentence about a group is not hostile: %s', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});

describe('v1.10 doxxing needs a person to find', () => {
  it('a crowd that works every day is no workplace with a timetable', () => {
    const text = "Des millions de musulmans votent, travaillent, paient leurs impôts et respectent la loi tous les jours.";
    expect(classify({ text }).label).not.toBe('doxxing');
  });

  it('one person at work on a timetable still is', () => {
    expect(classify({ text: 'Elle travaille à la pharmacie Dupont tous les jours de 8h à 14h, allez la voir.' }).label).toBe('doxxing');
  });
});
