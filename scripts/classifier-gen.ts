/**
 * Synthetic data we write ourselves: French and English supportive, neutral
 * and hostile replies in seed style, and a doxxing generator (with hard
 * negatives) using fiction-reserved phone ranges and example.* domains.
 * Deterministic for a given seed so `npm run train` reproduces the weights.
 */
import type { Example } from './classifier-data';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
export function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)]!;
}
function int(r: R, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

const NAMES_FR = ['Karim', 'Julien', 'Sofia', 'Nadia', 'Thomas', 'Léa', 'Mehdi', 'Camille', 'Yanis', 'Inès', 'Pierre', 'Fatou'];
const NAMES_EN = ['Sam', 'Jordan', 'Priya', 'Alex', 'Maya', 'Chris', 'Jamal', 'Emma', 'Noah', 'Aisha', 'Tom', 'Grace'];
const EMO_SUP = ['', '', '', ' 💪', ' ❤️', ' 🙏', ' 👏', ' ✊', ' 💙', ' 🫶', ' ❤️❤️'];

/** Light obfuscation the way replies are really typed: no accents, SMS, caps, repeats. */
function roughen(r: R, s: string): string {
  let t = s;
  if (r() < 0.3) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (r() < 0.25) t = t.toLowerCase();
  if (r() < 0.1) t = t.toUpperCase();
  if (r() < 0.15) t = t.replace(/[.!]$/, '') + pick(r, ['!!', '!!!', ' ...', ' 😅', ' lol', ' mdr', '']);
  return t;
}

const SUP_FR = [
  'courage à toi', 'tout mon soutien', 'on est avec toi', 'je te soutiens à 100%', 'tiens bon', 'ne lâche rien', "t'es pas seul", "tu n'as rien fait de mal",
  'ce que tu subis est inacceptable', 'merci pour ton engagement', 'merci pour ce que tu fais pour la ville', 'fier de toi', 'bravo pour ton courage', 'ton tweet était juste et mesuré',
  'signale ces comptes et porte plainte', "fais des captures d'écran et dépose plainte", 'signale tout sur Pharos', 'bloque-les et garde les preuves', 'personne ne mérite ça', 'le harcèlement doit cesser',
  "honte à ceux qui t'insultent", 'ces attaques sont indignes', 'solidarité totale', 'prends soin de toi', 'force à toi et à ta famille', "on t'aime", 'respect pour ton travail', 'continue comme ça',
  'tu as eu raison de réagir', 'les gens sérieux sont derrière toi', 'ne te laisse pas abattre', "j'espère que ça va", 'pensées pour toi', 'bon courage dans cette épreuve', 'ta réaction était digne',
  'les insultes ne changent rien à ta valeur', 'soutien total depuis Lyon', "toute l'équipe est derrière toi", "c'est scandaleux ce qui t'arrive", 'tt mon soutien', 'jsuis avec toi', 'force a toi frère',
  't pas seul', 'bcp de courage', "t'es au top", 'quelle classe dans ta réponse', 'on lâche rien ensemble', "je t'envoie plein de force", 'gros bisous et courage', 'ne les écoute pas, ils ne valent rien',
  "tu fais un super boulot d'élu", 'merci de tenir bon pour nous tous', "tu as tout notre soutien face à cette meute", 'ça va aller, on est nombreux derrière toi', 'garde la tête haute',
  'un élu courageux comme on en voit peu', 'je suis de tout cœur avec toi', 'dépose plainte, le harcèlement en meute est un délit', "n'hésite pas à signaler, on t'aide", 'tu peux compter sur nous',
];
const COUNTER_FR = [
  "appeler quelqu'un « harki » c'est du racisme", 'traiter un élu de traître parce qu\'il donne son avis, c\'est honteux', "« couché le chien » ce n'est pas un argument, c'est de la haine",
  "dire « harki » à un élu, c'est une insulte raciste, point", 'stop au harcèlement contre {n}', 'ces insultes racistes sont inacceptables', "personne ne mérite d'être traité de chien",
  'on ne traite pas les gens de « vendu » parce qu\'ils pensent autrement', 'le racisme envers {n} doit cesser', "arrêtez avec vos « traître », c'est minable et illégal",
];
const SUP_EN = [
  'stay strong', 'I stand with you', "you're not alone", 'sending you so much love', 'hang in there', 'proud of you', 'thank you for speaking up', 'well said', "we've got your back",
  'keep going, you are doing great', "don't let them get to you", 'ignore the trolls', 'you did nothing wrong', 'nobody deserves this', 'report them and block', 'screenshot everything and report the accounts',
  'please contact the police, this is harassment', 'rooting for you', "you're amazing", 'thank you for all you do', 'solidarity from London', 'big hugs', 'take care of yourself', 'so brave of you',
  'keep up the great work', "you've got this", 'we love you', 'much love to you and your family', 'thinking of you', 'you matter', "you're an inspiration", 'much respect', 'keep fighting',
  'standing with you', 'sending strength', 'the haters are loud but we are more', 'this pile-on is disgusting, stay safe', 'thanks for being brave', 'your tweet was fair and kind',
];
const COUNTER_EN = [
  "calling someone a 'coconut' is racist", '"go back to where you came from" is hate speech, full stop', 'calling her a traitor for an opinion is not ok', 'there is no place for slurs like that',
  "stop calling people 'sellout' because they disagree", 'the harassment of {n} has to stop', 'these racist replies are disgusting', 'using "bounty" as an insult is racism',
];
const NEU_FR = [
  "je ne suis pas d'accord avec ton analyse", 'tu as une source ?', "c'est à quelle heure le conseil municipal ?", "le marché est place de l'Horloge le samedi", "je pense que tu te trompes sur ce point",
  'ok', 'mdr', 'on en reparle demain', "c'était quoi le nom de l'émission ?", 'le match était nul hier soir', "j'ai pas vu l'émission", 'qui était l\'invité ?', 'il fait beau à Montpellier aujourd\'hui',
  'on se voit au marché samedi ?', 'je suis crevé ce soir', 'ptdr ce thread', "t'as vu le score ?", "c'est pas faux", 'bof, pas convaincu', 'tu parles de quel texte de loi ?', 'le budget prévoit 3 millions pour les écoles',
  'rdv à 18h devant la mairie pour la réunion publique', "appelez le 17 en cas d'urgence", 'le 3919 est gratuit et anonyme', 'putain il pleut encore', "merde j'ai raté le bus", 'la vidéo est où ?', 'lien ?',
  "l'émission passe à quelle heure ?", 'je vote pas pour toi mais respect du débat', "c'est plus compliqué que ça", 'et les transports alors ?', 'vous avez prévu quoi pour la piscine ?', 'première fois que je vois ce sujet',
  'ça dépend des quartiers', 'la réunion est reportée à jeudi', 'je vais regarder le replay', 'quelqu\'un a le lien du direct ?', 'on attend les chiffres officiels', 'Lyon a gagné 2-1', 'il y a des bouchons sur la rocade',
  "le conseil a voté 24 pour, 5 contre", 'je pense pas que ce soit le sujet', 'tu confonds deux choses', 'sans vouloir te vexer je vois pas le rapport', 'je comprends pas ta position', 'trop long à lire, tu résumes ?',
  'la mairie est fermée le lundi', 'prix du ticket : 1,80 €', 'commande n° 458812 reçue', 'né en 1992 à Marseille', 'on était 300 au rassemblement', "c'était le 12 mars 2024", 'je suis à Paris ce week-end',
  'haha trop drôle', 'grave', 'jsp', 'tkt', 'wesh ça dit quoi', 'bien vu', 'pas faux', 'hein ?', 'ah bon ?', "j'ai pas compris", 'la suite au prochain épisode', 'ça sent la polémique',
];
const NEU_EN = [
  "I don't agree with your analysis", 'do you have a source?', 'what time is the council meeting?', 'the market is on Main Square on Saturdays', 'I think you are wrong on this one', 'ok', 'lol',
  "what was the show called?", 'the game was a draw last night', "didn't watch it", 'who was the guest?', 'nice weather today', 'see you at the market?', "I'm so tired tonight", 'this thread lol',
  'fair point', 'not convinced tbh', 'which bill are you talking about?', 'the budget includes 3 million for schools', 'meeting at 6pm outside city hall', 'call 911 in an emergency', 'fuck this weather',
  'holy shit that game', 'where is the video?', 'link?', 'when does it air?', "it's more complicated than that", 'what about public transport?', 'depends on the area', 'the meeting moved to Thursday',
  "I'll watch the replay", 'anyone have the livestream link?', 'waiting for official numbers', 'they won 2-1', 'traffic is terrible on the ring road', 'the vote was 24 to 5', "I don't think that's the point",
  "you're mixing two things up", "I don't get your position", 'tl;dr?', 'town hall is closed on Mondays', 'ticket price: $2.50', 'order #458812 received', 'born in 1992 in Leeds', 'there were 300 of us at the rally',
  'it was on March 12, 2024', "I'm in London this weekend", 'haha', 'true', 'idk', 'wait what?', 'huh', "didn't get that", 'to be continued', 'this will be controversial', 'same', 'good question',
];
const INS_FR = ['connard', 'abruti', 'traître', 'vendu', 'collabo', 'harki', 'clown', 'guignol', 'bouffon', 'crétin', 'imbécile', 'enfoiré', 'minable', 'ordure', 'sale type', 'débile', 'tocard', 'pourriture', 'larbin', 'chien'];
const HOS_FR = [
  "t'es qu'un {i}", 'espèce de {i}', 'ferme ta gueule {i}', 'toi le {i} tu devrais démissionner', 'sale {i}', 'quel {i} ce type', '{i} va', 'donc tu reconnais être un traître', 'copain PS, tendance harki, lol',
  'couché le chien', 'va te pendre', 'on sait où tu habites', 'retourne dans ton bled', 'je vais te retrouver', 'tu vas le payer', 'démissionne {i}', 'honte à toi {i}', "t'es un {i} et tout le monde le sait",
  'crève {i}', 'tu mérites une balle', 'fais gaffe à toi quand tu sors', 'on va venir chez toi', "l'arabe de service a parlé", 'nique ta mère', 'fdp', 'ftg', 'ta gueule le {i}', 'tu pues la merde {i}',
  'vendu au système', 'collabo de merde', 'traître à ta communauté', 'gros {i}', 'pauvre {i} va', 'suce ma bite', "t'es une honte {i}", 'va te faire foutre', 'tu finiras pendu', 'dégage {i}',
];
const INS_EN = ['idiot', 'moron', 'clown', 'loser', 'traitor', 'sellout', 'coconut', 'asshole', 'bitch', 'scumbag', 'fraud', 'joke', 'piece of shit', 'dumbass', 'coward', 'snake', 'puppet'];
const HOS_EN = [
  "you're a {i}", 'shut up {i}', 'fuck you {i}', 'kys', 'go back to where you came from', 'we know where you live', 'nobody would miss you', 'what a {i}', 'you absolute {i}', 'resign you {i}',
  'you should be ashamed {i}', 'kill yourself', 'watch your back', "you'll pay for this", "I'm coming for you", 'you are a disgrace', 'stfu {i}', 'you people are vermin', 'hope you die', 'dumb {i}',
  'pathetic {i}', 'get lost {i}', 'you are nothing but a {i}', 'uncle tom', 'house negro', 'send nudes', 'someone should shoot you', 'go die', 'you stupid {i}',
];

/** Obfuscates an insult the ways harassers do (leet, spaces, masks, repeats). */
export function obfuscate(r: R, s: string): string {
  const k = r();
  if (k < 0.2) return s.replace(/o/g, '0').replace(/i/g, '1').replace(/e/g, '3');
  if (k < 0.35) return s.split('').join(' ');
  if (k < 0.5) return s.length > 3 ? s[0] + '*' + s.slice(2) : s;
  if (k < 0.65) return s.replace(/([aeiou])/, '$1$1$1$1');
  return s;
}

function fill(r: R, tpl: string, lang: 'fr' | 'en'): string {
  return tpl.replace('{n}', pick(r, lang === 'fr' ? NAMES_FR : NAMES_EN)).replace('{i}', () => obfuscate(r, pick(r, lang === 'fr' ? INS_FR : INS_EN)));
}

/** Seed-style supportive replies (FR mostly: no French supportive corpus exists in ../data). */
export function genSupportive(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const out: Example[] = [];
  const core = lang === 'fr' ? SUP_FR : SUP_EN;
  const counter = lang === 'fr' ? COUNTER_FR : COUNTER_EN;
  const names = lang === 'fr' ? NAMES_FR : NAMES_EN;
  for (let i = 0; i < n; i++) {
    let t: string;
    if (r() < 0.15) t = fill(r, pick(r, counter), lang);
    else {
      t = pick(r, core);
      if (r() < 0.35) t += (lang === 'fr' ? ', ' : ', ') + pick(r, core);
      if (r() < 0.25) t = pick(r, names) + ', ' + t;
      if (r() < 0.15) t = '@' + pick(r, names).toLowerCase() + ' ' + t;
      t += pick(r, EMO_SUP);
      if (r() < 0.12) t += ' ' + (lang === 'fr' ? '#JeSoutiens' : '#IStandWith') + pick(r, names);
    }
    out.push({ text: roughen(r, t), label: 'supportive', lang, source: 'gen-supportive' });
  }
  return out;
}

/** Seed-style ordinary replies: questions, disagreement, chit-chat, numbers that are not data. */
export function genNeutral(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const base = lang === 'fr' ? NEU_FR : NEU_EN;
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    let t = pick(r, base);
    if (r() < 0.3) t += ' ' + pick(r, base);
    if (r() < 0.15) t = '@' + pick(r, lang === 'fr' ? NAMES_FR : NAMES_EN).toLowerCase() + ' ' + t;
    out.push({ text: roughen(r, t), label: 'neutral', lang, source: 'gen-neutral' });
  }
  return out;
}

/** Seed-style hostile replies, obfuscated some of the time. */
export function genHostile(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const base = lang === 'fr' ? HOS_FR : HOS_EN;
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    let t = fill(r, pick(r, base), lang);
    if (r() < 0.2) t = '@' + pick(r, lang === 'fr' ? NAMES_FR : NAMES_EN).toLowerCase() + ' ' + t;
    out.push({ text: roughen(r, t), label: 'hostile', lang, source: 'gen-hostile' });
  }
  return out;
}

// ---- doxxing -------------------------------------------------------------

const STREETS_FR = ['des Lilas', 'Victor Hugo', 'de la République', 'Jean Jaurès', 'des Peupliers', 'du Moulin', 'de la Gare', 'Pasteur', 'des Écoles', 'Gambetta', 'du Stade', 'des Acacias'];
const TYPES_FR = ['rue', 'avenue', 'bd', 'boulevard', 'allée', 'impasse', 'chemin', 'place', 'quai', 'route', 'cours', 'av.'];
const CITIES_FR: Array<[string, string]> = [['Paris', '75011'], ['Paris', '75116'], ['Lyon', '69003'], ['Marseille', '13005'], ['Ajaccio', '20000'], ['Rennes', '35000'], ['Pointe-à-Pitre', '97110'], ['Saint-Denis', '97400'], ['Lille', '59000'], ['Nantes', '44000']];
const STREETS_EN = ['Elm', 'Maple', 'Oak', 'Baker', 'High', 'Church', 'Station', 'Victoria', 'King', 'Queen', 'Park', 'Mill'];
const TYPES_EN = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Close', 'Crescent', 'Way', 'Court'];
const CITY_EN = ['Springfield, IL 62704', 'Austin, TX 78701', 'London NW1 6XE', 'Manchester M1 1AE', 'Toronto, ON M5V 2T6', 'Fitzroy VIC 3065', 'Sydney NSW 2000', 'Leeds LS1 4AP', 'Denver, CO 80202', 'Vancouver, BC V6B 1A1'];

function frAddress(r: R): string {
  const num = int(r, 1, 180) + pick(r, ['', '', '', ' bis', ' ter', 'B']);
  const [city, cp] = pick(r, CITIES_FR);
  let a = `${num} ${pick(r, TYPES_FR)} ${pick(r, STREETS_FR)}`;
  if (r() < 0.3) a += pick(r, [', bât. B', ', esc. 2', ', 3e étage', ', appt 12', ', digicode 4821']);
  if (r() < 0.7) a += `, ${cp} ${city}`;
  else if (r() < 0.5) a += ` à ${city}`;
  return a;
}
function enAddress(r: R): string {
  let a = `${int(r, 1, 9800)} ${pick(r, STREETS_EN)} ${pick(r, TYPES_EN)}`;
  if (r() < 0.25) a = pick(r, ['Flat 3, ', 'Apt 4B, ', 'Unit 2, ']) + a;
  if (r() < 0.75) a += ', ' + pick(r, CITY_EN);
  return a;
}
function frPhone(r: R): string {
  const d = r() < 0.6 ? `0639 98${pad(int(r, 0, 9999), 4)}` : `0199 00${pad(int(r, 0, 9999), 4)}`;
  const s = d.replace(/\s/g, '');
  const k = r();
  if (k < 0.3) return s.replace(/(\d\d)(?=\d)/g, '$1 ');
  if (k < 0.45) return s.replace(/(\d\d)(?=\d)/g, '$1.');
  if (k < 0.55) return s.replace(/(\d\d)(?=\d)/g, '$1-');
  if (k < 0.7) return s;
  if (k < 0.85) return '+33 ' + s.slice(1).replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, '$1 $2 $3 $4 $5');
  return '0033' + s.slice(1);
}
function enPhone(r: R): string {
  const k = r();
  if (k < 0.35) return `(${pick(r, ['555', '212', '415'])}) 555-01${pad(int(r, 0, 99), 2)}`;
  if (k < 0.5) return `555-555-01${pad(int(r, 0, 99), 2)}`;
  if (k < 0.75) return `+44 7700 900${pad(int(r, 0, 999), 3)}`;
  if (k < 0.88) return `07700 900${pad(int(r, 0, 999), 3)}`;
  return `+61 491 570 ${pad(int(r, 0, 999), 3)}`;
}
function email(r: R, lang: 'fr' | 'en'): string {
  const user = pick(r, lang === 'fr' ? ['julien.martin', 'k.benali', 'sofia.d', 'tom_durand92'] : ['sam.jones', 'priya.k', 'alex_smith88', 'jordan.lee']);
  const dom = pick(r, ['example.com', 'example.fr', 'example.org', 'example.net']);
  const k = r();
  if (k < 0.55) return `${user}@${dom}`;
  const [d, tld] = dom.split('.') as [string, string];
  if (k < 0.7) return `${user} [at] ${d} [dot] ${tld}`;
  if (k < 0.85) return lang === 'fr' ? `${user} arobase ${d} point ${tld}` : `${user} at ${d} dot ${tld}`;
  return `${user}(at)${d}(dot)${tld}`;
}

const DOX_FR: Array<[string, (r: R) => string]> = [
  ['address', (r) => `il habite au ${frAddress(r)}`], ['address', (r) => `voici son adresse : ${frAddress(r)}`], ['address', (r) => `je balance : ${frAddress(r)}, faites tourner`],
  ['relative', (r) => `sa mère habite ${frAddress(r)}`], ['address', (r) => `allez lui rendre visite au ${frAddress(r)}`], ['address', (r) => `${frAddress(r)} c'est chez lui 😈`],
  ['phone', (r) => `voici son 06 : ${frPhone(r)}`], ['phone', (r) => `appelez-le tous au ${frPhone(r)}`], ['phone', (r) => `son numéro ${frPhone(r)} faites tourner`],
  ['email', (r) => `son mail perso ${email(r, 'fr')} lâchez-vous`], ['plate', (r) => `sa voiture c'est la ${pick(r, ['AB-123-CD', 'GH 456 JK', 'FT-902-LM'])}`],
  ['plate', (r) => `plaque ${int(r, 100, 9999)} ${pick(r, ['ABC', 'XY', 'KLM'])} ${pick(r, ['75', '13', '2A', '974'])} garée devant chez lui`], ['id_number', (r) => `son numéro de sécu : 1 ${int(r, 60, 99)} ${pad(int(r, 1, 12), 2)} 75 ${int(r, 100, 999)} ${int(r, 100, 999)} ${pad(int(r, 1, 97), 2)}`],
  ['id_number', (r) => `son IBAN FR76 3000 6000 01${pad(int(r, 10, 99), 2)} 3456 7890 189`], ['geo', (r) => `il est là : ${(48.8 + r() / 10).toFixed(5)}, ${(2.3 + r() / 10).toFixed(5)}`],
  ['geo', (r) => `sa maison https://maps.app.goo.gl/${pick(r, ['xYz123AbC', 'Q8r9TtLm2'])}`], ['geo', () => `///index.home.raft c'est chez lui`], ['geo', (r) => `48°51'${int(r, 10, 59)}"N 2°21'${int(r, 10, 59)}"E sa baraque`],
  ['workplace_school', (r) => `il bosse au Carrefour de ${pick(r, ['Montreuil', 'Bron', 'Vitrolles'])}, il sort à ${int(r, 17, 20)}h`], ['workplace_school', (r) => `sa fille est à l'école Jean Jaurès, sortie des classes à 16h30`],
  ['phone', () => `0️⃣6️⃣ 3️⃣9️⃣ 9️⃣8️⃣ 1️⃣2️⃣ 3️⃣4️⃣ appelez`], ['phone', () => `zéro six trente-neuf quatre-vingt-dix-huit douze trente-quatre son num`], ['address', (r) => `il crèche ${pick(r, TYPES_FR)} ${pick(r, STREETS_FR)} à ${pick(r, CITIES_FR)[0]}`],
];
const DOX_EN: Array<[string, (r: R) => string]> = [
  ['address', (r) => `here's where he lives: ${enAddress(r)}`], ['address', (r) => `pay him a visit at ${enAddress(r)}`], ['relative', (r) => `his mom lives at ${enAddress(r)}`], ['address', (r) => `${enAddress(r)} is her address, go say hi`],
  ['phone', (r) => `everyone call this number ${enPhone(r)}`], ['phone', (r) => `her cell is ${enPhone(r)}`], ['email', (r) => `his personal email: ${email(r, 'en')}`], ['id_number', (r) => `her SSN is ${int(r, 100, 665)}-${pad(int(r, 1, 99), 2)}-${pad(int(r, 1, 9999), 4)}`],
  ['id_number', () => `his NI number QQ 12 34 56 C lol`], ['plate', () => `his car plate is AB12 CDE`], ['geo', (r) => `she's here ${(40.7 + r() / 10).toFixed(5)}, -${(73.9 + r() / 10).toFixed(5)}`], ['geo', () => `https://www.google.com/maps/place/Elm+St go visit`],
  ['workplace_school', (r) => `he works at the Tesco on High Street, gets off at ${int(r, 4, 9)}pm`], ['workplace_school', () => `her kids go to Lincoln Elementary, pickup every day at 3:15`], ['address', (r) => `he lives on ${pick(r, STREETS_EN)} ${pick(r, TYPES_EN)} in Leeds`],
];
const NEG_FR = [
  'appelle le 3919, ils sont là pour toi', 'en cas de danger fais le 17 ou le 112', 'la permanence est au 12 rue de la République, ouverte le samedi de 9h à 12h', 'la mairie est au 1 place de la Mairie, horaires 8h30-17h',
  'rassemblement samedi 14h place de la République', 'je suis à Lyon ce week-end', 'le code postal c\'est 69003 non ?', 'commande n° 0612345678 bien reçue', 'ça coûte 1 250 000 € ce projet', 'le 12/03/2024 à 18h au conseil',
  'score final 3-1', 'il est né en 1987', 'je vais te retrouver', 'on sait où tu habites', 'numéro vert 0 800 05 95 95', 'le musée est au 5 quai Branly, ouvert de 10h à 18h', 'contact@mairie-exemple.fr pour les inscriptions',
  'suivi colis 6A12345678901', 'la salle des fêtes, 3 allée des Sports, accueille le meeting', 'il habite à Marseille je crois', 'ma mère habite à Nantes aussi', 'je bosse demain à 9h', 'rdv à 18h30 devant le cinéma',
];
const NEG_EN = [
  'call 911 if you feel unsafe', 'UK: call 999, or the helpline on 0808 2000 247', 'town hall at 221 Main St is open 9am-5pm', 'the rally is at City Hall, 100 Main Street, Saturday 2pm', "I'm in Boston this weekend",
  'zip code 10001 is Manhattan', 'order #1234567890 shipped', 'it costs $1,250,000', 'on 03/12/2024 at 6pm', 'final score 3-1', 'born in 1987', 'we know where you live', "I'll find you", 'toll free 1-800-555-0199',
  'the museum at 1000 Fifth Avenue opens at 10am', 'email press@example.org for tickets', 'tracking number 1Z999AA10123456784', 'he lives in Chicago I think', 'my mom lives in Ohio too', 'I work tomorrow at 9am',
];

/** Doxxing examples (label doxxing, tag = expected sub-label) and hard negatives (label neutral or hostile). */
export function genDoxxing(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const tpls = lang === 'fr' ? DOX_FR : DOX_EN;
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const [tag, f] = pick(r, tpls);
    let t = f(r);
    if (r() < 0.2) t = pick(r, lang === 'fr' ? ['sale traître, ', 'connard, ', '@' + pick(r, NAMES_FR).toLowerCase() + ' '] : ['traitor, ', 'you clown, ', '@user ']) + t;
    out.push({ text: t, label: 'doxxing', lang, source: 'gen-doxxing', tag });
  }
  return out;
}

/** Hard negatives for doxxing: help lines, public places, numbers that are not personal data. */
export function genDoxxingNegatives(lang: 'fr' | 'en'): Example[] {
  return (lang === 'fr' ? NEG_FR : NEG_EN).map((text) => ({
    text,
    label: /retrouver|où tu habites|where you live|find you/.test(text) ? ('hostile' as const) : ('neutral' as const),
    lang,
    source: 'gen-doxxing-neg',
  }));
}

// ---- compositional generator (v1.3) ---------------------------------------
// Structures of abuse and support, written by us: frames × large slot
// vocabularies, FR and EN. Nothing here is taken from a test suite.

/** Template expansion: {slot} picks from SLOTS[lang][slot]; {a|b|c} picks inline. */
type Slots = Record<string, readonly string[]>;

function expand(r: R, tpl: string, slots: Slots, depth = 0): string {
  if (depth > 6) return tpl;
  return tpl.replace(/\{([^{}]+)\}/g, (_, body: string) => {
    if (body.includes('|')) return expand(r, pick(r, body.split('|')), slots, depth + 1);
    const list = slots[body];
    if (!list) throw new Error(`unknown slot ${body}`);
    return expand(r, pick(r, list), slots, depth + 1);
  });
}

/** SMS / leet / spacing noise applied to a whole reply. */
function noisy(r: R, s: string, lang: 'fr' | 'en'): string {
  let t = s;
  if (r() < 0.3) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (r() < 0.35) t = t.toLowerCase();
  else if (r() < 0.05) t = t.toUpperCase();
  if (lang === 'fr' && r() < 0.2) t = t.replace(/\bt'es\b/g, pick(r, ['t', 'tes', "t'es", 'ta'])).replace(/\bqu'un\b/g, pick(r, ["qu'1", 'qu un', "k'un"])).replace(/\bque\b/g, pick(r, ['ke', 'que', 'k']));
  if (lang === 'en' && r() < 0.2) t = t.replace(/\byou\b/g, pick(r, ['u', 'you', 'ya'])).replace(/\byour\b/g, pick(r, ['ur', 'your', 'yr'])).replace(/\byou're\b/g, pick(r, ['ur', 'youre', 'u r']));
  if (r() < 0.12) t = t.replace(/[aeio]/, (c) => ({ a: '4', e: '3', i: '1', o: '0' })[c]!);
  return t;
}

const SHARED_FR: Slots = {
  name: ['Karim', 'Julien', 'Sofia', 'Nadia', 'Thomas', 'Léa', 'Mehdi', 'Camille', 'Yanis', 'Inès', 'Pierre', 'Fatou', 'Rachid', 'Chloé', 'Moussa', 'Élodie', 'Samir', 'Aurélie', 'Kevin', 'Aïcha', 'Bruno', 'Manon'],
  at: ['', '', '', '@{lname} ', '@{lname} @{lname} '],
  lname: ['karim_b', 'julien75', 'sofia.d', 'nadia_off', 'tom_durand', 'lea_m', 'mehdi13', 'cam_ille', 'yanis_elu', 'ines_k'],
  emo_h: ['', '', '', ' 🤡', ' 🖕', ' 🤮', ' 💩', ' 😂', ' 🤣', ' 😡', ' 🐷'],
  emo_s: ['', '', '', ' 💪', ' ❤️', ' 🙏', ' 👏', ' ✊', ' 💙', ' 🫶', ' 💜', ' 🌈'],
  emo_n: ['', '', '', '', ' 😅', ' 🤔', ' 😂', ' 👀', ' 🙃'],
  // Plural group noun phrases.
  grp: ['les femmes', 'les Noirs', 'les Arabes', 'les musulmans', 'les juifs', 'les homos', 'les gays', 'les lesbiennes', 'les personnes trans', 'les trans', 'les handicapés', 'les immigrés', 'les migrants', 'les réfugiés', 'les Roms', 'les Asiatiques', 'les Maghrébins', 'les Africains', 'les étrangers', 'les gitans', 'les Chinois', 'les musulmanes', 'les Noires', 'les homosexuels', 'les personnes handicapées', 'les sans-papiers', 'les Comoriens', 'les Turcs', 'les Algériens', 'les Marocains', 'les Sénégalais', 'les Juives', 'les bisexuels', 'les personnes racisées'],
  // Same groups as a subject pronoun phrase ("ces X", "tous ces X").
  cgrp: ['ces {gnoun}', 'tous ces {gnoun}', 'ces putains de {gnoun}', 'vos {gnoun}', 'leurs {gnoun}'],
  gnoun: ['femmes', 'Noirs', 'Arabes', 'musulmans', 'juifs', 'homos', 'gays', 'lesbiennes', 'trans', 'handicapés', 'immigrés', 'migrants', 'réfugiés', 'Roms', 'Asiatiques', 'Maghrébins', 'Africains', 'étrangers', 'gitans', 'Chinois', 'Turcs', 'Algériens', 'Marocains', 'musulmanes', 'clandestins', 'bisexuels'],
  // Singular identity nouns (used for identity attacks on the target, and neutrally).
  sid: ['arabe', 'noir', 'noire', 'juif', 'juive', 'musulman', 'musulmane', 'homo', 'lesbienne', 'trans', 'handicapé', 'immigré', 'migrant', 'réfugié', 'rom', 'asiatique', 'africain', 'étranger', 'gitan', 'chinois', 'maghrébin', 'bi'],
};

const HOS_SLOTS_FR: Slots = {
  ...SHARED_FR,
  ins: ['connard', 'connasse', 'abruti', 'abrutie', 'crétin', 'crétine', 'débile', 'imbécile', 'enfoiré', 'enculé', 'bouffon', 'bouffonne', 'clown', 'guignol', 'tocard', 'minable', 'raté', 'ratée', 'ordure', 'pourriture', 'déchet', 'merde', 'sous-merde', 'grosse merde', 'salope', 'pute', 'pétasse', 'grognasse', 'trou du cul', 'fils de pute', 'batard', 'bâtard', 'con', 'conne', 'idiot', 'idiote', 'attardé', 'mongol', 'gogol', 'cassos', 'boloss', 'cafard', 'parasite', 'vermine', 'rat', 'chien', 'chienne', 'porc', 'truie', 'vache', 'larve', 'tâche', 'baltringue', 'guignolo', 'escroc', 'menteur', 'menteuse', 'hypocrite', 'lâche', 'traître', 'traîtresse', 'vendu', 'vendue', 'collabo', 'larbin', 'lèche-bottes', 'sale type', 'fdp', 'ntm', 'tg', 'golmon', 'teubé', 'boloss'],
  ce: ['ce', 'cette', 'quel', 'quelle', 'encore ce', 'regardez-moi ce'],
  de: ['de', "d'"],
  role: ['maire', 'élu', 'élue', 'ministre', 'député', 'conseiller', 'journaliste', 'prof', 'président', 'adjoint', 'militante', 'voisin', 'flic', 'arbitre', 'patron'],
  adjins: ['gros', 'grosse', 'pauvre', 'sale', 'petit', 'petite', 'vieux', 'vieille', 'espèce de', 'sombre', 'immense', 'gros gros'],
  fill: ['', '', '', ' va', ' mdr', ' ptdr', ' lol', ' frérot', ' franchement', ' sérieux', ' wesh', ' hein', ' point', ' voilà', ' bref', ', tout le monde le sait', ', tu le sais', ', retourne dormir', ', ferme-la', ', dégage', ', personne t\'écoute'],
  lead: ['', '', '', 'mdr ', 'ptdr ', 'wesh ', 'franchement ', 'sérieux ', 'oh ', 'bah ', 'toi ', 'écoute ', 'encore toi ', 'lol '],
  ddir: ["t'es qu'un {ins}", "t'es qu'une {ins}", 'tu es un {ins}', 'tu es une {ins}', "t'es vraiment un {ins}", "t'es vraiment trop {adjbad}", 'espèce de {ins}', '{adjins} {ins}', 'quel {ins} ce mec', 'quelle {ins} celle-là', "t'es un {adjins} {ins}", 'ferme ta gueule {ins}', 'ta gueule le {ins}', 'tg {ins}', 'va niquer ta mère {ins}', 'ferme-la {ins}', 'tu sers à rien {ins}', "t'es le roi des {insp}", "t'es la honte {ins}", 'toi t\'es juste un {ins}', 'regarde-toi {ins}', "t'as un QI de {iqthing}", 'ton cerveau {brain}', 'tu parles comme un {ins}', 'pauvre {ins} va', 'dégage {ins}', 'casse-toi {ins}', 'sale {ins}', "t'es {adjbad} et {adjbad}", 'on a jamais vu plus {adjbad} que toi', 'tu mériterais des baffes {ins}', "t'as aucune dignité {ins}", 'qui t\'a demandé ton avis {ins}', 'personne t\'a sonné {ins}', "va te cacher {ins}", 'tu pues {ins}', 'retourne à ta niche {ins}'],
  insp: ['cons', 'abrutis', 'bouffons', 'clowns', 'tocards', 'minables', 'crétins', 'débiles', 'guignols', 'ratés', 'lâches', 'hypocrites'],
  adjbad: ['con', 'débile', 'stupide', 'bête', 'nul', 'nulle', 'laid', 'moche', 'immonde', 'dégueulasse', 'pathétique', 'ridicule', 'minable', 'pitoyable', 'lamentable', 'misérable', 'attardé', 'teubé', 'gogol'],
  iqthing: ['moule', 'huître', 'poisson rouge', 'bulot', 'chaise', 'cailloux'],
  brain: ["c'est du vide", 'a fondu', 'sert à rien', 'est en option', 'tient dans un dé à coudre'],
  // Group derogation.
  gemo: ['je hais {grp}', 'je déteste {grp}', 'je méprise {grp}', 'je vomis {grp}', 'je supporte plus {grp}', 'je peux pas blairer {grp}', 'je peux pas saquer {grp}', "j'ai horreur de {grp}", '{grp} me dégoûtent', '{grp} me répugnent', '{grp} me font gerber', '{grp} me donnent la nausée', "{grp} me sortent par les yeux", 'rien de pire que {grp}', "j'en peux plus de {grp}", '{cgrp} me font vomir', 'marre de {cgrp}', 'ras le bol de {cgrp}'],
  gattr: ['{grp} sont {tous |toutes |}des {gneg}', '{grp} sont {tous |}{gadj}', '{grp}, tous des {gneg}', '{cgrp} sont des {gneg}', '{grp} ne sont que des {gneg}', '{grp} = {gneg}', '{grp} sont {naturellement|génétiquement|par nature|tous} {gadj}', 'la plupart {des} {gnoun} sont des {gneg}', '{grp} sont une {gplaie} pour ce pays', '{grp} sont le {gcancer} de la France', '{grp} ça pue', '{grp} ont aucune valeur', '{grp} valent rien', "{grp} n'ont rien à faire ici", '{grp} gâchent tout', 'on reconnaît {grp} à leur odeur'],
  des: ['des'],
  gneg: ['parasites', 'cafards', 'rats', 'animaux', 'singes', 'porcs', 'chiens', 'déchets', 'sous-hommes', 'voleurs', 'violeurs', 'terroristes', 'dégénérés', 'malades', 'pervers', 'profiteurs', 'sauvages', 'barbares', 'cassos', 'moins que rien', 'bêtes', 'ordures', 'nuisibles', 'racailles', 'criminels', 'mendiants', 'tarés'],
  gadj: ['sales', 'stupides', 'inférieurs', 'dangereux', 'violents', 'fainéants', 'débiles', 'malhonnêtes', 'répugnants', 'dégoûtants', 'inutiles', 'primitifs', 'hystériques', 'malsains', 'arriérés', 'tarés', 'sournois', 'incapables de réfléchir', 'trop cons pour voter', 'tous pareils'],
  gplaie: ['plaie', 'maladie', 'honte', 'calamité', 'infection', 'menace'],
  gcancer: ['cancer', 'fléau', 'poison', 'virus', 'problème'],
  gcomp: ['{grp}, c\'est comme des {gneg}', '{grp} se reproduisent comme des {lapins|rats|cafards}', '{grp} vivent comme des {animaux|porcs|bêtes}', '{grp} ne valent pas mieux que des {gneg}', '{grp} sont pires que des {gneg}', 'entre {grp} et des {gneg} je vois pas la différence', 'on traite mieux nos chiens que {grp} mérite', '{grp}, une vraie invasion de {cafards|rats|sauterelles}'],
  gbelong: ['{grp} ont leur place {gplace}', '{grp}, leur place est {gplace}', 'la place {des} {gnoun} est {gplace}', '{grp} devraient rester {gplace}', 'renvoyez {grp} {gplace}', '{grp} faut les mettre {gplace}'],
  gplace: ['en cage', 'au zoo', 'à la cuisine', 'dans un camp', 'à la poubelle', 'en prison', 'dans leur pays', 'dehors', 'à la niche', 'au fond de la mer', "dans l'égout", 'chez eux'],
  gnorm: ['{grp} devraient être {gfate}', 'il faut {gverb} {grp}', 'faudrait {gverb} {grp}', 'on devrait {gverb} {grp}', '{grp}, il faut tous les {gverbinf}', 'tous {grp} devraient être {gfate}', '{grp} méritent {gpunish}', 'qu\'on {gverb} {grp} une bonne fois pour toutes', '{grp} on devrait les {gverbinf}', 'interdisez {grp} de {voter|travailler|sortir|parler}', '{grp} ne devraient pas avoir le droit de {voter|vivre ici|parler|exister}'],
  gfate: ['expulsés', 'enfermés', 'stérilisés', 'exterminés', 'déportés', 'virés du pays', 'fusillés', 'pendus', 'gazés', 'interdits de tout', 'renvoyés chez eux', 'éliminés', 'parqués'],
  gverb: ['virer', 'dégager', 'éliminer', 'exterminer', 'expulser', 'buter', 'renvoyer', 'chasser', 'nettoyer', 'brûler'],
  gverbinf: ['virer', 'dégager', 'éliminer', 'exterminer', 'expulser', 'buter', 'renvoyer', 'enfermer', 'brûler', 'pendre'],
  gpunish: ['la mort', 'de crever', 'une balle', 'le bûcher', "d'être chassés", "d'être enfermés", 'la corde'],
  // Threats.
  thr: ['je vais te {tverb}', 'on va te {tverb}', 'je vais te {tverb} sale {ins}', 'tu vas te faire {tpass}', 'je te jure que je vais te {tverb}', 'un jour je vais te {tverb}', 'on va venir te {tverb}', 'tu vas crever', 'tu vas le payer {tcher}', 'tu vas regretter ce tweet', 'je vais te faire la peau', 'on va te faire la peau', 'je te retrouverai', 'on te retrouvera', 'fais gaffe à ta gueule', 'tu mérites une balle', 'tu mérites de crever', "j'espère que tu vas crever", 'crève {ins}', 'je te crève les yeux', 'je vais t\'égorger', 'tu finiras {tend}', 'je viens te chercher', 'ta vie va devenir un enfer'],
  tverb: ['tuer', 'buter', 'défoncer', 'massacrer', 'égorger', 'casser la gueule', 'péter les dents', 'fumer', 'planter', 'crever', 'éclater', 'démonter', 'briser les jambes', 'retrouver', 'faire taire', 'faire regretter'],
  tpass: ['défoncer', 'massacrer', 'tabasser', 'buter', 'lyncher', 'égorger'],
  tcher: ['cher', 'très cher', '', 'sale {ins}'],
  tend: ['pendu', 'dans un fossé', 'six pieds sous terre', 'à l\'hôpital', 'en morceaux', 'comme l\'autre'],
  veiled: ['on t\'attend {tplace}', 'on sera là {tplace}', 'on sait où {tu habites|tu bosses|sont tes gosses|dort ta famille|tu traînes}', 'ce serait dommage qu\'il arrive quelque chose à {tes enfants|ta famille|ta femme|ta mère|ta voiture}', 'tu ferais mieux de te taire si tu tiens à {ta famille|tes enfants|ta vie}', 'fais attention quand tu rentres ce soir', 'regarde bien derrière toi {quand tu sors|le soir|en rentrant}', 'tes gosses vont à quelle école déjà ?', 'on a ton adresse, {on arrive|à bientôt}', 'à ta place je dormirais pas tranquille', 'un accident est vite arrivé', 'profite bien, ça va pas durer', 'tu devrais plus sortir seul', 'bientôt ton tour', 'on se verra {tplace}, promis'],
  tplace: ['à la sortie du conseil', 'après la réunion', 'devant chez toi', 'à la sortie', 'au coin de la rue', 'devant ta permanence', 'après ton meeting', 'à la sortie de l\'école', 'sur le parking', 'en bas de chez toi'],
  suic: ['va te pendre', 'pends-toi', 'suicide-toi', 'tue-toi', 'jette-toi d\'un pont', 'jette-toi sous un train', 'fais-nous plaisir et disparais', 'disparais de la surface de la terre', 'personne t\'aime, disparais', 'personne te regretterait', 'personne ne te pleurerait', 'le monde irait mieux sans toi', 'supprime ton compte et toi avec', 'supprime ton compte et ta vie', 'va mourir', 'meurs', 'crève seul', 'fais le monde une faveur et disparais', 'tu devrais en finir', 'finis-en une bonne fois', 'achève-toi', 'ouvre-toi les veines', 'saute du balcon'],
  sex: ['montre tes seins', 'envoie des nudes', 'envoie une photo de ton cul', 't\'es bonne qu\'à sucer', 'suce-moi', 'je vais te violer', 'on va te passer dessus', 'tu mérites de te faire violer', 'salope, je te prendrais bien', 'une femme ça sert à {faire la vaisselle|écarter les cuisses|se taire}', 't\'as dû coucher pour avoir ton poste', 'combien la passe ?', 'je te baiserais bien {ins}', 'viens t\'asseoir sur mes genoux ma belle', 'sale pute à {rebeus|noirs|flics}', 'avec un cul pareil t\'as pas besoin de cerveau', 'je veux voir ta chatte', 'ouvre la bouche'],
  pile: ['allez tous {pverb} {ptarget}', 'venez on {pverbs} {ptarget}', 'tout le monde {pverb} {ptarget}', 'RT pour que {ptarget} craque', 'on lâche rien jusqu\'à ce qu\'{il|elle} supprime son compte', 'faut {lui pourrir la vie|le harceler|la harceler|l\'affiche partout}', 'spammez {ptarget} les gars', 'allez lui dire ce qu\'on pense de {lui|elle} en DM', 'raid sur {ptarget} ce soir', 'on va lui faire vivre un enfer, partagez', 'balancez tout ce que vous avez sur {ptarget}', 'les gars on s\'occupe de {ptarget}', 'go spam ses DM'],
  pverb: ['signaler en masse', 'harceler', 'spammer', 'insulter', 'défoncer', 'démonter', 'ratio', 'afficher'],
  pverbs: ['harcèle', 'spamme', 'défonce', 'démonte', 'affiche', 'insulte'],
  ptarget: ['ce compte', 'cette pute', 'ce traître', 'cette conne', 'ce guignol', 'ce bouffon', '@{lname}', 'ce collabo', 'ce vendu', 'cette grognasse'],
  ident: ['retourne dans ton pays', 'retourne dans ton bled', 'rentre chez toi {slurx}', 'sale {sidneg}', 'toi le {sidneg} ferme-la', "t'es qu'un {sidneg}", "l'{arabe|noir|immigré} de service", 'le {sidneg} de service a parlé', 'une femme ça ferme sa gueule', "t'es qu'une femme, tais-toi", 'retourne à ta cuisine', 'pour un {handicapé|mongol|attardé} t\'es bien bavard', 'ton dieu de merde', 'retourne à ta mosquée', 'retourne à ta synagogue', 'toi et ta race', 'tu parles pas français ou quoi {slurx}', 'encore un {sidneg} qui se plaint', "t'es même pas un vrai Français", 'les {gnoun} comme toi on devrait les {gverbinf}', "t'es pas un homme, t'es un {pédé|travelo|sous-homme}", 'sale {pédé|gouine|travelo|tapette}', 'ta place est pas ici {slurx}', 'remets ton voile et tais-toi', 'rentre en Afrique', 'va cueillir le coton', 'mange ta banane {slurx}', 'collabo, harki, vendu', 'bounty va', 'beurette de service', 'bamboula', 'négro', 'bougnoule', 'youpin', 'bicot', 'chinetoque'],
  slurx: ['', 'sale bougnoule', 'le négro', 'sale rebeu', 'le bicot', 'la gouine', 'le pédé', 'sale youpin', 'le bamboula', 'sale chinetoque', 'le harki', 'sale bougnoul', 'le bounty'],
  sidneg: ['arabe', 'noir', 'bougnoule', 'négro', 'juif', 'pédé', 'gouine', 'travelo', 'handicapé', 'mongol', 'bicot', 'youpin', 'rebeu', 'bamboula', 'chinetoque', 'musulman', 'étranger', 'immigré', 'harki', 'bounty', 'beurette', 'sans-papiers'],
};

const HOS_FRAMES_FR: Array<[number, string]> = [
  [6, '{at}{lead}{ddir}{fill}{emo_h}'],
  [2, '{at}{lead}{ddir}, {ddir}{emo_h}'],
  [3, '{at}{gemo}{emo_h}'],
  [4, '{at}{gattr}{emo_h}'],
  [2, '{at}{gcomp}'],
  [2, '{at}{gbelong}'],
  [3, '{at}{gnorm}'],
  [3, '{at}{lead}{thr}{emo_h}'],
  [3, '{at}{veiled}{emo_h}'],
  [3, '{at}{lead}{suic}{emo_h}'],
  [2, '{at}{sex}'],
  [2, '{pile}'],
  [4, '{at}{lead}{ident}{emo_h}'],
  [1, '{at}{ddir}, {suic}'],
  [1, '{at}{ident}, {thr}'],
  [3, '{at}{lead}{ce} {ins} {de} {role}{fill}{emo_h}'],
];

const SUP_SLOTS_FR: Slots = {
  ...SHARED_FR,
  sup: ['courage à toi', 'tout mon soutien', 'on est avec toi', 'je te soutiens à fond', 'tiens bon', 'ne lâche rien', "t'es pas seul", "t'es pas seule", "tu n'as rien fait de mal", 'force à toi', 'bon courage', 'on est derrière toi', 'solidarité', 'je suis avec toi', 'soutien total', 'je pense fort à toi', 'prends soin de toi', 'garde la tête haute', 'ne te laisse pas faire', 'on ne te lâche pas', 'tu peux compter sur moi', 'on fait bloc avec toi', 'tu n\'es pas responsable de leur haine', 'plein de force', 'gros soutien', 'ça va aller', 'on est nombreux à te soutenir', 'je t\'envoie plein d\'amour', 'tu mérites mieux que ça', 'personne ne mérite ça'],
  thx: ['merci pour {thing}', 'merci beaucoup pour {thing}', 'un grand merci pour {thing}', 'merci d\'avoir {done}', 'merci {name}, {sup}', 'mille mercis pour {thing}', 'merci de ne rien lâcher'],
  thing: ['ton engagement', 'ton travail', 'ce que tu fais', 'ton courage', 'ta réponse', 'ce thread', 'ta parole', 'tout ce que tu fais pour nous', 'ton action au conseil', 'ta patience', 'ton témoignage', 'ton honnêteté'],
  done: ['parlé', 'témoigné', 'répondu avec calme', 'tenu bon', 'dénoncé ça', 'pris la parole', 'osé le dire'],
  praise: ['tu es {padj}', "t'es {padj}", "t'es vraiment {padj}", 'quelle personne {padjf}', 'tu fais un travail {pwork}', 'tu es une source d\'inspiration', 'bravo pour ton courage', 'chapeau bas', 'respect total', 'quelle classe', 'tu gères', 'fier de toi', 'fière de toi', 'tellement fier de ce que tu fais', 'on a besoin de gens comme toi', 'des élus comme toi il en faut plus', 'ta réponse était parfaite', 'tu as eu raison de parler'],
  padj: ['courageux', 'courageuse', 'formidable', 'géniale', 'génial', 'inspirant', 'inspirante', 'admirable', 'brillant', 'brillante', 'incroyable', 'au top', 'une belle personne', 'une personne en or', 'exemplaire', 'digne', 'solide'],
  padjf: ['formidable', 'admirable', 'courageuse', 'lumineuse', 'inspirante', 'généreuse'],
  pwork: ['remarquable', 'exceptionnel', 'incroyable', 'admirable', 'essentiel', 'précieux'],
  gpos: ['{grp} {gposp}', 'vive {grp}', 'j\'adore {grp}', 'fier d\'être {sid}', 'fière d\'être {sid}', '{grp} ont toute leur place {ici|en France|dans ce pays|parmi nous}', 'je suis {sid} et fier de l\'être', '{grp} méritent {le respect|les mêmes droits|d\'être protégés|mieux que ça}', 'les droits {des} {gnoun} sont des droits humains', 'merci à {grp} pour tout ce qu\'ils apportent', '{grp} sont les bienvenus ici', '{grp} enrichissent notre pays', 'soutien à {grp}', 'solidarité avec {grp}', 'la France, c\'est aussi {grp}', 'mes amis {gnoun} sont les meilleurs'],
  gposp: ['sont des gens formidables', 'sont nos voisins et nos amis', 'apportent tant à ce pays', 'méritent le respect', 'sont des êtres humains comme les autres', 'sont les bienvenus', 'font partie de nous', 'ont le droit de vivre en paix', 'sont une richesse', 'sont courageux', 'sont géniaux', 'sont admirables', 'ont toute leur place ici', 'méritent notre soutien'],
  // Counter-speech: quotes or refers to the abuse to condemn it.
  ab: ['{gnoun} = {gneg}', 'retourne dans ton pays', 'sale {sidneg}', 'va te pendre', '{ins}', 'harki', 'vendu', 'traître', 'bounty', 'l\'arabe de service', 'couché le chien', 'une femme ça ferme sa gueule', '{grp} sont des {gneg}', 'rentre chez toi', 'on sait où tu habites'],
  gneg: HOS_SLOTS_FR.gneg!,
  ins: HOS_SLOTS_FR.ins!,
  sidneg: HOS_SLOTS_FR.sidneg!,
  q: ['« {ab} »', '"{ab}"', '“{ab}”', "'{ab}'"],
  counter: ['dire {q} à quelqu\'un, c\'est {cbad}', 'écrire {q}, c\'est {cbad}', 'quand tu écris {q}, tu montres juste ta haine', '{q} ? ce n\'est pas un argument, c\'est {cbad}', 'ceux qui traitent {name} de {q} devraient avoir honte', 'ceux qui écrivent {q} n\'ont rien compris', 'les messages du genre {q} sont {cbad}', 'traiter {qui} de {q}, c\'est {cbad}', 'non, {q} n\'est pas de l\'humour, c\'est {cbad}', 'si tu penses que {grp} sont des {gneg}, c\'est toi le problème', 'dire que {grp} sont {gadjx}, c\'est du racisme', 'arrêtez avec vos {q}, c\'est {cbad}', 'je vois passer des {q} sous ce tweet, {c\'est honteux|c\'est lamentable|signalez-les}', 'les insultes {racistes|sexistes|homophobes|transphobes|antisémites} sous ce post sont {cbad}', 'ce qu\'on lit dans les réponses est {cbad}', 'cette meute de haine contre {name} doit cesser', 'stop au harcèlement contre {name}', 'personne ne mérite d\'être traité de {q}', 'la haine envers {grp} n\'a rien à faire ici', 'le racisme n\'est pas une opinion, c\'est un délit'],
  qui: ['quelqu\'un', 'un élu', 'une femme', 'une militante', 'un voisin', 'ses collègues'],
  cbad: ['du racisme', 'de la haine', 'inacceptable', 'un délit', 'honteux', 'du harcèlement', 'indigne', 'du sexisme', 'de l\'homophobie', 'de l\'antisémitisme', 'puni par la loi', 'minable'],
  gadjx: ['inférieurs', 'dangereux', 'tous pareils', 'des voleurs', 'violents'],
  report: ['signale {ces comptes|ce compte|ces messages|tout}', 'porte plainte, {name}', 'fais des captures d\'écran et porte plainte', 'signale sur Pharos', 'appelle le 3018, c\'est gratuit', 'garde les preuves et dépose plainte', 'on signale tous ce compte', 'j\'ai signalé, faites pareil', 'bloque et signale, ne réponds pas', 'tu peux porter plainte même en ligne', 'pense à faire constater par un commissaire de justice', 'Pharos et plainte, ne laisse pas passer', 'signalé à Pharos', 'signalement fait, courage'],
  ngo: ['la loi punit l\'injure raciste, ce n\'est pas une opinion', 'les chiffres ne disent pas ça : {fact}', 'derrière l\'écran il y a une personne', 'on peut débattre sans insulter', 'rien ne justifie ces menaces', 'critiquer une idée oui, insulter une personne non', 'le harcèlement en ligne est un délit puni par la loi', 'généraliser sur tout un groupe, c\'est injuste', 'chacun a le droit de s\'exprimer sans recevoir de menaces', 'imagine ce que ressent la personne qui lit ça', 'ces propos peuvent blesser profondément, merci de les retirer', 'la diversité est une force', 'les préjugés ne sont pas des faits', 'répondre par la haine ne règle rien', 'l\'incitation à la haine est punie par la loi'],
  des: ['des'],
  fact: ['la délinquance n\'a rien à voir avec l\'origine', 'les immigrés cotisent plus qu\'ils ne reçoivent', 'la plupart des réfugiés travaillent', 'les études montrent le contraire'],
};

const SUP_FRAMES_FR: Array<[number, string]> = [
  [5, '{at}{sup}{emo_s}'],
  [3, '{at}{name}, {sup}{emo_s}'],
  [2, '{at}{sup}, {sup}{emo_s}'],
  [3, '{at}{thx}{emo_s}'],
  [3, '{at}{praise}{emo_s}'],
  [4, '{gpos}{emo_s}'],
  [5, '{at}{counter}'],
  [3, '{at}{report}{emo_s}'],
  [3, '{at}{ngo}'],
  [1, '{at}{sup} #JeSoutiens{name}'],
  [1, '{at}{counter}. {sup}{emo_s}'],
  [1, '{at}{ngo}. {report}'],
];

const NEU_SLOTS_FR: Slots = {
  ...SHARED_FR,
  dis: ['je ne suis pas d\'accord avec {toi|ta proposition|ton analyse|ce projet}', 'ton argument ne tient pas', 'tu te trompes sur les chiffres', 'je vois pas les choses comme ça', 'je pense que tu fais fausse route', 'pas convaincu par ta réponse', 'je suis pas sûr que ce soit la bonne solution', 'c\'est un mauvais choix à mon avis', 'ton plan coûte trop cher', 'franchement je vote contre', 'je trouve ta position incohérente', 'tu simplifies beaucoup', 'ça ne répond pas à ma question', 'on n\'a pas les mêmes priorités', 'je ne partage pas du tout ton avis', 'ton bilan est mitigé', 'j\'attends des preuves'],
  qn: ['tu as une source ?', 'c\'est quand la réunion ?', 'quelqu\'un sait à quelle heure ça commence ?', 'le projet sera voté quand ?', 'tu peux préciser ?', 'ça concerne quels quartiers ?', 'combien ça coûte ?', 'où est-ce qu\'on peut lire le rapport ?', 'tu parles de quelle loi ?', 'c\'est ouvert le dimanche ?', 'il y aura un replay ?', 'qui est l\'invité ce soir ?', 'tu seras au marché samedi ?', 'on peut s\'inscrire où ?'],
  news: ['{nb} {gnoun} ont manifesté à {ville} samedi', 'le rapport sur {grp} sort demain', 'débat sur l\'immigration ce soir à la télé', 'la mairie organise une journée contre les discriminations', 'un colloque sur l\'histoire {des} {gnoun} en France', 'le nombre de {gnoun} arrivés en 2023 est en baisse selon l\'INSEE', 'l\'association accueille {grp} depuis 1998', 'reportage sur {grp} de {ville} ce soir', 'le Conseil d\'État a statué sur le droit d\'asile', 'la loi immigration revient à l\'Assemblée', 'sondage : ce que pensent {grp} des élections', 'exposition sur les femmes scientifiques au musée', 'la communauté juive de {ville} célèbre Hanoucca', 'le ramadan commence lundi', 'la marche des fiertés aura lieu le {nb} juin', 'les chiffres du chômage chez {grp} publiés aujourd\'hui'],
  nb: ['200', '3000', '12', '45', '1 500', 'des centaines de', 'plusieurs milliers de'],
  ville: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Montpellier', 'Nantes', 'Strasbourg', 'Bordeaux', 'Rennes'],
  fam: ['les femmes de ma famille', 'mon voisin {sid} m\'a aidé à déménager', 'ma collègue {sid} part à la retraite', 'mon meilleur ami est {sid}', 'ma belle-sœur est {sid}', 'j\'ai grandi avec des {gnoun}', 'ma grand-mère était {sid}', 'les {gnoun} de mon quartier organisent une fête', 'mon prof de maths était {sid}', 'ma fille a une copine {sid}', 'au boulot on a une nouvelle collègue {sid}', 'mon coloc est {sid}, il cuisine trop bien', 'je suis {sid} et je vote à gauche', 'en tant que {sid}, je trouve le débat intéressant'],
  prof: ['putain ce match', 'putain il pleut encore', 'merde j\'ai raté mon train', 'bordel ce bouchon', 'putain de lundi', 'fait chier ce wifi', 'ce film est putain de bien', 'merde, j\'ai oublié mes clés', 'bordel de merde, le bus est encore en retard', 'ptn la chaleur', 'oh purée le but à la 90e', 'quelle merde ce temps', 'putain enfin le week-end', 'la vache, ce concert', 'j\'ai bossé comme un chien cette semaine', 'ce jeu est complètement con mais j\'adore', 'c\'est con, j\'ai raté le début'],
  ban: ['t\'es con mdr je t\'adore ❤️', 'ptdr t\'es trop bête, je t\'aime', 'andouille va, bisous', 'mdr t\'es nul à Mario Kart', 'espèce de patate, viens boire un verre', 'haha t\'es con 😂❤️', 'sacré farceur va', 'je vais te défoncer à FIFA ce soir', 't\'es une quiche en cuisine mdr', 'mon petit con préféré ❤️'],
  chat: ['ok', 'mdr', 'on en reparle demain', 'je suis crevé', 'bien vu', 'pas faux', 'ah bon ?', 'j\'ai pas compris', 'tkt', 'grave', 'trop drôle', 'la suite demain', 'bonne soirée', 'à plus', 'je regarde ça ce soir', 'intéressant', 'vu', 'noté', 'hâte de voir ça', 'je savais pas'],
  neutgrp: ['l\'immigration, c\'est un sujet compliqué', 'je pense qu\'il faut revoir la politique migratoire', 'la question de la laïcité mérite un vrai débat', 'quel est le budget pour l\'accueil des réfugiés ?', 'le débat sur l\'immigration était tendu hier', 'je ne suis pas d\'accord avec les quotas', 'il faudrait plus de moyens pour l\'intégration', 'les femmes restent sous-payées dans ce secteur', 'combien de migrants sont arrivés cette année ?', 'la loi sur le voile fait débat', 'je connais peu la culture {des} {gnoun}', 'le vote des étrangers aux municipales, t\'en penses quoi ?'],
  des: ['des'],
  you2: ['si tu {nverb} {nobj}, {nconseq}', 'tu peux {nverbinf} {nobj} {ntime}', 'tu as {nverb2} {nobj} ?', 'est-ce que tu {nverb} {nobj} ?', 'tu devrais {nverbinf} {nobj}, {nreason}', 'ton {nthing} est {nstate}', 'ta {nthingf} est {nstatef}', 'tu me diras si tu {nverb} {nobj}', 'je crois que tu {nverb} {nobj} {ntime}', 'toi aussi tu {nverb} {nobj} ?', 'vous avez {nverb2} {nobj} ?', 'votre {nthing} est {nstate}', 'quand tu {nverb} {nobj}, pense à {nobj}', 't\'as vu {nobj} ?', 'tu sais où trouver {nobj} ?', 'tu penses que {nobj} sera prêt {ntime} ?', 'merci de ta réponse, je regarde {nobj}', 'tu veux qu\'on {nverbsub} {nobj} ensemble ?'],
  nverb: ['réserves', 'prends', 'regardes', 'lis', 'achètes', 'envoies', 'changes', 'répares', 'testes', 'vérifies', 'imprimes', 'partages', 'télécharges', 'ranges', 'appelles'],
  nverbinf: ['réserver', 'prendre', 'regarder', 'lire', 'acheter', 'envoyer', 'changer', 'réparer', 'vérifier', 'imprimer', 'partager', 'télécharger', 'appeler'],
  nverb2: ['réservé', 'pris', 'regardé', 'lu', 'acheté', 'envoyé', 'changé', 'réparé', 'testé', 'vérifié', 'imprimé', 'partagé', 'téléchargé'],
  nverbsub: ['regarde', 'prenne', 'lise', 'vérifie', 'prépare'],
  nobj: ['le formulaire', 'les billets', 'le compte rendu', 'le rapport', 'la vidéo', 'le replay', 'les horaires', 'le programme', 'la carte', 'ton vélo', 'la mise à jour', 'le budget', 'les photos', 'le lien', 'ta déclaration', 'le dossier', 'les chiffres', 'la recette', 'le plan du quartier', 'la salle'],
  nconseq: ['ça ira plus vite', 'tu gagnes du temps', 'c\'est moins cher', 'tu verras la différence', 'ça marche mieux', 'préviens-moi'],
  ntime: ['demain', 'ce soir', 'la semaine prochaine', 'avant vendredi', 'lundi', 'plus tard', 'dès que possible'],
  nreason: ['c\'est gratuit', 'il reste des places', 'ça vaut le coup', 'c\'est mieux expliqué', 'la date limite approche'],
  nthing: ['lien', 'message', 'vélo', 'dossier', 'fichier', 'micro', 'compte rendu', 'programme', 'jardin', 'projet'],
  nstate: ['cassé', 'en ligne', 'prêt', 'très clair', 'un peu long', 'intéressant', 'mort, le lien ne marche pas', 'trop petit à lire'],
  nthingf: ['vidéo', 'question', 'proposition', 'photo', 'liste', 'pétition', 'réunion', 'voiture'],
  nstatef: ['floue', 'intéressante', 'prête', 'en ligne', 'un peu longue', 'très claire', 'reportée'],
};

const NEU_FRAMES_FR: Array<[number, string]> = [
  [4, '{at}{dis}{emo_n}'],
  [3, '{at}{qn}'],
  [3, '{news}'],
  [4, '{fam}{emo_n}'],
  [3, '{prof}{emo_n}'],
  [2, '{at}{ban}'],
  [2, '{at}{chat}'],
  [3, '{at}{neutgrp}'],
  [2, '{food}{emo_n}'],
  [1, '{at}{dis}, {qn}'],
  [6, '{at}{you2}{emo_n}'],
];

const SHARED_EN: Slots = {
  name: ['Sam', 'Jordan', 'Priya', 'Alex', 'Maya', 'Chris', 'Jamal', 'Emma', 'Noah', 'Aisha', 'Tom', 'Grace', 'Leila', 'Marcus', 'Hannah', 'Diego', 'Fatima', 'Ben', 'Keisha', 'Omar'],
  at: ['', '', '', '@{lname} ', '@{lname} @{lname} '],
  lname: ['sam_j', 'jordan22', 'priya_k', 'alexw', 'maya_council', 'chrisb', 'jamal_official', 'emma_r', 'noah99', 'aisha_m'],
  emo_h: ['', '', '', ' 🤡', ' 🖕', ' 🤮', ' 💩', ' 😂', ' 🤣', ' 😡', ' 🐷'],
  emo_s: ['', '', '', ' 💪', ' ❤️', ' 🙏', ' 👏', ' ✊', ' 💙', ' 🫶', ' 💜', ' 🌈'],
  emo_n: ['', '', '', '', ' 😅', ' 🤔', ' 😂', ' 👀', ' 🙃'],
  grp: ['women', 'Black people', 'blacks', 'Arabs', 'Muslims', 'Jews', 'gays', 'gay people', 'lesbians', 'trans people', 'disabled people', 'immigrants', 'migrants', 'refugees', 'Asians', 'Mexicans', 'foreigners', 'Africans', 'Indians', 'Chinese people', 'Pakistanis', 'Somalis', 'Latinos', 'bisexuals', 'trans women', 'Muslim women', 'Jewish people', 'asylum seekers', 'Roma', 'Hispanics'],
  cgrp: ['these {gnoun}', 'all these {gnoun}', 'those {gnoun}', 'these fucking {gnoun}', 'your {gnoun}', 'all {gnoun}'],
  gnoun: ['women', 'blacks', 'Arabs', 'Muslims', 'Jews', 'gays', 'lesbians', 'trans people', 'immigrants', 'migrants', 'refugees', 'Asians', 'Mexicans', 'foreigners', 'Africans', 'Indians', 'Pakistanis', 'Somalis', 'Latinos', 'illegals'],
  sid: ['Muslim', 'Jewish', 'Black', 'gay', 'lesbian', 'trans', 'disabled', 'an immigrant', 'a refugee', 'Mexican', 'Arab', 'Asian', 'Indian', 'bi', 'Pakistani', 'Nigerian', 'Somali'],
  sidn: ['Muslim', 'Jewish', 'Black', 'gay', 'lesbian', 'trans', 'disabled', 'immigrant', 'refugee', 'Mexican', 'Arab', 'Asian', 'Indian', 'Pakistani', 'Nigerian', 'Somali'],
};

const HOS_SLOTS_EN: Slots = {
  ...SHARED_EN,
  ins: ['idiot', 'moron', 'imbecile', 'clown', 'loser', 'asshole', 'bitch', 'scumbag', 'fraud', 'joke', 'piece of shit', 'dumbass', 'coward', 'snake', 'puppet', 'cunt', 'twat', 'prick', 'dickhead', 'douchebag', 'retard', 'halfwit', 'cretin', 'pig', 'dog', 'rat', 'parasite', 'waste of space', 'waste of oxygen', 'slut', 'whore', 'skank', 'hag', 'creep', 'degenerate', 'lowlife', 'bastard', 'sack of shit', 'tool', 'muppet', 'wanker', 'tosser', 'bellend', 'traitor', 'sellout', 'liar', 'hypocrite', 'grifter', 'clown shoe', 'numpty', 'dipshit', 'jackass', 'fuckwit', 'troglodyte', 'simp', 'incel', 'karen', 'snowflake'],
  ce: ['this', 'that', 'what a', 'look at this'],
  de: ['of a'],
  role: ['mayor', 'councillor', 'minister', 'MP', 'journalist', 'teacher', 'president', 'activist', 'neighbour', 'cop', 'referee', 'boss', 'senator'],
  adjins: ['stupid', 'dumb', 'fat', 'ugly', 'pathetic', 'worthless', 'useless', 'brainless', 'disgusting', 'miserable', 'little', 'absolute', 'complete', 'fucking', 'lying', 'braindead', 'spineless'],
  fill: ['', '', '', ' lol', ' lmao', ' bro', ' tbh', ' honestly', ' seriously', ' period', ' full stop', ', everyone knows it', ', nobody cares', ', shut up', ', go away', ', nobody asked', ', sit down'],
  lead: ['', '', '', 'lol ', 'lmao ', 'bro ', 'honestly ', 'seriously ', 'oh look ', 'wow ', 'you again? ', 'imagine being this dumb, '],
  ddir: ["you're a {ins}", "you're such a {ins}", 'you are a {adjins} {ins}', "you're nothing but a {ins}", 'what a {ins}', 'what an absolute {ins}', 'you {adjins} {ins}', 'shut up {ins}', 'stfu {ins}', 'shut your mouth {ins}', 'fuck you {ins}', 'fuck off {ins}', 'get lost {ins}', 'nobody asked you {ins}', 'you are {adjbad}', "you're so {adjbad} it hurts", 'you are the dumbest {ins} on here', "you're a disgrace", 'you make me sick', "you've got the IQ of a {iqthing}", 'your brain {brain}', 'go cry {ins}', 'sit down {ins}', 'you disgust me', 'nobody likes you {ins}', 'you smell like shit {ins}', 'u r a {ins}', 'imagine being such a {ins}', 'you deserve to be slapped {ins}', 'you clearly have no spine', 'crawl back under your rock {ins}', 'eat shit {ins}'],
  adjbad: ['stupid', 'dumb', 'pathetic', 'ugly', 'disgusting', 'worthless', 'useless', 'braindead', 'retarded', 'vile', 'repulsive', 'a waste', 'a failure'],
  iqthing: ['potato', 'rock', 'goldfish', 'brick', 'houseplant', 'doorknob'],
  brain: ['is empty', 'is smooth', 'runs on one cell', 'must be on vacation', 'fell out'],
  gemo: ['I hate {grp}', 'I despise {grp}', 'I loathe {grp}', "I can't stand {grp}", 'I fucking hate {grp}', '{grp} disgust me', '{grp} make me sick', '{grp} make me want to puke', 'nothing worse than {grp}', "I'm so sick of {cgrp}", 'I detest {cgrp}', '{cgrp} make my skin crawl', 'I have zero respect for {grp}', 'so done with {cgrp}'],
  gattr: ['{grp} are {all |}{gneg}', '{grp} are {all |so |}{gadj}', '{grp}? all {gneg}', '{cgrp} are {gneg}', '{grp} are nothing but {gneg}', '{grp} = {gneg}', '{grp} are {naturally|genetically|inherently|always} {gadj}', 'most {gnoun} are {gneg}', '{grp} are a {gplaie} on this country', '{grp} are the {gcancer} of society', '{grp} stink', '{grp} are worthless', "{grp} don't belong here", '{grp} ruin everything', '{grp} are less than human', 'you can smell {grp} from a mile away'],
  gneg: ['parasites', 'cockroaches', 'rats', 'animals', 'apes', 'pigs', 'dogs', 'trash', 'garbage', 'subhuman', 'thieves', 'rapists', 'terrorists', 'degenerates', 'perverts', 'leeches', 'savages', 'vermin', 'criminals', 'freaks', 'scum', 'filth', 'a plague', 'a disease', 'barbarians'],
  gadj: ['dirty', 'stupid', 'inferior', 'dangerous', 'violent', 'lazy', 'dishonest', 'disgusting', 'useless', 'primitive', 'hysterical', 'sick', 'backwards', 'mentally ill', 'sneaky', 'too dumb to vote', 'all the same', 'worthless'],
  gplaie: ['plague', 'disease', 'stain', 'curse', 'burden', 'blight'],
  gcancer: ['cancer', 'scourge', 'poison', 'virus', 'rot'],
  gcomp: ['{grp} are like {gneg}', '{grp} breed like {rabbits|rats|cockroaches}', '{grp} live like {animals|pigs}', '{grp} are no better than {gneg}', '{grp} are worse than {gneg}', "I can't tell the difference between {grp} and {gneg}", 'we treat dogs better than {grp} deserve', 'an infestation of {grp}', '{grp} swarm like insects'],
  gbelong: ['{grp} belong {gplace}', '{grp} should stay {gplace}', 'the place for {grp} is {gplace}', 'put {grp} {gplace}', 'send {grp} {gplace}', 'lock {grp} {gplace}'],
  gplace: ['in cages', 'in a zoo', 'in the kitchen', 'in camps', 'in the trash', 'in prison', 'back where they came from', 'outside', 'in the gutter', 'at the bottom of the ocean', 'in the sewer', 'back home'],
  gnorm: ['{grp} should be {gfate}', 'we need to {gverb} {grp}', 'we should {gverb} {grp}', 'someone needs to {gverb} {grp}', '{grp} should all be {gfate}', '{grp} deserve {gpunish}', "it's time to {gverb} {grp} for good", 'ban {grp} from {voting|working|this country|existing}', "{grp} shouldn't be allowed to {vote|live here|speak|exist}", 'every single one of {cgrp} should be {gfate}'],
  gfate: ['deported', 'locked up', 'sterilized', 'exterminated', 'shot', 'hanged', 'gassed', 'banned', 'shipped back', 'wiped out', 'removed', 'put down', 'rounded up'],
  gverb: ['deport', 'get rid of', 'wipe out', 'exterminate', 'kick out', 'shoot', 'round up', 'purge', 'eliminate', 'burn'],
  gpunish: ['death', 'to die', 'a bullet', 'the rope', 'to be hunted', 'to be locked up', 'to suffer'],
  thr: ["I'm going to {tverb} you", "I'll {tverb} you", "we're gonna {tverb} you", 'gonna {tverb} you {ins}', "I swear I'll {tverb} you", 'one day I will {tverb} you', "we're coming to {tverb} you", "you're going to die", "you'll pay for this {ins}", "you'll regret this tweet", "I'll find you", 'watch your back {ins}', 'you deserve a bullet', 'you deserve to die', 'I hope you die', 'die {ins}', "you'll end up {tend}", "I'm coming for you", 'your life is about to become hell', 'someone should {tverb} you', 'hope someone {tverbs} you'],
  tverb: ['kill', 'murder', 'beat', 'stab', 'shoot', 'strangle', 'hurt', 'end', 'destroy', 'break your legs and', 'smash your face and', 'find', 'choke', 'bury'],
  tverbs: ['kills', 'shoots', 'stabs', 'beats', 'runs over', 'hurts'],
  tend: ['in a ditch', 'six feet under', 'in hospital', 'in pieces', 'like the last one', 'in a body bag'],
  veiled: ["we'll be waiting for you {tplace}", "we'll see you {tplace}", 'we know where {you live|you work|your kids go to school|you sleep|your mom lives}', 'it would be a shame if something happened to {your kids|your family|your wife|your mom|your car}', 'better keep quiet if you care about {your family|your kids|your safety}', 'be careful walking home tonight', 'keep looking over your shoulder', 'what school do your kids go to again?', "we've got your address, {see you soon|we're coming}", "I wouldn't sleep too well if I were you", 'accidents happen', "enjoy it while it lasts", "you shouldn't go out alone anymore", 'your turn is coming', 'see you {tplace}, promise'],
  tplace: ['after the meeting', 'outside the council', 'outside your house', 'after your shift', 'in the parking lot', 'outside your office', 'after your rally', 'at the school gates', 'when you leave tonight', 'on your way home'],
  suic: ['kill yourself', 'kys', 'go kill yourself', 'hang yourself', 'go hang yourself', 'jump off a bridge', 'jump off a cliff', 'do us all a favor and disappear', 'nobody would miss you', 'nobody would care if you died', 'nobody loves you, disappear', 'the world would be better without you', 'delete your account and then yourself', 'delete your account and your life', 'go die', 'drink bleach', 'slit your wrists', 'end it already', 'do the world a favour and end yourself', 'unalive yourself', 'rope yourself', 'neck yourself', 'go play in traffic'],
  sex: ['show us your tits', 'send nudes', 'send me a pic of that ass', "you're only good for sucking dick", 'suck my dick', "I'm going to rape you", 'you deserve to get raped', 'women are only good for {cooking|sex|shutting up}', 'you must have slept your way to that job', "how much for a night?", "I'd fuck you {ins}", 'sit on my face', 'with an ass like that who needs a brain', 'open wide sweetheart', 'bet you love it rough'],
  pile: ['everyone go {pverb} {ptarget}', "let's all {pverb} {ptarget}", 'RT until {ptarget} cracks', "don't stop until {he|she} deletes the account", "let's make {his|her} life hell", 'spam {ptarget} guys', 'go tell {him|her} what you think in the DMs', 'raid {ptarget} tonight', 'make this go viral so {he|she} never works again', 'flood {ptarget} with hate', 'boys, deal with {ptarget}', 'mass report and harass {ptarget}', 'everyone dogpile {ptarget}'],
  pverb: ['harass', 'spam', 'ratio', 'dogpile', 'flood', 'destroy', 'go after', 'bully'],
  ptarget: ['this account', 'this bitch', 'this traitor', 'this clown', 'this idiot', '@{lname}', 'this sellout', 'her', 'him', 'this loser'],
  ident: ['go back to where you came from', 'go back to your country', 'go back to {Africa|Mexico|the desert|your shithole}', 'dirty {sidneg}', 'shut up {sidneg}', "you're just a {sidneg}", 'token {sidneg}', 'the token {sidneg} has spoken', 'women should shut up', "you're a woman, nobody cares", 'get back in the kitchen', "pretty talkative for a {retard|cripple}", 'your god is a joke', 'go back to your mosque', 'you and your kind', 'speak English {slurx}', 'another {sidneg} whining', "you'll never be a real American", "you're not a real woman", "you'll never be a real man, {tranny|freak}", 'dirty {faggot|dyke|tranny}', "you don't belong here {slurx}", 'take off that rag and shut up', 'coconut', 'bounty bar', 'house negro', 'uncle tom', 'sellout to your own people', 'pick some cotton', 'eat your banana {slurx}'],
  slurx: ['', 'you dirty immigrant', 'paki', 'raghead', 'wetback', 'dyke', 'faggot', 'kike', 'chink', 'spic', 'coon', 'towelhead', 'tranny', 'gypsy'],
  sidneg: ['Muslim', 'immigrant', 'paki', 'raghead', 'wetback', 'faggot', 'dyke', 'tranny', 'retard', 'cripple', 'kike', 'chink', 'spic', 'coon', 'towelhead', 'illegal', 'gypsy', 'foreigner', 'coconut', 'sellout'],
};

const HOS_FRAMES_EN: Array<[number, string]> = HOS_FRAMES_FR.map(([w, f]) => [w, f.replace('{ddir}, {suic}', '{ddir}, {suic}')]);

const SUP_SLOTS_EN: Slots = {
  ...SHARED_EN,
  sup: ['stay strong', 'I stand with you', "you're not alone", 'sending you love', 'hang in there', "we've got your back", "don't let them get to you", 'ignore the trolls', 'you did nothing wrong', 'nobody deserves this', 'thinking of you', 'solidarity', 'standing with you', 'sending strength', 'we are with you', 'you matter', 'keep your head up', 'take care of yourself', "you don't deserve any of this", 'we are many behind you', 'lots of love', 'rooting for you', 'hugs', 'you are not responsible for their hate', "I'm here if you need anything", 'keep going'],
  thx: ['thank you for {thing}', 'thanks so much for {thing}', 'huge thanks for {thing}', 'thank you for {done}', 'thanks {name}, {sup}', 'grateful for {thing}', 'thank you for not backing down'],
  thing: ['your work', 'everything you do', 'your courage', 'speaking up', 'this thread', 'your voice', 'your honesty', 'being here', 'all you do for us', 'your patience', 'sharing this'],
  done: ['speaking out', 'sharing your story', 'standing up', 'calling this out', 'staying calm', 'telling the truth'],
  praise: ['you are {padj}', "you're {padj}", "you're so {padj}", 'what a {padj} person', 'you do {pwork} work', "you're an inspiration", 'so proud of you', 'proud of you', 'respect', 'hats off to you', 'we need more people like you', 'your reply was perfect', 'you were right to speak up', 'well said', 'brilliantly put', 'you handled that with so much grace'],
  padj: ['brave', 'amazing', 'inspiring', 'wonderful', 'brilliant', 'incredible', 'strong', 'kind', 'a legend', 'a gem', 'awesome', 'fearless'],
  pwork: ['amazing', 'incredible', 'important', 'vital', 'outstanding', 'wonderful'],
  gpos: ['{grp} {gposp}', 'I love {grp}', 'proud to be {sid}', "I'm {sid} and proud", '{grp} belong here', '{grp} deserve {respect|equal rights|to be safe|better}', '{sidn} rights are human rights', 'thank you to all the {gnounp} who make this city what it is', '{grp} are welcome here', '{grp} make this country better', 'solidarity with {grp}', 'standing with {grp}', 'my {sidn} friends are the best', 'so grateful for my {sidn} neighbours', 'love and respect to {grp}'],
  gnounp: ['immigrants', 'refugees', 'Muslims', 'women', 'nurses', 'trans people', 'migrants'],
  gposp: ['are wonderful people', 'are our neighbours and friends', 'contribute so much', 'deserve respect', 'are human beings like everyone else', 'are welcome here', 'are part of us', 'have every right to live in peace', 'are a gift to this country', 'are brave', 'are amazing', 'enrich our communities', 'deserve our support', 'belong here'],
  ab: ['go back to where you came from', 'dirty {sidneg}', 'kys', '{ins}', 'coconut', 'sellout', 'traitor', 'uncle tom', 'token {sidneg}', 'get back in the kitchen', '{grp} are {gneg}', 'we know where you live', 'bounty'],
  gneg: HOS_SLOTS_EN.gneg!,
  ins: HOS_SLOTS_EN.ins!,
  sidneg: HOS_SLOTS_EN.sidneg!,
  grp2: SHARED_EN.grp!,
  q: ['"{ab}"', '“{ab}”', "'{ab}'"],
  counter: ['saying {q} to someone is {cbad}', 'writing {q} is {cbad}', 'when you write {q} you only show your hate', "{q} isn't an argument, it's {cbad}", 'people calling {name} {q} should be ashamed', 'anyone who writes {q} has learned nothing', 'replies like {q} are {cbad}', 'calling {qui} {q} is {cbad}', "no, {q} isn't a joke, it's {cbad}", "if you think {grp} are {gneg}, you're the problem", 'saying {grp} are {gadjx} is racism', 'stop with the {q} replies, it is {cbad}', "I'm seeing {q} all over these replies, {report them|that's shameful|disgusting}", 'the {racist|sexist|homophobic|transphobic|antisemitic} abuse under this post is {cbad}', 'what people are writing in these replies is {cbad}', 'this pile-on against {name} has to stop', 'stop harassing {name}', 'nobody deserves to be called {q}', 'hate against {grp} has no place here', "racism isn't an opinion"],
  qui: ['someone', 'a councillor', 'a woman', 'an activist', 'a neighbour', 'your colleagues'],
  cbad: ['racist', 'hate speech', 'unacceptable', 'a crime', 'shameful', 'harassment', 'disgusting', 'sexist', 'homophobic', 'antisemitic', 'illegal', 'pathetic'],
  gadjx: ['inferior', 'dangerous', 'all the same', 'thieves', 'violent'],
  report: ['report {these accounts|this account|these replies|all of it}', 'please report this, {name}', 'screenshot everything and report it', 'report it to the police', 'keep the evidence and file a report', "everyone please report this account", "I've reported it, please do the same", "block and report, don't engage", 'you can report online harassment to the police', 'reported', 'reported and blocked, stay safe', 'contact the platform and the police'],
  ngo: ['racial abuse is a crime, not an opinion', "the numbers don't say that: {fact}", "there's a real person behind the screen", 'we can disagree without insults', 'nothing justifies these threats', 'criticise ideas, not people', 'online harassment is against the law', 'generalising about a whole group is unfair', 'everyone has the right to speak without being threatened', 'imagine how the person reading this feels', 'these words can cause real harm, please take them down', 'diversity is a strength', "prejudice isn't fact", 'hate never solves anything', 'inciting hatred is a criminal offence'],
  fact: ['crime has nothing to do with origin', 'immigrants pay more in taxes than they receive', 'most refugees work', 'studies show the opposite'],
};
const SUP_FRAMES_EN: Array<[number, string]> = SUP_FRAMES_FR.map(([w, f]) => [w, f.replace('#JeSoutiens', '#IStandWith')]);

const NEU_SLOTS_EN: Slots = {
  ...SHARED_EN,
  dis: ["I don't agree with {you|your proposal|your analysis|this plan}", "your argument doesn't hold up", "you're wrong about the numbers", "I don't see it that way", "I think you're on the wrong track", 'not convinced by your reply', "not sure that's the right solution", "bad call in my opinion", 'your plan costs too much', "I'm voting against it", 'your position seems inconsistent', "you're oversimplifying", "that doesn't answer my question", 'we have different priorities', 'I completely disagree', 'mixed record honestly', 'show me the evidence'],
  qn: ['do you have a source?', 'when is the meeting?', 'anyone know what time it starts?', 'when is the vote?', 'can you clarify?', 'which neighbourhoods does this affect?', 'how much does it cost?', 'where can I read the report?', 'which law are you talking about?', 'is it open on Sundays?', 'will there be a replay?', "who's the guest tonight?", 'see you at the market Saturday?', 'where do we sign up?'],
  news: ['{nb} {gnoun} marched in {ville} on Saturday', 'the report on {grp} comes out tomorrow', 'immigration policy debate tonight on TV', 'city hall is hosting an anti-discrimination day', 'a conference on the history of {grp} in Britain', 'the number of {gnoun} arriving fell in 2023, official figures show', 'the charity has supported {grp} since 1998', 'documentary about {grp} in {ville} tonight', 'the court ruled on the asylum case', 'the immigration bill is back in parliament', 'poll: what {grp} think about the election', 'exhibition on women scientists at the museum', 'the Jewish community of {ville} celebrates Hanukkah', 'Ramadan starts on Monday', 'Pride march is on {nb} June', 'unemployment figures for {grp} published today'],
  nb: ['200', '3000', '12', '45', '1,500', 'hundreds of', 'thousands of'],
  ville: ['London', 'Manchester', 'Chicago', 'Toronto', 'Leeds', 'Boston', 'Sydney', 'Dublin', 'Austin', 'Bristol'],
  fam: ['the women in my family', 'my {sidn} neighbour helped me move', 'my {sidn} colleague is retiring', 'my best friend is {sid}', 'my sister-in-law is {sid}', 'I grew up with {gnoun}', 'my grandma was {sid}', 'the {sidn} families on my street are throwing a party', 'my maths teacher was {sid}', "my daughter's friend is {sid}", 'we have a new {sidn} colleague at work', 'my flatmate is {sid} and cooks amazing food', "I'm {sid} and I vote Labour", 'as a {sidn} person I find this debate interesting'],
  prof: ['fucking finally', 'holy shit that game', 'damn it I missed my train', 'what the hell is this traffic', 'fucking mondays', 'this wifi is shit', 'that movie was fucking great', 'shit, forgot my keys', 'goddamn bus is late again', 'hot as hell today', 'holy crap that last-minute goal', 'shitty weather again', 'thank fuck it is the weekend', 'damn that concert', 'worked like a dog this week', 'this game is so dumb but I love it', 'dammit I missed the start'],
  ban: ['you idiot lol love you ❤️', "you're such a dork, love ya", 'dummy, miss you 😂', "lmao you're terrible at Mario Kart", "you goof, let's grab a drink", 'haha you nerd 😂❤️', "you're a menace and I adore you", "I'm gonna destroy you at FIFA tonight", 'you absolute muppet, see you Friday ❤️', 'my favourite idiot ❤️'],
  chat: ['ok', 'lol', "let's talk tomorrow", "I'm exhausted", 'fair point', 'true', 'oh really?', "didn't get that", 'no worries', 'same', 'haha', 'to be continued', 'good night', 'see ya', "I'll check tonight", 'interesting', 'noted', "can't wait", "didn't know that"],
  neutgrp: ['immigration is a complicated topic', 'I think migration policy needs a rethink', 'secularism deserves a real debate', "what's the budget for refugee housing?", 'the immigration debate was tense last night', "I don't agree with quotas", 'integration needs more funding', 'women are still underpaid in this sector', 'how many migrants arrived this year?', 'the headscarf law is controversial', "I don't know much about {sidn} culture", 'should non-citizens vote in local elections?'],
};
const NEU_FRAMES_EN: Array<[number, string]> = NEU_FRAMES_FR;
NEU_SLOTS_FR.food = ["l'eau de coco c'est top après le sport", 'le lait de coco dans le curry, parfait', 'un bounty et un café', 'banane et chocolat pour le goûter', 'les chips au vinaigre sont trop bonnes', "j'ai fait un gâteau à la noix de coco"];
NEU_SLOTS_EN.food = ['{coconut water|coconut milk|a bounty bar|banana bread|an oreo|peanut butter} is {great|so good|my favourite} {after a run|for breakfast|with coffee|on a hot day}', 'bought some coconut oil for the pan', 'oreos and milk tonight'];
NEU_SLOTS_EN.you2 = ['if you {nverb} {nobj}, {nconseq}', 'you can {nverb} {nobj} {ntime}', 'did you {nverb} {nobj}?', 'do you {nverb} {nobj} {ntime}?', 'you should {nverb} {nobj}, {nreason}', 'your {nthing} is {nstate}', "let me know if you {nverb} {nobj}", 'I think you {nverb} {nobj} {ntime}', 'do you also {nverb} {nobj}?', 'when you {nverb} {nobj}, remember {nobj}', 'have you seen {nobj}?', 'do you know where to find {nobj}?', 'you think {nobj} will be ready {ntime}?', 'thanks for your reply, checking {nobj}', 'want to {nverb} {nobj} together?', "you're right about {nobj}", "you'll need {nobj} for that", 'you have to {nverb} {nobj} first', "that's what happens when you {nverb} {nobj} {ntime}", 'why are you {nverbing} {nobj}?', 'you could just {nverb} {nobj}', "you don't have to {nverb} {nobj}", 'you guys {nverb} {nobj} {ntime}?'];
NEU_SLOTS_EN.nverb = ['book', 'take', 'watch', 'read', 'buy', 'send', 'change', 'fix', 'test', 'check', 'print', 'share', 'download', 'update', 'call', 'try', 'pay'];
NEU_SLOTS_EN.nverbing = ['booking', 'watching', 'reading', 'buying', 'sending', 'changing', 'fixing', 'checking', 'updating', 'paying'];
NEU_SLOTS_EN.nobj = ['the form', 'the tickets', 'the minutes', 'the report', 'the video', 'the replay', 'the timetable', 'the schedule', 'the map', 'your bike', 'the update', 'the budget', 'the photos', 'the link', 'your tax return', 'the file', 'the numbers', 'the recipe', 'the settings', 'the venue', 'your router', 'the insurance', 'the stable fee', 'the patch notes'];
NEU_SLOTS_EN.nconseq = ["it's faster", 'you save time', "it's cheaper", "you'll see the difference", 'it works better', 'let me know'];
NEU_SLOTS_EN.ntime = ['tomorrow', 'tonight', 'next week', 'before Friday', 'on Monday', 'later', 'asap', 'every few years'];
NEU_SLOTS_EN.nreason = ["it's free", 'there are seats left', "it's worth it", "it's better explained", 'the deadline is close'];
NEU_SLOTS_EN.nthing = ['link', 'message', 'bike', 'file', 'mic', 'video', 'question', 'proposal', 'photo', 'garden', 'project', 'car', 'playlist'];
NEU_SLOTS_EN.nstate = ['broken', 'online', 'ready', 'really clear', 'a bit long', 'interesting', 'dead, the link 404s', 'too small to read', 'so cool'];

function framePick(r: R, frames: Array<[number, string]>): string {
  let tot = 0;
  for (const [w] of frames) tot += w;
  let x = r() * tot;
  for (const [w, f] of frames) {
    x -= w;
    if (x < 0) return f;
  }
  return frames[frames.length - 1]![1];
}

/** Rich compositional generator: `n` replies of one label and language (fixed seed). */
export function genRich(label: 'hostile' | 'supportive' | 'neutral', lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const [slots, frames] =
    label === 'hostile' ? (lang === 'fr' ? [HOS_SLOTS_FR, HOS_FRAMES_FR] : [HOS_SLOTS_EN, HOS_FRAMES_EN])
    : label === 'supportive' ? (lang === 'fr' ? [SUP_SLOTS_FR, SUP_FRAMES_FR] : [SUP_SLOTS_EN, SUP_FRAMES_EN])
    : lang === 'fr' ? [NEU_SLOTS_FR, NEU_FRAMES_FR] : [NEU_SLOTS_EN, NEU_FRAMES_EN];
  const out: Example[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (out.length < n && guard++ < n * 20) {
    const frame = framePick(r, frames);
    let t = expand(r, frame, slots).replace(/\s+/g, ' ').trim();
    t = t.charAt(0).toUpperCase() === t.charAt(0) || r() < 0.5 ? t : t.charAt(0).toUpperCase() + t.slice(1);
    if (label === 'hostile' && r() < 0.25) {
      const ws = t.split(' ');
      const i = int(r, 0, ws.length - 1);
      if (/^[a-zà-ÿ]{4,}$/i.test(ws[i]!)) ws[i] = obfuscate(r, ws[i]!);
      t = ws.join(' ');
    }
    t = noisy(r, t, lang);
    const k = t.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ text: t, label, lang, source: `rich-${label}`, tag: frame });
  }
  return out;
}
