import { describe, expect, it } from 'vitest';
import { classify, CLASSIFIER_VERSION } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;
const spansMatch = (text: string) => {
  const c = classify({ text });
  for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  return c;
};

describe('v1.5 demo-conversation fixes (general patterns)', () => {
  it.each([
    ["Tout le monde sur son compte 👉 on la lâche pas, RT massif, faut qu'elle comprenne", 'incitement'],
    ['everyone on her account, don\'t let her off the hook', 'incitement'],
    ['mass report her, make her delete her account', 'incitement'],
    ['Cry more, snowflake 😂', 'insult'],
    ['boo hoo, you asked for it', 'insult'],
    ["🤮🤮 les élus comme toi c'est la honte du pays", 'insult'],
    ["t'es la honte de ta famille", 'insult'],
    ["Pleurnicheuse. Tu l'as bien cherché.", 'insult'],
    ["Ouin ouin l'élue 😂 t'avais qu'à pas tweeter", 'insult'],
    ['Moi aussi je connais sa rue. Je passe ce soir 👀', 'threat'],
    ["on sait où elle habite, on passe demain", 'threat'],
    ["we know where she lives, we'll be there tonight", 'threat'],
    ["Balancez le numéro de sa mère aussi, on s'occupe du reste", 'incitement'],
    ['postez son adresse perso', 'incitement'],
    ['someone drop her home address', 'incitement'],
  ])('%s is hostile (%s) with a rule reason', (text, sub) => {
    const c = spansMatch(text);
    expect(c.label).toBe('hostile');
    expect(c.subLabels).toContain(sub);
    expect(c.reasons.some((r) => r.rule.startsWith('grammar:'))).toBe(true);
  });
  it.each([
    'tout le monde sur le pont ce soir',
    'RT massif pour la cagnotte des Restos du coeur',
    "il faut qu'elle comprenne ses droits",
    'make him quit smoking',
    "postez l'adresse de la permanence",
    'can someone share his number? need to book him for a gig',
    'je connais sa rue, je passe devant tous les jours',
    "I know where she lives, she's my sister",
    'je pleure de rire',
    'il a bien cherché ses clés',
    "ouin c'est vrai",
    "ce chômage c'est la honte du pays",
    'the snowflake falls',
    'Migrating our warehouse to snowflake',
    'cry me a river is a great song',
  ])('hard negative %s is not hostile', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
  it('on te lâche pas (second person) is support, not a pile-on', () => {
    expect(label('on te lâche pas, courage')).toBe('supportive');
  });
  it('agreeing with the target is supportive; a question to a lawyer is neutral', () => {
    expect(label("Franchement elle a raison sur le fond, l'invité a dérapé.")).toBe('supportive');
    expect(label("@julien_avocat la diffusion d'une adresse comme ça, c'est puni aussi ?")).toBe('neutral');
    expect(label('is that illegal?')).toBe('neutral');
    // The assertion (not a question) stays counter-speech.
    expect(label("harceler quelqu'un en ligne c'est puni par la loi.")).toBe('supportive');
  });
});

describe('v1.5 support cues', () => {
  it.each([
    "elle a raison", "tu as tout à fait raison", "you're right", 'well said', "entièrement d'accord avec toi", 'bien dit', '100% with you', "she's absolutely right", "couldn't agree more",
    'reporting every one of these accounts', 'je signale', 'blocked and reported', 'signalé et bloqué', 'comptes signalés',
    "c'est honteux ce qu'on te fait", 'ces comptes sont une honte', "what they're doing to you is disgusting", 'this is vile', 'these trolls are pathetic cowards',
    "sorry you're going through this", 'je suis désolée que tu subisses ça', 'prends soin de toi',
    '#JeSoutiensMarie', '#IStandWithAlex', '#SoutienÀLaura', '#WithYou', '#AvecElle',
  ])('%s is supportive', (text) => {
    const c = spansMatch(text);
    expect(c.label).toBe('supportive');
    expect(c.reasons.length).toBeGreaterThan(0);
  });
  it.each(["elle n'a pas raison", 'elle a pas raison', "je suis désolé mais t'as tort", "d'accord, on se voit demain", '#supportlocal', 'is that legal?'])(
    '%s is not supportive',
    (text) => expect(label(text)).not.toBe('supportive'),
  );
  it('hostile evidence aimed at the target still wins over a support cue', () => {
    expect(label("t'as raison, connard")).toBe('hostile');
    expect(label('well said, you pathetic clown')).toBe('hostile');
  });
  it('support next to insults aimed at the attackers stays supportive', () => {
    expect(label('ces comptes sont une honte, ces connards ne méritent rien, courage à toi')).toBe('supportive');
  });
});

describe('v1.5 second-person judgements', () => {
  it.each(["t'es vraiment nulle", "you're pathetic", 'you are a disgrace', 'tu fais pitié', "t'es une honte", 'you are a complete joke'])('%s is hostile', (text) => {
    expect(label(text)).toBe('hostile');
  });
  it.each(["t'es pas nulle", "you're not pathetic", "tu n'es pas une honte"])('%s (negated) is not hostile', (text) => {
    expect(label(text)).not.toBe('hostile');
  });
});
