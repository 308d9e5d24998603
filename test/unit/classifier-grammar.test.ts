import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { correctToken } from '../../entrypoints/background/classifier/lexicon';

const label = (text: string) => classify({ text }).label;

describe('grammar-level hostile patterns', () => {
  const cases = [
    'espèce de guignol va', "t'es vraiment qu'une grosse merde", 'bande de bouffons', 'ce débile de maire', 'ferme ta bouche',
    'you absolute clown', "ur literally the dumbest person here", "you're a disgusting pig", 'what a pathetic loser', 'nobody asked you',
    'on va te trouver et tu vas regretter', 'tu mérites une bonne correction', 'i hope someone finds you and teaches you a lesson',
    "we'll find you and make you pay", 'these people are animals', 'ces gens sont des parasites', 'women belong in the kitchen',
    'la France aux Français', 'les musulmans dehors', 'je hais les gitans', 'trans people are mentally ill', 'envoie des photos de toi nue',
    'I haet women', 'Ihate immigrants', 'sale connnnard', 'espece de salpoe', 'imbecille', 'women are never attractive',
    'immigrants are not welcome here', 'va te noyer', 'go die',
  ];
  it.each(cases)('%s', (text) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('supportive: group positives, counter-speech, advice', () => {
  const cases = [
    'les personnes handicapées ont toute leur place ici', "j'adore les trans", 'gay people deserve the same rights as everyone',
    'immigrants make this country better', "calling her a 'bitch' is misogyny, plain and simple", 'Using slurs against trans people is hate speech.',
    'Dire que vous détestez les musulmans montre à quel point vous vous trompez.',
    'document everything and report them', "t'as rien fait de mal ❤️",
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).toBe('supportive');
  });
});

describe('hard negatives stay neutral', () => {
  const cases = [
    "je ne suis pas d'accord avec ton analyse", 'you killed it!', 'this film is sick', "sale temps aujourd'hui", 'les femmes de ma famille sont toutes infirmières',
    'the train is late again', 'le train a du retard', 'les retards SNCF ce matin', 'my regards to your mother', 'what time does the meeting start?',
    'women are not inferior to men', 'muslims are not terrorists', "t'es pas un connard, juste maladroit", 'she changed the batch of slopes',
    'ce film était une tuerie', 'I changed my mind, despite everything', 'les leçons de piano', 'shut up, that is hilarious 😂', 'closer to home',
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});

describe('spelling corrector', () => {
  it('fixes one typo of a strong word or key term and splits run-together pairs', () => {
    expect(correctToken('salpoe')).toBe('salope');
    expect(correctToken('haet')).toBe('hate');
    expect(correctToken('wmoen')).toBe('women');
    expect(correctToken('ihate')).toBe('i hate');
  });
  it.each(['retard', 'regard', 'where', 'batch', 'slope', 'towards', 'closer', 'despite', 'changed', 'black', 'asian', 'lecons', 'traite', 'dumbest', 'garage', 'prendre'])(
    'leaves the ordinary word %s alone',
    (w) => {
      expect(correctToken(w)).toBeUndefined();
    },
  );
});
