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
function pick<T>(r: R, a: readonly T[]): T {
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
