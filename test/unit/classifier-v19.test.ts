import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.19: a pile-on without an insult word', () => {
  // 1.18 called these neutral, or supportive through "proud", "good luck", "respect".
  itCalls('hostile', [
    'bless your heart honey, big words for a girl who writes about gardening',
    'oh look, someone learned a new word this week',
    "it's adorable that you think anyone reads your column",
    'stunning and brave, like every thread you post',
    'peer reviewed by your group chat, I assume',
    'did you go off your meds before writing this?',
    'psych ward energy in every one of her tweets',
    'another blue haired activist lecturing the rest of us',
    "nice little career you've got there. shame if people started reading your old tweets",
    'enjoy your last weeks on twitter, sweetheart',
    'tagged your editor and your publisher, have fun on monday',
    'screenshotted and sent to your boss 🙂',
    "we'll see what your dean thinks about this",
    'I know something that would calm you down 😉',
    'bet you are more fun after a couple of drinks',
    'are you genuinely this dense or just trolling',
    'honestly everyone hates her lol',
    'log off forever',
    'mid',
    "c'est touchant de te voir croire que ton avis compte",
    'elle a découvert un nouveau mot, laissez-la s’amuser',
    'quelle démonstration de ton incompétence, bravo',
    't’as eu ta carte de presse dans une pochette surprise ?',
    't’as encore oublié tes cachets ?',
    'il faudrait la remettre sous traitement',
    'ton contrat ne sera pas renouvelé, on y veille',
    'on va écrire à ton rédac chef, les captures sont faites',
    'promotion canapé, tout le monde le sait',
    'calme toi la folle',
    "c'est pas une opinion, c'est toi qui es ridicule",
  ]);

  itDoesNotCall('hostile', [
    'bless your heart for driving me to the airport at 5am',
    'took my meds and slept twelve hours, feeling human again',
    'the psych ward nurses who looked after my mum were wonderful',
    'enjoy your last days of holiday before school starts!',
    'i emailed your editor too, to say how good this piece was',
    'dog groomers in my town are booked until january',
    'elle a oublié ses cachets au bureau, je lui rapporte demain',
    'ta carte de presse est arrivée ? trop fière de toi',
    'mon contrat est renouvelé pour un an 🎉',
  ], 'does not call "%s" hostile');
});

describe('v1.19: emoji that are the whole reply', () => {
  itCalls('hostile', ['🤡🤡🤡', '🐷🐷 oink', '🖕 lol', '🐒🐒', '🤮', '💩💩']);
  itDoesNotCall('hostile', ['❤️❤️', '🙄', '😂😂', '👏👏👏', '🔥'], 'does not call "%s" hostile');
  it('points its reason at the emoji', () => {
    const c = classify({ text: '🤡🤡🤡' });
    expect(c.reasons.some((r) => r.text === '🤡🤡🤡')).toBe(true);
  });
});

describe('v1.19: claims about a group', () => {
  itCalls('hostile', [
    'we should stop building mosques in this country',
    'they are a tiny fraction of the population yet they control the banks',
    // Measures against a group stated as policy.
    'all Roma families should be required to register with the local police',
    'Muslims should be monitored, every single one of them',
    'gay men should not be allowed to teach primary school',
    'les Roms devraient tous être fichés',
  ]);
  itDoesNotCall('hostile', [
    'refugees should be registered so they can get help faster',
    'dire que les Roms devraient être fichés, c’est de la discrimination pure et simple',
  ], 'does not call "%s" hostile');
  itDoesNotCall('hostile', [
    'the idea that Muslims are incompatible with our values is simply false',
    'no, the pay gap is not a myth, the data is clear',
  ], 'does not call the rebuttal "%s" hostile');
});

describe('v1.19: hate hashtags', () => {
  // Run together, their words reach no phrase rule.
  itCalls('hostile', ['so much for diversity #KungFlu', 'men are men #TransIsAMentalIllness', '#Remigration now, all of them']);
  itDoesNotCall('hostile', ['#RefugeesWelcome 💙', 'seeing #ChinaVirus trending again is sickening, that is racism plain and simple'], 'does not call "%s" hostile');
});

describe('v1.19: a "joke" named and refused', () => {
  itCalls('supportive', [
    'calling disabled people "scroungers" is not a joke, it hurts real people',
    '« retourne en cuisine » n’est pas de l’humour, c’est du sexisme',
  ]);
  itCalls('hostile', ["this isn't a joke, you deserve to die"]);
  // "Not a joke anymore" warns, it refuses nothing.
  itDoesNotCall('supportive', ['the invasion is not a joke anymore, they are everywhere'], 'does not call "%s" supportive');
});

describe('v1.19: support written without the stock phrases', () => {
  itCalls('supportive', [
    'co-author here. the methods are mine too, so leave her alone',
    'just checking in, you don’t have to answer',
    'you don’t have to be fine today',
    'every single claim in that piece held up in court, read it before replying',
  ]);
  itDoesNotCall('supportive', ['these kids grow out of it if you just leave them alone'], 'does not call "%s" supportive');
});
