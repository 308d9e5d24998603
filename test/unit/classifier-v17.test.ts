import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;

describe('v1.17: contempt without an insult word', () => {
  // 1.16 called the first three neutral and the last two supportive ("with you", "hope your");
  // the French one it found through the model alone, which now has a rule to point at.
  itCalls('hostile', [
    'the world would be a better place without people like you',
    "you're not even worth the time it takes to type this",
    'people like you are the problem',
    'tu ne vaux même pas la peine qu’on te réponde',
    "we're all laughing at you, not with you",
    'hope your sponsors see this and drop you',
    // A French probe written after the English one: 1.16 called the first five neutral or
    // supportive; the last it found through the model alone.
    'tu ne sers absolument à rien',
    "j'espère que ton employeur va voir ça",
    'arrête de te victimiser, personne ne te croit',
    "t'as rien d'autre à faire de ta vie que chialer sur internet ?",
    "c'est toi qui es ridicule",
    'stop playing the victim, nobody believes you',
  ]);

  itDoesNotCall('hostile', [
    'people like you are the reason I still believe in this place',
    'les gens comme toi sont la raison pour laquelle je garde espoir',
    "he's not worth your time, just block him",
    "we're laughing with you, not at you 😂",
    'hope your followers see this and support you',
    'hope your boss gives you the day off after this mess',
    'le monde serait meilleur avec plus de gens comme toi',
    "j'espère que ton employeur te soutient dans tout ça",
    "arrête de t'excuser, tu n'as rien fait de mal",
    "c'est pas toi qui es ridicule, c'est lui",
    "you're the one who's right, don't let them tell you otherwise",
  ], 'does not call the look-alike "%s" hostile');
});

describe('v1.17: "plain and simple" condemns only what it follows', () => {
  // 1.16 read the phrase alone as counter-speech, so a claim ending with it was called supportive.
  it('calls a hate claim that ends with it hostile', () => {
    expect(label('Mexicans are rapists and drug dealers, plain and simple')).toBe('hostile');
  });

  itCalls('supportive', ['what they did to her is harassment, plain and simple', 'calling her that slur is racism, plain and simple'], 'still calls "%s" supportive');
});

describe('v1.17: veiled threats', () => {
  // From a third probe: 1.16 called the first three neutral and the fourth supportive ("keep posting").
  itCalls('hostile', [
    "you won't be smiling for long",
    'accidents happen, just saying',
    'nice body, shame about the mouth',
    'keep posting and see what happens',
  ]);

  itDoesNotCall('hostile', [
    'keep posting, your threads are the best thing on here',
    "accidents happen, don't beat yourself up over it",
    "you won't be sad for long, things get better",
    'keep going and see what happens, you might surprise yourself',
    'nice body of work, shame about the reviews though',
  ], 'does not call the look-alike "%s" hostile');
});

describe('v1.17: a negation ends where a new clause starts after a comma', () => {
  it('reads the insult in the second clause', () => {
    // 1.16 read "pas" of the first clause as negating it.
    expect(label("c'est pas un débat, c'est toi qui es ridicule")).toBe('hostile');
  });

  itDoesNotCall('hostile', ["n'écoute pas ces idiots, t'es magnifique", "t'es pas un idiot, t'es juste fatigué", "t'es pas un con, toi"], 'keeps "%s" negated or aimed elsewhere');
});

describe('v1.17: sexist replies to women in public life', () => {
  // From a fourth probe: 1.16 called the second supportive ("good man") and the others neutral.
  itCalls('hostile', [
    'she only got the job because she slept with the boss',
    'you need a good man to put you in your place',
    'va faire la vaisselle au lieu de tweeter',
    "post your feet and I'll vote for you",
    'les femmes comme toi finissent seules avec leurs chats',
  ]);

  itDoesNotCall('hostile', [
    "she got the job because she's the best candidate, full stop",
    'ton mari doit être fier de toi',
    'les femmes comme toi me donnent du courage',
    'she looked great in that dress at the gala',
  ], 'does not call the look-alike "%s" hostile');
});
