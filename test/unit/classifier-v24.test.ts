import { describe, expect, it } from 'vitest';
import { classify, CLASSIFIER_VERSION } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.24', () => {
  it('reports version 1.24.0 with both weight ids', () => {
    expect(CLASSIFIER_VERSION).toMatch(/^1\.24\.0\+[0-9a-f]{10}\.[0-9a-f]{10}$/);
  });
});

describe('v1.24: wishes of death, drowning and falls, said plainly', () => {
  itCalls('hostile', [
    'franchement tu serais mieux morte',
    "je vous souhaite de vous faire renverser par un camion",
    "il faudrait la jeter dans la Seine",
    'je te jetterais bien du haut de la falaise',
    'hope you get run over by a bus tomorrow',
    "you'd be better off dead tbh",
    "you're better off not existing",
    'go drown yourself',
    'do us a favour and take a long walk off a short pier',
    "va te garocher en bas du pont",
    'enjoy your chemo lol',
    "I'd push her off the pier if I saw her",
  ]);
  itDoesNotCall('hostile', [
    "Si on te dit que tu serais mieux morte, parles-en et appelle le 3114.",
    'je te pousserais bien dans la piscine cet été 😂',
    "you'd be better off not driving tonight, the roads are icy",
    'take a long walk on the beach, you deserve it',
    'I hope you get hit by a wave of good luck',
    'enjoy your last days of holiday!',
  ]);
  it('points at the wish', () => {
    const text = 'honestly go drown yourself';
    const [r] = classify({ text }).reasons;
    expect(text.slice(r!.start, r!.end)).toBe('go drown yourself');
  });
});

describe('v1.24: "the list you are on"', () => {
  itCalls('hostile', ["We've got a list and you're on it", 'on a une liste et tu es dessus']);
  itDoesNotCall('hostile', ["We've got a list of volunteers and you're on it, thanks!", 'On a fait une liste de courses et t’es dessus 😂']);
});

describe('v1.24: Québec and West-African insults, a fat person\'s names, the eater and the gorillion', () => {
  itCalls('hostile', ['ostie de folle', 'crisse de cave', 'maudite niaiseuse', 'tu es gaou même', 'lardass', 'shut up fatass', 'useless eater', 'six gorillion lmao']);
  itDoesNotCall('hostile', [
    "t'es un maudit fou, je t'adore",
    'la maudite neige encore',
    'Les femmes pilotes de ligne passent les mêmes examens',
    'Disabled people were called "useless eaters" by the Nazis. Do not repeat it.',
  ]);
});

describe('v1.24: "va crever" is an order, not the weather', () => {
  itCalls('hostile', ['va crever', 'tu vas crever sale rat']);
  itDoesNotCall('hostile', ['On va crever de chaud demain', 'tu vas mourir de rire avec ce film', 'elle va crever de jalousie']);
});
