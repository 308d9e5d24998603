import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;

describe('v1.18: a raid sent at the target', () => {
  // 1.17 called these neutral, or supportive through "report", "mérites", "continue".
  itCalls('hostile', [
    'let’s all pay a visit to her replies tonight',
    'mass report this account until it’s gone',
    'someone send this to her employer lol',
    'boys, you know what to do',
    'drop her @ in the group chat, we’re going in',
    'make her famous 😂',
    'signalez son compte en masse jusqu’à ce qu’il saute',
    'quelqu’un envoie ça à son employeur mdr',
    'faites la tourner qu’elle devienne célèbre 😂',
  ]);

  itDoesNotCall('hostile', [
    'everyone go report the accounts harassing her',
    'signalez en masse les comptes qui la harcèlent',
    'let’s all flood her mentions with kindness tonight',
    'faites tourner son thread, il est génial',
  ], 'does not call the call to support "%s" hostile');
});

describe('v1.18: discrediting and blaming the target', () => {
  itCalls('hostile', [
    'attention seeker, this never even happened',
    'elle cherche juste l’attention, rien de tout ça n’est arrivé',
    'mytho comme d’hab, personne te croit',
    'elle fait la victime pour les likes',
    'you brought this on yourself',
    'you deserve every single reply you’re getting',
    'tu mérites chaque réponse que tu reçois',
    'your kind shouldn’t be allowed to vote',
    'have you considered not existing',
    't’es une blague et ton "travail" aussi',
    'vas-y continue de pleurer sur twitter',
    'vous gâchez tout ce que vous touchez',
  ]);

  itDoesNotCall('hostile', [
    'you didn’t bring this on yourself, nobody deserves this',
    'tu l’as pas cherché, personne mérite ça',
    't’es pas une blague, ton travail compte',
    'thank you for your kind words',
    'it’s not attention seeking to ask for help',
    'congrats, you deserve it!',
    'he’s talking rubbish, no one believes him',
  ]);
});

describe('v1.18: mockery', () => {
  // 1.17 called all of these neutral, and "bravo" or "merci" made two of them supportive.
  itCalls('hostile', [
    'sure jan',
    'this you? 🤡',
    'oh look, another victim 😂',
    'stay pressed 💅',
    'was this written by a toddler',
    'not you thinking you matter 😭',
    'your 15 minutes are over',
    'ok and? nobody cares sweetie',
    'on t’a sonnée ?',
    't’es qui toi déjà ?',
    'merci pour cette contribution inutile',
    'ça y est, la reine du drama est de retour',
    't’as écrit ça avec les pieds ?',
    'quelqu’un est vexé mdr',
    'ton quart d’heure de gloire est fini',
    'tu te ridiculises encore une fois',
  ]);

  itDoesNotCall('hostile', [
    'who asked? me! I did, thank you for answering',
    'merci pour cette contribution, c’est très utile',
    'tu te ridiculises pas du tout, tu dis vrai',
    'somebody’s having a good day, congrats!',
    'this made me laugh so hard, thank you 😂',
    'the bells ring for ten minutes every sunday and nobody cares',
    'who asked for the new layout? it’s so confusing',
  ]);
});

describe('v1.18: betrayal and tokenism', () => {
  // The insults of the case Témoin was born from, in English: 1.17 called all of these neutral.
  itCalls('hostile', [
    'sellout to the establishment like the rest',
    'token hire doing what she’s told',
    'good little lapdog for the government',
    'we all know who pays you',
    'the diversity mascot speaks',
    'bootlicker. nothing more to say',
    'quisling',
    'the pet minority of the party',
    'bien dressé le toutou du gouvernement',
    'faux frère',
  ]);

  itDoesNotCall('hostile', [
    'she was on that panel as an engineer, not as a diversity hire',
    'the word "coconut" is a racist slur, please stop using it against her',
    'who pays for the new stadium? genuinely asking',
    'mon toutou dort sur le canapé',
  ]);
});

describe('v1.18: claims about a group, and the same claims answered', () => {
  // From a probe of NGO-style hate claims without a slur: 1.17 called these neutral.
  itCalls('hostile', [
    'the crime stats don’t lie, certain communities are just more violent',
    'these people have been living off welfare for three generations',
    'if they love sharia so much they should go live under it',
    'ils ne partagent pas nos valeurs et ne les partageront jamais',
    'ces gens vivent des allocs depuis trois générations',
    'ils viennent ici, refusent d’apprendre la langue et exigent tout',
    'les statistiques ne mentent pas, certaines communautés sont plus violentes',
    'je suis pas raciste mais certaines cultures sont plus violentes',
  ]);

  // 1.17 called the first hostile through "grand remplacement", the second through "Roma … crime".
  itCalls('supportive', [
    'le grand remplacement est une théorie du complot sans aucun fondement',
    'blaming Roma for crime is a lazy stereotype',
  ], 'calls the rebuttal "%s" supportive');

  it('does not read the claim named to be answered as the claim', () => {
    expect(label('where does the idea that they live off benefits even come from? most of them work')).not.toBe('hostile');
  });

  it('keeps "then tell me it’s a conspiracy theory" hostile', () => {
    expect(label('the great replacement is real, look at the birth rates and then tell me it’s a conspiracy theory')).toBe('hostile');
  });
});

describe('v1.18: what a raid on a journalist or a scientist says', () => {
  // From a probe of 55 such replies: 1.17 missed 11 of the 30 in English and 13 of the 25 in French.
  itCalls('hostile', [
    'how are you even employed',
    'sweetie, the adults are talking',
    'go away and take your nonsense with you',
    'do us all a favour and stop tweeting',
    'the brain cells in this tweet could fit on a pin',
    'you should be fired for this',
    'quit while you still have some dignity left',
    'I’d explain it to you but I don’t have crayons',
    'how does it feel to be wrong about everything',
    'comment t’as pu être embauchée',
    'ma chérie, les adultes parlent',
    't’as le QI d’une poignée de porte',
    'perds du poids avant de nous faire la leçon',
    'dégage, imposteur',
    'tu ne retravailleras jamais dans ce milieu',
    'va-t’en et emporte tes conneries avec toi',
    'c’est l’avis le plus débile que j’ai lu cette année',
    'rends-nous service et arrête de tweeter',
    'personne ne te prend au sérieux et personne ne l’a jamais fait',
    't’es pas une vraie scientifique, t’es une militante en blouse',
    'ça fait quoi d’avoir tort sur tout ?',
  ]);

  itDoesNotCall('hostile', [
    'how are you even real, this thread is perfect',
    'your career is just getting started, keep going',
    'je vais t’expliquer comment porter plainte, c’est simple',
    // 1.17 called it hostile: "personne ne veut" alone was contempt.
    'personne ne veut que tu partes, reste',
    'ils occupent surtout les postes dont personne ne veut',
  ]);
});

describe('v1.18: internet put-downs as a whole reply', () => {
  // From a probe of slang replies: 1.17 called all of these neutral ("va te faire cuire un œuf" supportive).
  itCalls('hostile', ['ratio + L + fell off', 'you’re so cooked lmao', 'touch grass', 'get a job', 'who hurt you', 'seethe', 'mald harder', 'stay in your lane', 'you’re not him', 'average redditor', 'cheh 😂', 't’as le seum hein', 'sah t’es une catastrophe', 'va te faire cuire un œuf', 'elle est à la ramasse totale']);

  // Inside a longer reply the same words are an invitation, a wish or a question.
  itDoesNotCall('hostile', ['touch grass with me this weekend? park at 2', 'get a job offer soon, you deserve it!', 'who hurt you? genuinely, people who talk like this need help', 'cheh pour les trolls, ils sont tous bannis']);
});

describe('v1.18: a negation ends where a clause starts with "nobody" or "personne"', () => {
  // The "not" of the first clause held back the hit of the second, and with it the whole reply.
  itCalls('hostile', ["t'es pas drôle, personne te croit", "you're not funny, nobody believes you", 'not gonna lie, nobody believes you']);
  it('still reads "personne" inside the negated clause as negated', () => {
    expect(label("c'est pas vrai que personne te croit, on est nombreux avec toi")).not.toBe('hostile');
  });
});

describe('v1.18: the doxxing scorer hears of a car parked somewhere', () => {
  it('reads a car parked at a named place every morning as doxxing', () => {
    // 1.17 kept its scorer closed: no person word, only the car and the place.
    expect(label('grey Golf with the dented door, parks behind the Aldi on Mill Road in Ely every morning at 8')).toBe('doxxing');
  });

  itDoesNotCall('doxxing', ['the big Asda in Leeds is open till midnight now, handy after the late shift', 'our bakery’s new unit is on the industrial estate in Crewe, open from 7'], 'does not read the shop in "%s" as doxxing');
});

describe('v1.18: support 1.17 read as chat', () => {
  // From a probe of 60 support replies: 1.17 missed one in English and five in French.
  itCalls('supportive', ['je te crois', 'c’est pas normal et t’as pas à subir ça', 'garde tout et va voir un avocat', 'avec toi à 100%', 'gros câlin depuis Montréal', 'big hug from Montreal']);

  it('does not read "je te crois pas" or "je te crois capable de tout" as support words', () => {
    const reasons = (text: string) => classify({ text }).reasons.filter((r) => r.rule.startsWith('lexicon:support'));
    expect(reasons('je te crois pas, t’as tout inventé')).toEqual([]);
    expect(reasons('je te crois capable de tout, même du pire')).toEqual([]);
  });
});

describe('v1.18: dehumanising the target, threatening her family', () => {
  // From a probe of 30: 1.17 missed 13 ("hope your family pays" and "j'espère que ta famille paiera" were support).
  itCalls('hostile', [
    'ça parle encore cette chose ?',
    't’es pas humaine',
    'animal',
    'back in your cage',
    'someone put this dog down',
    'you’re not even human',
    'this thing talks?',
    'take out the trash, someone',
    'you belong in a zoo',
    'j’espère que ta famille paiera pour toi',
    'hope your family pays for what you did',
  ]);

  itDoesNotCall('hostile', ['the vet says we should put the dog down soon, he is very old', 'we’ll come by the studio saturday to support you', 'human rights are not up for debate']);
});

describe('v1.18: French veiled threats and sexual remarks', () => {
  // From a probe of 20: 1.17 called these six neutral.
  itCalls('hostile', [
    'on finira par se croiser, t’inquiète',
    'ça va finir mal pour toi cette histoire',
    't’as de la chance d’être derrière ton écran',
    'elle doit être bonne au lit pour avoir eu ce poste',
    'je passerais bien une nuit avec toi pour te calmer',
    'la prochaine fois ce sera pas qu’un tweet',
  ]);

  it('does not call a wish to meet one day a threat', () => {
    expect(label('on finira par se croiser à un salon, j’espère ! bravo pour ton livre')).not.toBe('hostile');
  });
});

describe('v1.18: coded hate', () => {
  // From a probe of 25 dog whistles: 1.17 missed 19.
  itCalls('hostile', ['every single time 🤔', 'check the early life section', 'encore une chance pour la France', 'day of the rope can’t come soon enough', '1488', 'white genocide is real', 'Français de papier', 'toujours les mêmes, suivez mon regard', 'dindu nuffin', 'another jogger incident', 'we all know who runs the banks', 'enrichissement culturel comme d’hab 🙃']);

  // The same terms named to be answered.
  itDoesNotCall('hostile', ['« Français de papier » : cette expression vient tout droit de l’extrême droite des années 30.', 'white genocide is a phrase invented by white supremacists, nobody is being killed for being white', 'every single time I open this app it crashes 🤔', 'the early life section of his wiki says he grew up in Leeds']);
});

describe('v1.18: hate claims a support or rebuttal word made look like support', () => {
  itCalls('hostile', ['the Holocaust numbers have been greatly exaggerated', 'LGBT propaganda is corrupting our kids in schools', 'most Muslims support terrorism secretly', 'la Shoah a été largement exagérée']);

  itDoesNotCall('hostile', ['Holocaust denial, the claim that the numbers were exaggerated, is a crime in France', 'most Muslims condemn terrorism and support their neighbours']);
});
