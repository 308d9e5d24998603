import { describe, expect, it } from 'vitest';
import { classify, doxxingSpans } from '../../entrypoints/background/classifier/index';
import { itCalls, itDoesNotCall } from './label-cases';

// Every reply here was written for this test: none is a training or evaluation reply.

describe('v1.22: a wish of harm after "hope" is no support', () => {
  itCalls('hostile', [
    'hope she drops dead tbh',
    'hope you get a slow painful cancer and nobody visits',
    "j'espère que ton avion s'écrase",
    'jte souhaite un cancer bien long bien douloureux',
    'je prie pour que tu perdes tout',
    'hurry up and die so we can have your house',
  ]);
  itCalls('supportive', ['hope you recover fast from the cancer treatment ❤️', "hope she's doing better after the surgery", 'I hope you never have to read these replies again']);
  itDoesNotCall('hostile', ['that dress is drop dead gorgeous', 'hope your cancer treatment goes well', "j'espère que ton avion arrive à l'heure"]);
});

describe('v1.22: threats of a beating and of a reckoning', () => {
  itCalls('hostile', [
    "I'll break every bone in your body",
    'je te crève si je te croise',
    'people like you will hang for what you did',
    'your days are numbered',
    'tes jours sont comptés, profite',
  ]);
  itDoesNotCall('hostile', ["don't break your neck on those stairs", 'my days are numbered at this job lol', 'break a leg tonight!']);
});

describe('v1.22: names and contempt the training lacked', () => {
  itCalls('hostile', [
    'no man will ever love you and you know it',
    'disgusting human being',
    'an embarrassment to your profession',
    'Ptite conne va',
    'Tes fans sont aussi cons que toi',
    "T'as pas honte d'exister ?",
    'Les gens de ta race ne savent faire que ça',
    'Sous-homme',
    'f.d.p',
    'found the landwhale',
    'fat pig',
    'nonce',
  ]);
  itDoesNotCall('hostile', [
    'Les annonces du gouvernement sont tombées ce matin',
    'Mute the thread, make a toastie, go to bed early.',
    'Ma vieille chienne a de l’arthrose, elle boite',
    'for the nonce spelling, see the footnote',
  ]);
});

describe('v1.22: asking her price, a meme campaign, a gold-digger slur, "trash like her"', () => {
  itCalls('hostile', [
    'dis-moi combien tu prends pour une soirée 😏',
    'how much for a night with her lol',
    'on va en faire des memes toute la semaine mdr',
    'encore une michto',
    'the stream was trash just like her',
  ]);
  itDoesNotCall('hostile', ['combien tu prends pour réparer un vélo ?', 'how much do you charge for a haircut?', 'on fait des memes de chats ce soir ?', 'the stream was great, just like her last one']);
});

describe('v1.22: mass reports and calls to an employer aimed at the person, not at the raiders', () => {
  itCalls('hostile', [
    'On est 200 sur le discord prêts à le signaler en masse',
    'Signalez son compte à son employeur, il faut qu’il soit viré',
    'continuez les gars, elle va craquer',
    'keep going until she breaks',
  ]);
  itDoesNotCall('hostile', [
    'On signale en masse les comptes qui menacent, ne restez pas seule avec ça.',
    'Mass reporting is a real problem on this platform.',
  ]);
});

describe('v1.22: e-mails written to pass filters, a named SSN, a home in the overseas départements', () => {
  const found = (text: string, sub: string) => {
    const c = classify({ text });
    expect(c.label, text).toBe('doxxing');
    expect(doxxingSpans(c).some((r) => r.subLabel === sub), text).toBe(true);
  };
  it('finds them', () => {
    found('Send your feedback straight to nico.brunetti83 at gmail', 'email');
    found('Envoyez vos avis à nico.brunet83 chez gmail', 'email');
    found('email = lucas_dgr92 @ hotmail . com (remove the spaces)', 'email');
    found('🍑 a.dubois ＠ icloud ． com 🍑 that’s her', 'email');
    found('his ss# is 987654325 if anyone wants to have fun', 'id_number');
    found('6 rue Victor Hugo, 97200 Fort-de-France, au-dessus du salon de coiffure, c’est son appart', 'address');
    found('son O6 39 98 I2 45, remplacez les lettres, vous avez compris', 'phone');
    found('plus code 9C3XGV5W+7Q, Leeds. his front door', 'geo');
    found('Les enfants de cette youtubeuse sont scolarisés au collège Jean-Moulin de Lannion, en 5e', 'workplace_school');
    found('Ses gosses vont au lycée Descartes, faites passer', 'workplace_school');
  });
  it('a number with letters for digits is masked as the number', () => {
    const text = 'son O6 39 98 I2 45, remplacez les lettres';
    const spans = doxxingSpans(classify({ text })).filter((r) => r.subLabel === 'phone');
    expect(spans.map((r) => text.slice(r.start, r.end))).toEqual(['O6 39 98 I2 45']);
  });
  it('a full-width address points at the characters as written', () => {
    const text = 'a.dubois ＠ icloud ． com';
    const [r] = doxxingSpans(classify({ text }));
    expect(text.slice(r!.start, r!.end)).toBe(text);
  });
  it('leaves alone what only looks like them', () => {
    for (const text of [
      'meet me at gmail HQ in Dublin',
      'I switched from yahoo to gmail at last',
      'Le parking de la résidence ouvre à 7h',
      'my ss# is on the form, not sharing it',
      'Room 1O1, see you at 10 o’clock',
      'version 2.1O of the app is out',
      'C++ and F+ are not grades',
      'mes enfants sont scolarisés au collège Jean-Moulin depuis septembre',
      'Her children are in primary school now, time flies',
      'the kids at Lincoln Elementary put on a great show',
    ]) {
      expect(classify({ text }).label, text).not.toBe('doxxing');
    }
  });
});
