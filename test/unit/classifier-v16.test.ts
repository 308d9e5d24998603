import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { secondPersonCopies } from '../../scripts/train-doxxing';
import type { Example } from '../../scripts/classifier-data';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;

describe('v1.16.1: clear support made only of common words', () => {
  // The gate of the clear-support phrases left out common words ("pas", "avec", "them"), so
  // phrases made only of them were never looked for: with a laugh after them these were neutral.
  it.each(["t'es pas seul lol", "don't let them get to you ✊ lol", 'on est avec toi mdr'])('calls "%s" supportive', (text) => {
    expect(label(text)).toBe('supportive');
  });
});

describe('v1.16: doxxing told to the person it exposes', () => {
  // Harassers often dox the person they answer. 1.15 missed the second French one: its scorer
  // had learned whereabouts mostly from replies about "him" or "her".
  it.each([
    'you stack shelves at the Aldi on Dumbarton Road, late shift thursdays. see you there',
    "you're the receptionist at the Premier Inn by Gatwick, nights. we'll check in",
    "your kid's at Little Acorns nursery in Didsbury, pickup at 5. cute backpack",
    "you swim at the Leisure Centre in Crawley at 7am on weekdays, lane 3 right?",
    'tu bosses à la caisse du Super U de Fougères le samedi matin, on passera te faire coucou',
    "ta femme est infirmière de nuit à l'hôpital de Vierzon, on sait où la trouver",
    'tu donnes des cours de yoga à la MJC de Saint-Brieuc le mardi soir, on s\'inscrit',
    "tu vas à la salle Basic-Fit de Lorient tous les soirs à 19h, on t'attendra",
  ])('calls "%s" doxxing', (text) => {
    expect(label(text)).toBe('doxxing');
  });

  it.each([
    'you work at Google? nice, good luck with the interview tomorrow',
    'you should try the Aldi on Dumbarton Road, their bakery is great on thursdays',
    'are you going to the Crown in Hexham on friday? the quiz is fun',
    'tu bosses le samedi ? courage, moi aussi je suis au Super U de Fougères',
    'tu devrais essayer le marché de Dinan le jeudi, il y a des fromages incroyables',
    "tu es serveuse ? respect, c'est un métier difficile",
  ])('does not call the look-alike "%s" doxxing', (text) => {
    expect(label(text)).not.toBe('doxxing');
  });
});

describe('training copies told to "you"', () => {
  const ex = (text: string, lang: 'fr' | 'en', label: Example['label'] = 'doxxing'): Example => ({ text, lang, label, source: 't' });

  it('turns the third person into the second, verbs and possessives included', () => {
    const out = secondPersonCopies(
      [
        ex('she works the tills at the Tesco in Slough, his mum too', 'en'),
        ex("he's at the gym on Mill Lane every night, call her and tell her", 'en'),
        ex('il bosse au Leclerc de Vannes le samedi, sa femme aussi', 'fr'),
        ex("elle s'entraîne à la piscine de Laval, c'est chez lui juste après", 'fr'),
      ],
      0.5,
    );
    expect(out.map((e) => e.text)).toEqual([
      'you work the tills at the Tesco in Slough, your mum too',
      "you're at the gym on Mill Lane every night, call you and tell you",
      'tu bosses au Leclerc de Vannes le samedi, ta femme aussi',
      "tu t'entraînes à la piscine de Laval, c'est chez toi juste après",
    ]);
    expect(out.every((e) => e.weight === 0.5 && e.source === 't-you')).toBe(true);
  });

  it('copies look-alikes too, so that "you" alone teaches nothing, and skips replies with no third person', () => {
    const out = secondPersonCopies([ex('she opens the bakery at 7, best croissants in town', 'en', 'neutral'), ex('the Tesco in Slough opens at 7', 'en', 'neutral')], 1);
    expect(out).toEqual([{ text: 'you open the bakery at 7, best croissants in town', lang: 'en', label: 'neutral', source: 't-you', weight: 1 }]);
  });
});
