import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;

describe('clear support and counter-speech beat a neutral model', () => {
  const cases = [
    'appelle le 3018', 'No one should be threatened for their opinion', 'ce harcèlement doit cesser', 'signale-le à PHAROS', 'stay strong',
    "you don't deserve this", 'je suis de tout cœur avec toi', 'keep going, we need voices like yours', 'this is disgusting behaviour from these trolls',
    'Les propos haineux sont punis par la loi', 'Generalising about a whole group is unfair', 'Rien ne justifie ces insultes',
    "On peut débattre sans insulter qui que ce soit", 'Nothing justifies threatening someone over a tweet', 'stop au harcèlement contre elle',
  ];
  it.each(cases)('%s', (text) => {
    const c = classify({ text });
    expect(c.label).toBe('supportive');
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it('does not wash out an insult', () => {
    expect(label('rien ne justifie ta connerie, sale connard')).toBe('hostile');
  });
});

describe('implicit, group and normative threats', () => {
  const cases = [
    'muslims belong in a zoo', 'immigrants should be shipped back', 'on devrait les renvoyer chez eux', "qu'ils crèvent tous", "ils mériteraient d'être pendus",
    'someone should deal with her', "elle va finir comme l'autre", 'gays should be shot', 'il faudrait les éliminer', 'traitors like you should be executed',
    'send every last one of them back', 'they breed like rats', 'les migrants se reproduisent comme des lapins', 'ces gens-là faudrait les expulser du pays',
    'I will slit the throat of every Muslim I meet', 'Les gays me donnent envie de vomir', 'il mérite la mort',
  ];
  it.each(cases)('%s', (text) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it.each(['on devrait les renvoyer au vestiaire ces joueurs', 'we should send them back the form by Friday', 'il va finir comme son père, médecin', 'someone should take care of her cat this weekend'])(
    'leaves %s alone',
    (text) => {
      expect(label(text)).not.toBe('hostile');
    },
  );
});

describe('friendly banter is neutral', () => {
  const cases = [
    'je vais te tuer au Mario Kart 😂', "t'es bête toi 😂❤️", "you're such a dork lol love you", "ptdr t'es con ❤️", 'sale gosse va ❤️', "i'm gonna destroy you at chess tonight",
    "t'es trop nulle je t'aime 😘", 'shut up you idiot ❤️',
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).toBe('neutral');
  });
  it.each(["t'es qu'une sale pute ❤️", 'je vais te buter 😂', 'mdr t\'es vraiment le dernier des abrutis', 'lol kill yourself', 'love you, now go die', "lmao you're such a clown"])('keeps %s hostile', (text) => {
    expect(label(text)).toBe('hostile');
  });
});

describe('forum-style insults (ToxiFrench)', () => {
  it.each(["t'as l'air d'être un énorme taré", 'T\'es brisée la jalouse mal baisée', 'ok la reine des merdes', 'tais-toi le sodomite', 'la blondasse a encore parlé', "j'ai envie de la culbuter"])(
    '%s',
    (text) => {
      expect(label(text)).toBe('hostile');
    },
  );
  it('"con" alone is not a slur ("coon" squeezed to "con")', () => {
    expect(label("c'est con, j'ai raté le bus")).toBe('neutral');
  });
});
