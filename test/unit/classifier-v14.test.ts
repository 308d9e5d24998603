import { describe, expect, it } from 'vitest';
import { classify } from '../../entrypoints/background/classifier/index';
import { normalize } from '../../entrypoints/background/classifier/normalize';

// Every reply here was written for this test: none is a training or evaluation reply.
const label = (text: string) => classify({ text }).label;

describe('v1.14: "ville" is no "vile", "salle" no "sale"', () => {
  it('keeps the doubled letters of these French words when normalising', () => {
    expect(normalize('Ville').tokens).toEqual(['ville']);
    expect(normalize('salles').tokens).toEqual(['salles']);
    // Stretched insults still fold to one key.
    expect(normalize('viiile').tokens).toEqual(['vile']);
  });

  it.each([
    "Les musulmans de la ville fêteront l'Aïd la semaine prochaine.",
    'Les migrants arrivent en ville demain matin.',
    'Les femmes de la ville organisent une marche dimanche.',
    'les réfugiés logés au centre-ville sont bien accueillis',
  ])('calls "%s" neutral (1.13 read "ville" as "vile" next to a group: hate)', (text) => {
    expect(label(text)).toBe('neutral');
  });

  it('still reads the English word next to a group', () => {
    expect(label('Muslims are vile.')).toBe('hostile');
    expect(label('migrants are viiile')).toBe('hostile');
  });
});

describe('v1.14: hate claims about a group stated as facts, with no insult word', () => {
  // Words that mean nothing alone ("free housing", "hold everyone back") weigh as what is
  // said of the group. Single claims sit near the model's bar, so the test reads the set:
  // 1.13 caught 8 of these 12, 1.14 catches 10.
  const claims = [
    'Refugees just want free housing and a phone, then they complain about the weather.',
    "Les Roms vivent de vols et de mendicité, c'est dans leur culture.",
    'Les musulmans ne seront jamais vraiment français, leur loyauté est ailleurs.',
    'Gay teachers should keep their private lives out of our classrooms and away from our kids.',
    "Jews always look after their own first, that's why they run the banks.",
    'Women drivers, need I say more.',
    "Les femmes ne savent pas conduire, c'est prouvé.",
    "Deaf people should not be allowed to drive, it's common sense.",
    "Asylum seekers get hotels and we get nothing, tell me that's fair.",
    'Les allocataires se la coulent douce pendant que nous on bosse.',
    'Disabled kids in mainstream schools just hold everyone else back.',
    'Les immigrés font exploser la délinquance, les chiffres sont là.',
  ];
  it('calls at least 9 of 12 such claims hostile', () => {
    const missed = claims.filter((t) => label(t) !== 'hostile');
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(3);
  });

  it.each([
    'My grandmother was a refugee from Hungary in 1956.',
    "Women's football attendance doubled this season.",
    'Trans people can now update their gender on their passport online.',
    'Les familles juives du quartier allument les bougies de Hanouka cette semaine.',
    'Les gens du voyage sont arrivés sur l’aire d’accueil de la commune hier.',
  ])('leaves the plain statement "%s" neutral', (text) => {
    expect(label(text)).toBe('neutral');
  });
});

describe('v1.14 doxxing rules: one’s own contact offered is no disclosure', () => {
  it.each([
    'lost cat!! grey tabby, last seen near Orchard Way. please call me on 07700 900217, any time',
    'Chat perdu, tigré gris, vu près de l’allée des Tilleuls. Appelez-moi au 06 39 98 52 14 svp',
    'Game night is at mine this week: 4 Pelham Road, flat 2. Bring crisps',
    'La soirée jeux c’est chez moi cette fois : 9 rue Lamartine, 3e étage, ramenez des chips',
    'Lost: green umbrella on the 22 bus. If found please email umbrella.sam@example.org',
    'Our new office is at 14 Canal Street, Manchester M1 3HE, open day on Friday!',
    "DM me if you need to talk. My own number's (480) 555-0147, call anytime.",
    'room to rent in Sheffield centre, £450 bills incl, 📞 me: 07700 900527',
    'mon nouveau numéro c’est le 06 39 98 11 42, enregistre-le',
    'covoit lamballe → rennes tous les jours 7h, 1 place, 06 39 98 02 47 (moi)',
    'Mon GSM c’est le +32 470 99 22 46 si quelqu’un veut reprendre mon abonnement',
    'le SAV de Darty c’est le 01 99 00 52 41, pas besoin de passer par l’appli',
  ])('does not call "%s" doxxing', (text) => {
    expect(label(text)).not.toBe('doxxing');
  });

  it.each([
    'she lives at 4 Pelham Road, flat 2, call me on 07700 900217 if you want to go with me',
    'il habite 9 rue Lamartine au 3e, appelez-moi au 06 39 98 52 14 on y va ensemble',
    'her new number is 07700 900388, she moved out last week',
    'heres the girl who reported me 07700 900582 go wild',
  ])('still calls "%s" doxxing', (text) => {
    expect(label(text)).toBe('doxxing');
  });
});

describe('v1.14 doxxing rules: a lowercase address with the house described', () => {
  it('finds "22 birch rd, leeds" when the reply describes the house', () => {
    expect(label('22 birch rd, leeds. the one with the red door, top floor')).toBe('doxxing');
  });

  it.each([
    '9 hawthorn ave, cardiff is where the match was played',
    'we stayed at 9 hawthorn ave, cardiff for the weekend, lovely airbnb',
  ])('leaves "%s" alone: a lowercase street without a house described or "lives at"', (text) => {
    expect(label(text)).not.toBe('doxxing');
  });
});

describe('v1.14: ordinary words that read as abuse once normalised', () => {
  it.each([
    ['be proud of yourself', 'squeezed, "off yourself"'],
    ['Get a body pillow made of yourself and give it to her as a present', 'squeezed, "off yourself"'],
    ['Right, but their wages *are* lower *because* they get tipped.', 'markdown stars read as a masked insult'],
    ['this is **so** good', 'markdown stars read as a masked insult'],
    ["try to snag one on sale after St. Paddy's", 'the French "sale …" insult'],
    ['Le Niger est un pays du Sahel.', 'the slur, squeezed or corrected'],
    ['I visited Niger last year, Niamey is lovely.', 'the slur, squeezed or corrected'],
    ["I'll shoot you a message tomorrow", 'a death threat'],
    ['Tell her off yourself, she is way out of line', 'incitement to suicide'],
    ["Il faut qu'elle brûle un cierge à la Chapelle", 'a death wish ("qu\'elle brûle")'],
  ])('does not call "%s" hostile (1.13: %s)', (text) => {
    expect(label(text)).not.toBe('hostile');
  });

  it.each(["qu'elle brûle en enfer", 'why don’t you off yourself', 'shut up nigger', 'niggggger go home', 'n1gger', 'f*ck you', 'sale arabe', "I'll shoot you in the face"])(
    'still calls "%s" hostile',
    (text) => {
      expect(label(text)).toBe('hostile');
    },
  );
});

describe('v1.14: an insult word that judges a thing', () => {
  it.each(['It was just a dumb guess, mate.', 'what a dumb idea lol', "c'est une question débile mais bon", 'that was a stupid mistake on my part', "c'est débile", 'this is so stupid lol', "J'ai vu les messages, c'est dégueulasse ce qu'ils te font"])(
    'does not call "%s" hostile',
    (text) => {
      expect(label(text)).not.toBe('hostile');
    },
  );

  it.each(["you're so stupid", 'stupid cow', "t'es débile", 'your idea is stupid and you are an idiot', "c'est un débile, ce type"])('still calls "%s" hostile', (text) => {
    expect(label(text)).toBe('hostile');
  });
});

describe('v1.14: "fais attention à toi" is how friends say take care', () => {
  it.each(['Courage, fais attention à toi ❤️', 'fais attention à toi ce soir, il y a du verglas', 'watch yourself out there and stay safe x'])('does not call "%s" hostile', (text) => {
    expect(label(text)).not.toBe('hostile');
  });

  it.each(['fais bien attention à toi', 'attention à toi si tu reviens ici', 'tu devrais faire attention à toi'])('still calls the warning "%s" a threat', (text) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    expect(c.subLabels).toContain('threat');
  });
});

describe('v1.14: support that dismisses the trolls', () => {
  it.each(['Ces raclures ne méritent pas ton attention, courage', "Stay safe and don't engage with these idiots", 'ignore ces bouffons, ton taf est top', 'Le mec qui t’a traitée de "sale pute" mérite une plainte, fais des captures', 'They called you a "dumb bitch" for doing your job. Unreal. Sending support.'])('calls "%s" supportive', (text) => {
    expect(label(text)).toBe('supportive');
  });

  it.each(['courage, espèce de raclure', 'stay safe you idiot', 'you called me a bitch?? you dumb bitch', 'tu m’as traité de con, espèce de connard'])('still calls "%s" hostile: the insult is aimed at the reader', (text) => {
    expect(label(text)).toBe('hostile');
  });
});

describe('v1.14: wishes of harm that begin like good wishes', () => {
  // 1.13 read "hope you…" as support and called these supportive.
  it.each([
    ['I hope your car crashes on the way home.', 'death_threat'],
    ['hope you trip and fall on stage tomorrow', 'threat'],
    ['I hope you never work in journalism again.', 'threat'],
    ['hope she gets gangbanged, maybe then she will shut up', 'sexual'],
    ['Keep it up and see what happens.', 'threat'],
  ])('calls "%s" hostile (%s)', (text, sub) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    expect(c.subLabels).toContain(sub);
  });

  it.each(['I hope you get well soon!', 'hope you get the job, fingers crossed', 'hope you never have to go through that again', 'I hope he gets fired for what he did to you'])(
    'still calls "%s" supportive',
    (text) => {
      expect(label(text)).toBe('supportive');
    },
  );
});
