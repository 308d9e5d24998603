import { describe, expect, it } from 'vitest';
import { classify, doxxingSpans } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.20: coded hate a raid writes without a slur', () => {
  itCalls('hostile', [
    'ok groomer, keep talking',
    "it's giving predator tbh",
    'just join the 41% already',
    '41% hein, tu sais ce qu’il te reste à faire',
    "he's not a she and never will be",
    'a linebacker in a dress teaching our daughters',
    'keep that thing away from our kids',
    'éloignez cette créature de nos enfants',
    'the goyim know, keep noticing',
    'another prize for the happy merchant 🤑',
    'every review in that paper is owned by her people',
    'les mêmes qui tiennent les médias font sa promo',
    'shoah business, saison 2',
    'pisslam again on the council',
    'the hijab squad has taken the front row',
    'sharia incoming, enjoy your town while it lasts',
    'ça commence par un menu et ça finira par la charia',
    "she's a trojan horse and you all clapped",
    'the station needed to tick two boxes and she was there',
    'encore une diversité qui vient nous expliquer la vie',
    'il a eu le poste grâce à sa couleur, voilà tout',
    "va falloir le renvoyer d'où il vient",
    'retourne faire tes analyses au bled',
  ]);

  itDoesNotCall('hostile', [
    'my dog groomer is booked until march',
    'the shekel fell against the dollar this morning',
    'calling every gay teacher a groomer is homophobia with extra steps',
    'ticks all the boxes for a weekend read',
    'the mayor met the council and the mosque committee on friday',
    "ma grand-mère vient d'Algérie et elle y retourne cet été",
  ], 'does not call "%s" hostile');
});

describe('v1.20: threats that smile, calls to pile on, fake concern', () => {
  itCalls('hostile', [
    'half the forum knows which gym she trains at',
    'someone should find out where he parks after the match',
    'on sait dans quelle école vont tes gosses',
    "faudrait qu'il lui arrive un petit accident sur la route",
    "y a une solution définitive si t'en peux plus",
    'tais-toi, franchement c’est mieux pour toi',
    'log off for your own safety, sweetie',
    'quitte les réseaux avant que ça finisse mal pour toi',
    'dis bonjour à ta mère de notre part',
    'on verra si tu fais toujours la maligne au festival',
    'put him on the list, we will remember the names',
    'everyone go leave one star reviews on her cookbook',
    'get her fired before the weekend',
    'already emailed the school board about you, enjoy monday',
    'on signale tous son compte jusqu’à ce qu’il saute',
    'qui est chaud pour aller lui dire bonjour au salon ?',
    'on devrait en faire un autodafé de ses bouquins',
    'nobody will miss you when you quit',
    'ses parents auraient dû mettre une capote',
    'spoiled little brat with a megaphone',
    "bet she'd look better on her knees than on the panel",
    't’as quoi entre les jambes au juste ?',
  ]);

  itDoesNotCall('hostile', [
    'stop trying to find out where she works, that is stalking',
    "let's flood her mentions with kindness tonight",
    'I emailed the school board to thank the teacher for that lesson',
    'mon chat a fini par rentrer de lui-même, plus de peur que de mal',
    'il y a une solution définitive aux fuites : changer le tuyau',
    'does anyone know which hotel the team uses? asking for autographs',
  ], 'does not call "%s" hostile');
});

describe('v1.20: praise from bystanders without the stock phrases', () => {
  itCalls('supportive', [
    'you inspire me more than you know',
    'tu m’inspires tellement, continue',
    't’es une icône, sérieux',
    'you belong in that studio, end of story',
    'so well deserved, congratulations on the shortlist',
    'the stats backed her up. y’all owe her an apology',
    'laissez le gamin tranquille, il fait plus que vous',
    'ignore these trolls, your work speaks for itself',
    'cannot wait for the next book',
    'c’est ignoble ce qui t’arrive, on est là',
  ]);

  itDoesNotCall('supportive', [
    "t'es une légende, t'as encore oublié tes clés 😂",
    'with that voice you belong in a kitchen',
    'tu l’as bien mérité, cheh',
  ], 'does not call "%s" supportive');
});

describe('v1.20: the model decides alone when all but certain', () => {
  // 1.19 left this to the target rules, which wanted one word to carry it.
  itCalls('hostile', ['toute cette hystérie pour 3 degrés, elle doit avoir ses règles']);

  // One word alone, a reply aimed at no one with little behind it, or a question: still not enough.
  itDoesNotCall('hostile', [
    'la mosquée accepte encore des dons ou c’est complet ?',
    'enjoy the snow while it lasts',
    'c’est débile, ce règlement',
  ], 'does not call "%s" hostile');
});

describe('v1.20: doxxing written to pass filters', () => {
  itCalls('doxxing', [
    'w3w for the van she parks overnight: lemons dot ladder dot quiet',
    'le w3w de son cabanon : citron point échelle point calme',
    'you wanted to meet? 14 ... Orchard ... Road ... Leek',
    'tu voulais me voir ? 6... allée... des Tilleuls... Vierzon',
    'his mum’s paypal email is jo (dot) marsh (at) example (dot) com, that’s where the money goes',
    'got her addy. 22 Linnet Way in Stotfold, don’t say where you got it',
    'her wishlist shows her delivery address lol: 9 Heron Close, Ripon, HG4',
    'swims at the Riverside pool every thursday 7am, lane 2, then the café',
  ]);

  itDoesNotCall('doxxing', [
    'so... 3 goals... in 10 minutes... Street football is back',
    'the pitch is great dot com levels of great',
    'I swim at the municipal pool every sunday at 8am, join me',
    'the club trains at the rec ground on tuesdays 7pm, all welcome',
    'my delivery address is 4 Mill Lane, Ripon, in case the parcel comes back',
  ], 'does not call "%s" doxxing');

  it('masks the whole obfuscated address, the local part’s "(dot)" included', () => {
    const text = 'her paypal is lou (dot) ferreira (at) example (dot) com';
    const c = classify({ text });
    const spans = doxxingSpans(c).map((r) => text.slice(r.start, r.end));
    expect(spans).toContain('lou (dot) ferreira (at) example (dot) com');
  });
});

describe('v1.20: a reply is aimed at the one it answers', () => {
  const asReply = (text: string) => classify({ text, context: { parentText: 'Mon premier tournoi international !' } }).label;
  const mentioning = (text: string) => classify({ text, context: { mentionsUser: true } }).label;

  it('reads contempt without a "you" as hostile when the reply answers a post or mentions the user', () => {
    // Each retrained model calls other examples hostile on their own (1.21: "13 and already this smug…",
    // 1.22 and 1.23: "smug little kid, needs humbling", "should never have been let in after 2015",
    // "smug little thing, needs humbling"):
    // the example is one the model is unsure of alone.
    const text = 'absolute state of this one';
    expect(classify({ text }).label).toBe('neutral');
    expect(asReply(text)).toBe('hostile');
    expect(mentioning(text)).toBe('hostile');
    // The page can show that a post is a reply without showing what it answers.
    expect(classify({ text, context: { isReply: true } }).label).toBe('hostile');
  });

  it.each(['#MerciKarim', 'sale gosse va ❤️', 't’as vu le match hier ?', 'la mosquée prend encore des dons ?'])('keeps "%s" out of hostile as a reply', (text) => {
    expect(asReply(text)).not.toBe('hostile');
  });
});

describe('v1.20: tropes every raid reuses', () => {
  itCalls('hostile', [
    'hope her next show is a warm one 🔥🚿',
    '🔥🏳️‍🌈🔥 happy pride month',
    '🐒🐒 in the studio again',
    'welcome to the team 🦍🍌',
    'ok pedo, keep talking',
    'get back in your dinghy pal',
    'retourne sur ton zodiac, on t’a rien demandé',
    'not French, just in France. big difference',
    'a loud little man with a nose for money',
    'they needed a man to explain the rules to her',
    'faudrait un homme pour lui expliquer le hors-jeu',
    'arbitre de quota, ça se voit à chaque match',
    'she only won because they needed a diverse champion',
    'let’s see his papers 👀 someone tag the Home Office',
    'people will remember your face, councillor',
    'on oubliera pas ta tête, sois-en sûre',
    'he knows which estate she delivers to now',
    'quelqu’un sait dans quel service elle bosse ?',
    'there’s a nice tall bridge near your place, might be worth a visit',
    'rt et dites lui ce que vous en pensez',
    'just take your meds and log off',
  ]);

  itDoesNotCall('hostile', [
    'we had a barbecue 🔥 then a shower 🚿 after the hike',
    'see no evil 🙈',
    'the boat was late so we took the dinghy back to the harbour',
    'the Home Office publishes asylum statistics every quarter',
    'my nan never forgets a face, she recognised him straight away',
    'the tall bridge near our place is closed for repairs until june',
    'remember to take your meds before the flight, love you ❤️',
  ], 'does not call "%s" hostile');
});

describe('v1.20: support written as hashtags and emoji alone', () => {
  itCalls('supportive', ['💜', '🫂', '🏳️‍🌈❤️', '#MerciNadia', '#AvecToiSamir', '#StopAntiRomaHate', '#LeilaOnEstLà', '#JoForMayor']);
  itDoesNotCall('supportive', ['🤡❤️', '🙄🙏', '#MerciPourRien', '#Thanksgiving traffic on the I-5 is a nightmare'], 'does not call "%s" supportive');
});
