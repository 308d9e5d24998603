import { describe, expect, it } from 'vitest';
import { classify, doxxingSpans } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.23: a contempt emoji after her name, a mention or "t\'es un"', () => {
  itCalls('hostile', ['Sandrine 🤡🤡', 'Aïcha Diallo 🦍 mdr', '@margaux_b 🐷', "t'es un 🤡", "you're such a 🤡", 'Fatou 🐵🐵 lol']);
  itDoesNotCall('hostile', ['Moi 🤡', 'Me 🤡 every single time', 'Lundi 🤮', 'Merci Sandrine ❤️']);
  it('points at the emoji, not at the name', () => {
    const text = 'Sandrine 🤡🤡';
    const [r] = classify({ text }).reasons;
    expect(text.slice(r!.start, r!.end)).toBe('🤡🤡');
  });
});

describe('v1.23: a "1" that stands for an "l", and masked words', () => {
  itCalls('hostile', ['what a s1ut', 'total 1oser', 'quel 1diot', 'go suck a d*ck', 'such a d*ck move from a d*ck']);
  itDoesNotCall('hostile', ['on se voit le 1er', 'top 10 des albums de 2021', 'a 1980s film']);
});

describe('v1.23: a wish of harm to her business, her family or her things', () => {
  itCalls('hostile', [
    'I really hope her salon fails',
    "hope that keeper's van gets torched",
    'hope your kids get bullied for this',
    'I hope the place burns down with you in it',
    "there's a special place in hell for people like you",
    'go eat a bullet',
    "j'espère que ta boutique fasse faillite",
  ]);
  itDoesNotCall('hostile', ['I hope your exam goes well', 'hope your cold goes away soon', "j'espère que ta boutique marche bien"]);
});

describe('v1.23: veiled threats', () => {
  itCalls('hostile', [
    "on sait à quelle heure tu sors du studio 🙂",
    "je connais l'école où tu déposes ta fille",
    'on sera nombreux à t\'attendre samedi',
    'les vrais fans retiennent les noms',
    'vérifie bien tes freins avant de rouler 😉',
    "we don't forget faces, see you Saturday",
    'someone should be waiting for him in the car park',
    'I know exactly where to find her',
    'not everyone who comes to your gigs is a fan',
  ]);
  itDoesNotCall('hostile', ['on sait quand le prochain épisode sort ?', "je connais le resto où tu vas, il est top", 'check your brakes before the winter, garages are full in December', 'I remember your first video!']);
  it('a threat quoted to be reported is support', () => {
    expect(classify({ text: 'Quelqu\'un t\'a écrit « on sait où tu tournes ». Porte plainte, ça se prend au sérieux.' }).label).toBe('supportive');
  });
});

describe('v1.23: calls to shut her out', () => {
  itCalls('hostile', ["don't hire her, she's trouble", 'can someone remove her from the parents chat', "let's freeze him out", 'leave her on read lol', 'share her face everywhere', 'virez-la du groupe']);
  itDoesNotCall('hostile', ['remove the old posts from the chat please', 'please share her article, it matters', 'can someone add her to the parents chat']);
  itCalls('hostile', ['everyone ring her office tomorrow and tell them', 'lads, email her publisher, fill the inbox', "comment under her school's facebook page", 'anyone got a list of her sponsors?', 'tout le monde écrit à son club']);
  itDoesNotCall('hostile', ['comment on her facebook page to wish her a happy birthday', 'everyone email her to say congrats 🎉']);
});

describe('v1.23: contempt without a swear word', () => {
  itCalls('hostile', [
    'pas tout le monde est aussi bête que toi heureusement',
    'tu ressembles à un crapaud',
    'she looks like a potato in a wig',
    'the personality of a wet sock',
    "le charisme d'une huître",
    'she only got the part because she ticks a box',
    "c'est un quota, rien d'autre",
    'the day we get rid of people like you',
    'ça ne compense pas ta nullité',
  ]);
  itDoesNotCall('hostile', ['this flat ticks all the boxes', 'the fishing quota was reached in May', "t'es pas un idiot, t'as juste mal lu", 'it looks like a potato but tastes amazing']);
});

describe('v1.23: contempt asked as a question', () => {
  itCalls('hostile', ['pour qui tu te prends toi', 'elle se prend pour qui franchement', 'imagine being this smug', 'who does he think he is', 'who let him near a microphone', 'qui lui a filé un micro sérieux']);
  itDoesNotCall('hostile', ['je me prends pour qui moi, à parler de ça ?', 'the tank is full of water', 'who let the dogs out 🎶']);
});

describe('v1.23: doxxing', () => {
  it.each([
    ["il déménage lundi, nouvelle adresse 14 rue des Carmes 31000, au-dessus de la boulangerie", 'address'],
    ['he runs a shop but lives two doors down, 8 Bridge St, Penzance, blue door', 'address'],
    ["c'est pas elle qui habite 9 bis rue Victor-Hugo 69002 Lyon ?", 'address'],
  ] as const)('%s → doxxing (%s)', (text, sub) => {
    const c = classify({ text });
    expect(c.label, text).toBe('doxxing');
    expect(doxxingSpans(c).some((r) => r.subLabel === sub), text).toBe(true);
  });
  itDoesNotCall('doxxing', [
    'Le Zénith est au 211 avenue Jean-Jaurès, le match commence à 20h',
    'Tourist office visitor centre: 12 Harbour St, (02) 4422 1190',
    'Numéros du loto : 3, 18, 27, 33, 45, numéro chance 7',
    'Box office at 4 Market Sq, tickets from 9am',
    'la réunion du club est au gymnase ce soir à 19h',
  ]);
});
