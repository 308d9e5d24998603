import { describe, expect, it } from 'vitest';
import { ClassificationSchema } from '../../storage/schema';
import { classify, doxxingSpans, findDoxxingSpans, CLASSIFIER_VERSION } from '../../entrypoints/background/classifier/index';

const label = (text: string) => classify({ text }).label;

describe('doxxing patterns (positives)', () => {
  const cases: Array<[string, string, string]> = [
    ['FR address bis + postcode', 'il habite au 12 bis rue des Lilas 75011 Paris', 'address'],
    ['FR address with complements', 'voici son adresse : 4 allée des Peupliers, bât. B, 3e étage, 35000 Rennes', 'address'],
    ['FR relative address', 'sa mère habite 3 impasse du Moulin à Rennes', 'relative'],
    ['FR street without number after "il habite"', 'il habite rue Victor Hugo à Lyon', 'address'],
    ['FR Corsica postcode', 'il crèche au 5 cours Napoléon, 20000 Ajaccio', 'address'],
    ['FR mobile spaced', 'voici son 06 : 06 39 98 12 34', 'phone'],
    ['FR mobile dots', 'son num 06.39.98.12.34', 'phone'],
    ['FR mobile no separators', 'appelez le 0639981234', 'phone'],
    ['FR +33', 'son tel +33 6 39 98 12 34', 'phone'],
    ['FR 0033', 'appelez-le 0033639981234', 'phone'],
    ['FR landline', 'chez lui 01 99 00 12 34', 'phone'],
    ['emoji digits', '0️⃣6️⃣ 3️⃣9️⃣ 9️⃣8️⃣ 1️⃣2️⃣ 3️⃣4️⃣ appelez', 'phone'],
    ['spelled digits', 'zéro six trente-neuf quatre-vingt-dix-huit douze trente-quatre son num', 'phone'],
    ['US phone', 'everyone call this number (555) 013-2456', 'phone'],
    ['UK phone intl', 'her cell is +44 7700 900123', 'phone'],
    ['UK phone national', 'call him 07700 900456', 'phone'],
    ['email plain', 'son mail perso julien.martin@example.fr', 'email'],
    ['email [at] [dot]', 'sam.jones [at] example [dot] com', 'email'],
    ['email arobase point', 'julien.martin arobase example point fr', 'email'],
    ['email (at)(dot)', 'priya.k(at)example(dot)org', 'email'],
    ['FR plate SIV', 'sa caisse AB-123-CD', 'plate'],
    ['FR plate FNI', 'plaque 123 ABC 75 garée devant chez lui', 'plate'],
    ['UK plate', 'his car plate is AB12 CDE', 'plate'],
    ['NIR', 'son numéro de sécu 1 85 05 78 006 084 36', 'id_number'],
    ['SSN', 'her SSN is 123-45-6789', 'id_number'],
    ['NI number', 'his NI number QQ 12 34 56 C', 'id_number'],
    ['IBAN', 'son IBAN FR76 3000 6000 0112 3456 7890 189', 'id_number'],
    ['GPS decimal', 'il est là : 48.85661, 2.35222', 'geo'],
    ['GPS DMS', `48°51'24"N 2°21'07"E sa baraque`, 'geo'],
    ['Google Maps link', 'https://maps.app.goo.gl/xYz123AbC c\'est chez lui', 'geo'],
    ['Waze link', 'https://waze.com/ul?ll=48.85,2.35 chez lui', 'geo'],
    ['what3words', '///index.home.raft that is her house', 'geo'],
    ['US address', "here's where he lives: 42 Elm Street, Springfield, IL 62704", 'address'],
    ['UK flat + postcode', 'his mom lives at Flat 3, 12 Queen Street, Manchester M1 1AE', 'address'],
    ['CA address', 'pay him a visit: 88 King St, Toronto, ON M5V 2T6', 'address'],
    ['AU address', '12 King St, Fitzroy VIC 3065 is where the traitor lives', 'address'],
    ['workplace + schedule FR', 'il bosse au Carrefour de Bron, il sort à 18h', 'workplace_school'],
    ['school + schedule FR', "sa fille est à l'école Jean Jaurès, sortie des classes à 16h30", 'workplace_school'],
    ['workplace + schedule EN', 'he works at the Tesco on High Street, gets off at 6pm', 'workplace_school'],
  ];
  it.each(cases)('%s', (_name, text, sub) => {
    const c = classify({ text });
    expect(c.label).toBe('doxxing');
    expect(c.subLabels).toContain(sub);
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('doxxing hard negatives', () => {
  const cases = [
    'appelle le 3919, ils sont là pour toi',
    'en cas de danger fais le 17 ou le 112',
    'call 911 if you feel unsafe',
    'la permanence est place de l\'Horloge',
    'la permanence est au 12 rue de la République, ouverte le samedi de 9h à 12h',
    'town hall at 221 Main St is open 9am-5pm',
    'the rally is at City Hall, 100 Main Street, Saturday 2pm',
    'je suis à Lyon ce week-end',
    'le code postal c\'est 69003',
    'commande n° 0612345678 bien reçue',
    'order #1234567890 shipped',
    'ça coûte 1 250 000 €',
    'it costs $1,250,000',
    'le 12/03/2024 à 18h au conseil',
    'final score 3-1',
    'né en 1987',
    'numéro vert 0 800 05 95 95',
    'toll free 1-800-555-0199',
    'contact@mairie-exemple.fr pour les inscriptions',
    'il habite à Marseille je crois',
    'je bosse demain à 9h',
    'I work tomorrow at 9am',
    'Seeing women in this place makes me so angry.',
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).not.toBe('doxxing');
  });
  it('threats without data are hostile, not doxxing', () => {
    expect(label('on sait où tu habites')).toBe('hostile');
    expect(label('we know where you live')).toBe('hostile');
  });
});

describe('hostile', () => {
  const cases = [
    'couché le chien', 'donc tu reconnais être un traître', 'copain PS, tendance harki, lol', "t'es qu'1 c0nnard", 'f*ck you', 'c o n n a r d', 'connnnnard', 'ta gueule',
    'va te pendre', 'kys', 'kill yourself', 'go back to where you came from', 'you are such a coconut', "l'arabe de service", 'je vais te buter', 'tu vas le payer',
    'fais gaffe à toi quand tu sors', 'watch your back', 'send nudes', 'montre tes seins', 'you absolute moron', 'sale collabo', 'encul3', 'fdp', 'I hate black people.',
  ];
  it.each(cases)('%s', (text) => {
    const c = classify({ text });
    expect(c.label).toBe('hostile');
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it('types threats and incitement', () => {
    expect(classify({ text: 'je vais te tuer' }).subLabels).toContain('death_threat');
    expect(classify({ text: 'va te pendre' }).subLabels).toContain('incitement');
    expect(classify({ text: 'on sait où tu traînes' }).subLabels).toContain('threat');
    expect(classify({ text: 'retourne dans ton bled' }).subLabels).toContain('identity_attack');
  });
});

describe('supportive and counter-speech', () => {
  const cases = [
    'courage à toi, on est avec toi 💪', '#JeSoutiensKarim', 'stay strong', '#IStandWithSam', 'porte plainte et signale sur Pharos', 'report them and block',
    "appeler quelqu'un « harki » c'est du racisme", "calling someone a 'coconut' is racist", 'tout mon soutien', "t'es pas seul",
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).toBe('supportive');
  });
  it('marks quoted slurs as counter-speech', () => {
    const c = classify({ text: "appeler quelqu'un « harki » c'est du racisme" });
    expect(c.subLabels).toContain('counter_speech');
  });
});

describe('neutral and negation', () => {
  const cases = [
    "je ne suis pas d'accord avec ton analyse", 'tu as une source ?', 'je suis crevé ce soir', 'putain il pleut encore', 'ok', 'I don\'t agree with your take',
    "t'es pas un connard, juste maladroit", "you're not an idiot, you just misread it", 'coconut water is great after a run',
  ];
  it.each(cases)('%s', (text) => {
    expect(label(text)).toBe('neutral');
  });
});

describe('contract', () => {
  it('returns a schema-valid classification with all four scores', () => {
    for (const text of ['', 'couché le chien', 'il habite au 12 rue des Lilas 75011 Paris', 'merci ❤️', '🙂'.repeat(500)]) {
      const c = classify({ text, lang: 'fr', context: { parentText: 'Je suis affligé', mentionsUser: true } });
      expect(() => ClassificationSchema.parse(c)).not.toThrow();
      for (const k of ['hostile', 'supportive', 'doxxing', 'neutral'] as const) {
        expect(c.scores[k]).toBeGreaterThanOrEqual(0);
        expect(c.scores[k]).toBeLessThanOrEqual(1);
      }
      expect(c.version).toBe(CLASSIFIER_VERSION);
    }
  });
  it('doxxing wins over hostile and keeps both reasons', () => {
    const c = classify({ text: 'sale traître, il habite au 12 rue des Lilas 75011 Paris' });
    expect(c.label).toBe('doxxing');
    expect(c.reasons.some((r) => r.label === 'hostile')).toBe(true);
  });
  it('doxxing spans are exact UTF-16 offsets, even after emoji', () => {
    const text = '😡😡 👉 son 06 : 06 39 98 12 34 et son mail x.y@example.com';
    const spans = doxxingSpans(classify({ text }));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['06 39 98 12 34', 'x.y@example.com']);
    expect(findDoxxingSpans(text).map((s) => s.subLabel)).toEqual(['phone', 'email']);
  });
  it('is deterministic', () => {
    const t = 'espèce de bouffon, va te faire foutre';
    expect(classify({ text: t })).toEqual(classify({ text: t }));
  });
});
