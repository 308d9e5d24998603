import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;
const rules = (text: string) => classify({ text }).reasons.map((r) => r.rule);

/** Each reply is hostile, and a pattern (not the model alone) says so. */
function hostileByPattern(texts: string[]): void {
  it.each(texts)('calls "%s" hostile, by a rule', (text) => {
    expect(label(text)).toBe('hostile');
    expect(rules(text).some((r) => r.startsWith('phrase:'))).toBe(true);
  });
}

/** Each reply is left non-hostile. */
function leftAlone(texts: string[]): void {
  it.each(texts)('leaves the look-alike "%s" alone', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
}

describe('v1.15: assault wished on someone, dehumanising images, calls for expulsion', () => {
  // 1.14 called the first, second, fourth and seventh of these neutral, and caught the
  // fifth and sixth only through the model, which a retrain can move below its bar.
  hostileByPattern([
    'hope somebody rapes some sense into her',
    "j'espère qu'on la viole",
    'someone should rape you',
    'Monkeys in suits, every one of them.',
    "des rats en costard, voilà ce qu'ils sont",
    'Stick to your own kind and leave our daughters alone.',
    'Mass deportation asap.',
  ]);

  leftAlone([
    'I stick to my own kind of music',
    'the cartoon had monkeys in hats and a bear in a suit',
    'We hope someone kills the spider in the bathroom lol',
  ]);
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

describe('v1.15: a negation ends with its sentence', () => {
  // 1.14 read "pas de souci" as negating the insult two words later, across the full stop.
  it.each(['Pas de souci. Connard.', 'No thanks. Idiot.', 'Never again. Pathetic clown.', 'No more excuses. Mass deportations now.'])(
    'calls "%s" hostile',
    (text) => {
      expect(label(text)).toBe('hostile');
    },
  );

  it.each(["t'es pas... un con", "you're not an idiot", "t'es pas un connard, t'es juste maladroit"])('still reads "%s" as negated (an ellipsis is a pause)', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});

describe('v1.15: the model reads which words a negation covers', () => {
  // Words up to five after "not", "ne", "pas", "never"… are also hashed as negated, so
  // a claim and its denial no longer differ by one word only. 1.14 read 2 of these
  // denials as hostile and 9 as support; 1.15 reads 1 and 13.
  const denials = [
    'Refugees do not bring crime to the towns they are sent to.',
    'Asylum seekers are not criminals, they are people running for their lives.',
    "Migrants don't steal jobs, they fill the ones nobody wants.",
    'Muslims are not terrorists, stop lumping a billion people together.',
    "Gay people are not a danger to kids, that's an old smear.",
    "Disabled people aren't a burden, the cuts are.",
    'Immigrants don\'t commit more crime than anyone else, the stats are clear.',
    'Les réfugiés ne sont pas des délinquants, arrêtez avec ça.',
    'Les immigrés ne volent pas le travail des Français.',
    "Les musulmans ne sont pas des terroristes, faut arrêter l'amalgame.",
    'Les personnes trans ne sont pas un danger pour les enfants.',
    "Les chômeurs ne sont pas des fainéants, il n'y a pas de boulot.",
    "Les Roms ne sont pas des voleurs, c'est un vieux cliché.",
    'Les migrants ne ramènent pas la délinquance, les chiffres le montrent.',
  ];

  it('reads denials of hate claims as counter-speech', () => {
    const labels = denials.map(label);
    expect(labels.filter((l) => l === 'hostile').length).toBeLessThanOrEqual(1);
    expect(labels.filter((l) => l === 'supportive').length).toBeGreaterThanOrEqual(12);
  });

  it('still reads the claims themselves as hostile', () => {
    expect(label('Refugees bring crime to every town they are sent to.')).toBe('hostile');
    expect(label('Les migrants sont un danger pour nos enfants.')).toBe('hostile');
    expect(label('Muslims can never be trusted.')).toBe('hostile');
  });
});

describe('v1.15: coded hate, conspiracy claims and dialect insults', () => {
  // Before these patterns, 7 of these were neutral, 5 hostile only through the model
  // and the French claim through another rule.
  hostileByPattern([
    '(((They))) are behind every revolution in history.',
    'the (((bankers))) own the media',
    'Kung flu came from people eating bats.',
    "the great replacement is real and you're its cheerleader",
    'Le grand remplacement est réel, ouvrez les yeux.',
    "the gay agenda is real and you're the spokesperson",
    "they're invading us with birth rates",
    "Some lives just aren't worth living.",
    'mongolito de service',
    "Les migrants sont la gangrène de l'Europe",
    "you're a flamin galah, mate",
    "she's a right mardy cow isn't she",
    'ptn de feministe de mes 2 😤',
  ]);

  leftAlone([
    'I saw a flock of galahs at the park today, gorgeous pink birds',
    'he was a bit mardy this morning, needed coffee',
    "the great replacement is a racist conspiracy theory, full stop",
    'there is no "gay agenda", just people living their lives',
    "j'ai perdu mes 2 chats l'an dernier",
    '((( this is a test of brackets )))',
  ]);
});

describe('v1.15: support phrases a friend writes', () => {
  // 1.14 left these neutral: no support word it knew.
  it.each([
    'Reste forte, la honte doit changer de camp',
    "They want you to quit, don't give them that",
    'sois forte ma belle',
    'Restez forts les filles',
  ])('calls "%s" supportive', (text) => {
    expect(label(text)).toBe('supportive');
  });

  it.each(['Reste fort au mercato, le club doit garder ses joueurs', 'la demande reste forte sur le marché'])(
    'leaves "%s" (said of a club or a market) neutral',
    (text) => {
      expect(label(text)).toBe('neutral');
    },
  );
});
