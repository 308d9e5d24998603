import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;

describe('v1.9 counter-speech written the way NGOs write it', () => {
  it.each([
    "Il n'existe aucune preuve que les migrants augmentent la criminalité. Les chiffres disent le contraire.",
    'Les personnes LGBT ne menacent personne, elles demandent simplement les mêmes droits que tout le monde.',
    "Avoir des préjugés sur les Roms, c'est facile. Les connaître, c'est mieux.",
    'Le voile est un choix personnel pour beaucoup de femmes, et la liberté de conscience est garantie.',
    'There is no evidence that immigrants take jobs away; studies show they contribute to the economy.',
    "Trans women are women. There's no evidence they are a danger to anyone.",
    'The vast majority of Muslims reject extremism and violence, just like any other community.',
    'Jews have been part of European history for centuries and antisemitism has no place here.',
    'Being gay is not a choice and it harms no one. Everyone deserves equal rights.',
    "Your comment spreads hate. Let's talk about facts instead of stereotypes.",
  ])('supportive without any support word: %s', (text) => {
    expect(label(text)).toBe('supportive');
  });

  it('reasons point at the rebuttal, verbatim', () => {
    const text = "Il n'existe aucune preuve que les migrants augmentent la criminalité.";
    const c = classify({ text });
    expect(c.label).toBe('supportive');
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it.each([
    "Les migrants augmentent la criminalité, c'est prouvé.",
    'Muslims are all terrorists, everyone knows it.',
    'the vast majority of muslims are terrorists',
    'la grande majorité des migrants sont des délinquants',
    // A later sentence that points back at the group is still one statement.
    "Women think they're special. I hate them.",
    // Two medium cues corroborate each other.
    'boo hoo, you asked for it',
    // A negation elsewhere does not make an insult a compliment.
    "t'as pas de cerveau",
    'Les femmes refusent de nous respecter. Je vais me charger de les faire souffrir.',
  ])('the claims it answers stay hostile: %s', (text) => {
    expect(label(text)).toBe('hostile');
  });

  it.each([
    'The immigrants arrived in 1920.',
    'Les chiffres du chômage sont sortis',
    'in fact I disagree',
    'enjoy the sun while it lasts',
    "I know where she lives, she's my sister",
    // Words the model learned as abuse in another language or sense.
    "t'as du retard",
    'ton train a du retard ?',
    'tu prends des leçons de piano ?',
    "t'as l'air crevé",
    'your dog is huge now',
    'Je veux voir les femmes réussir.',
    "Quelqu'un peut expliquer ce qui s'est dit exactement ? Je vois juste des gens s'écharper.",
  ])('ordinary replies stay neutral: %s', (text) => {
    expect(label(text)).toBe('neutral');
  });
});

describe('v1.9 threats and incitement phrased loosely', () => {
  it.each([
    ["ce serait bête qu'il arrive un accident à ta fille", 'threat'],
    ['shame if something happened to your dog', 'threat'],
    ['go jump off a bridge already', 'incitement'],
    ['catch cancer and die', 'incitement'],
    ["on a ton adresse, tu vas voir ce qui t'attend", 'threat'],
  ])('%s → hostile (%s)', (text, sub) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    expect(c.subLabels).toContain(sub);
  });
});

describe('v1.9 doxxing: school timetables and a parent’s landline', () => {
  it.each([
    'son frère est en terminale au lycée Pasteur, il finit à 17h le jeudi',
    "She's a junior at Lincoln High, has practice Tuesday 4pm",
    'text his mom, her number is 555-0188',
  ])('%s → doxxing', (text) => {
    expect(label(text)).toBe('doxxing');
  });

  it.each(['je suis en 5e, je sors à 16h30', 'I have class Monday 9am', 'la mairie est ouverte le mardi à 9h'])('%s is not doxxing', (text) => {
    expect(label(text)).not.toBe('doxxing');
  });
});
