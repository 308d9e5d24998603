import { describe, expect, it } from 'vitest';
import { classify, doxxingSpans } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.21: a word disguised to pass a filter is the slur, written plainly it is French', () => {
  itCalls('hostile', ['r3tard alert', 'such a r e t a r d honestly', 'ok r*tard', 'l a r b i n du patron', 'larbin de la mairie, va']);
  itDoesNotCall('hostile', ['Le bus a du retard ce matin', 'RETARD de 15 min sur le RER B', 'encore 10 minutes de retard, je pars devant']);
});

describe('v1.21: suicide baiting and death wishes as old tropes, without a threat word', () => {
  itCalls('hostile', [
    'go play in traffic, champ',
    'rope is cheap, just saying',
    'do the world a favour',
    'do us all a favour and disappear',
    'la valise ou le cercueil, tu choisis',
    "qu'on la pende en place publique",
    'lol k*ll urself',
  ]);
  itDoesNotCall('hostile', [
    'do the world a favour and vote on Thursday',
    'the kids love to play in the garden, not in the traffic jam',
    'on pend la crémaillère samedi, tu viens ?',
    'j’ai fait ma valise, départ demain 6h',
  ]);
});

describe('v1.21: the "sellout" and anti-Roma slurs, and sneers that are the whole reply', () => {
  itCalls('hostile', ['Councillor Lee is a coconut, everyone knows', 'bande de voleurs de poules', 'Crève.', 'singe', 'imagine thinking anyone cared lmao']);
  itDoesNotCall('hostile', [
    'this is a coconut milk curry, 20 minutes tops',
    'her cake is a coconut sponge with lime',
    'crève de fatigue après ce match',
    'le singe du zoo de Beauval a eu un petit',
  ]);
});

describe('v1.21: families from a plain-voice development set', () => {
  itCalls('hostile', [
    'une corde ça coûte trois fois rien, réfléchis',
    'nobody would miss you tbh',
    'you should have stayed underwater, champ',
    'they breed like rabbits and vote like sheep',
    'take that rag off and then we can talk',
    'what she needs is a real man to sort her out',
    'tag her employer, they should see this',
    'tout le monde écrit à la direction ce soir',
  ]);
  itDoesNotCall('hostile', [
    'we breed more sheep than last year',
    "I'd miss you if you left",
    'the kids stayed underwater for ten seconds, new record',
    'take the rag off the counter before you wipe it',
    'tag her in the group photo pls',
  ]);
  itCalls('supportive', [
    'that set at the jazz club gave me chills',
    'ta lecture au théâtre, j’en ai encore des frissons',
    'your essay on your dad stayed with me for days',
    'ton discours m’a mise en larmes',
    'I screenshotted every nasty reply for you, check your DMs',
    'left a five star review to drown out the brigade',
    'calling her a cow is misogyny, not a joke',
    'personne ne veut que tu partes, reste',
    "please don't quit, we need you",
  ]);
  itDoesNotCall('supportive', ["Don't quit your day job. Oh wait.", 'je suis fan de pizza ananas, désolé']);
});

describe('v1.21: who the model may decide against', () => {
  itDoesNotCall('hostile', ['It was just a dumb guess, mate.', 'what a stupid question, obviously yes', 'such a dumb rule tbh']);
  itCalls('hostile', ['toute cette hystérie pour 3 degrés, elle doit avoir ses règles']);
});

describe('v1.21: doxxing from a new author', () => {
  itCalls('doxxing', [
    'lol 4165550143 spam her till she deletes',
    'his number, 6045550177, text him all night',
    'sa bagnole : Clio grise immatriculée GH482KL, vous savez quoi faire',
    'QLD rego 7AB 2CD, white ute, parks outside every night',
    'social: 900112233 have fun',
    'Écrivez à ce mec : remi.lavigne@example.fr, il adore les messages',
    "her place is 77 Poplar Ave, Dayton, OH 45402. white house, red door, can't miss it",
    "his van sleeps at 45°10'22.4\"N 5°43'11.8\"E behind the quarry",
    "She's a junior at Ohio State, Stats 2 TTh 11am in Cockins Hall. go say hi",
    'catches the 6:15 tram at Vieux Port every weekday and walks to the lycée',
  ]);
  itDoesNotCall('doxxing', [
    'order 6135550187 shipped yesterday',
    'call 4165550143 for a free quote, Mon–Fri',
    'my social life is 123456789 times better since I left',
    'tour of the White House at 1600 Pennsylvania Ave NW, Washington, DC 20500, book ahead',
    'Contactez-nous : accueil@mairie-example.fr',
    'I catch the 6:15 tram at Vieux Port every weekday, so count me out for breakfast',
    'the night bus gets off the ring road at 11pm every day, sadly',
  ]);

  it('masks the whole ten-digit number someone is told to pester', () => {
    const text = 'lol 4165550143 spam her till she deletes';
    const spans = doxxingSpans(classify({ text })).map((r) => text.slice(r.start, r.end));
    expect(spans).toEqual(['4165550143']);
  });
});
