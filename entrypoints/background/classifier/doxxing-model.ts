/**
 * Doxxing that has no form a pattern can hold: "she works the register at the Target in
 * Fremont, nights", "the blue house at the end of Harper's cul-de-sac". The doxxing
 * scorer (model.ts) reads the phrasing; this module decides when it may speak and
 * which spans a redacted export must mask: the names of places and the numbers.
 */
import type { SubLabel } from '../../../storage/schema';
import { decodeWeights, doxFeaturize, doxScore, isLetterOrDigit, isTitleCase, type DoxWeights } from './model';
import type { Normalized } from './normalize';
import { DOX_WEIGHTS } from './dox-weights.generated';

let DWM: DoxWeights = DOX_WEIGHTS;
let DW = DOX_WEIGHTS.w ? decodeWeights(DOX_WEIGHTS) : new Int8Array(0);
/**
 * The scorer's bar, chosen on leave-one-author-out folds of the written doxxing set and on
 * the development sets: above it, recall on unseen authors rises no more without look-alikes
 * (a shop's hours, one's own routine) starting to be called doxxing.
 */
const SHIPPED_BAR = 0.8;
let DOX_MODEL_P = SHIPPED_BAR;

// Someone to locate: a third or second person, a relative, "ce mec". (Tokens are
// normalised: doubled letters squeezed, accents dropped.)
const PERSON_WORDS = new Set(
  [
    // Living, sleeping, working somewhere: someone is there.
    'lives live living habite habitent vit vivent dort dorment loge works working bosse bossent travaille travaillent taf taffe sleeps chez',
    'auteur author journaliste journalist anon account compte mod modo streamer alt bestie sockpuppet',
    'il ele els ils elle elles lui leur leurs sa son ses ta ton tes tu t toi vous votre vos he she his her him hers they them their you your u ur ya yall shes hes',
    'mec meuf gars type keum go guy girl dude kid kids',
    'daronne daron maman papa mere pere frere soeur fils file femme mari copine copain oncle tante cousin cousine grand mamie papi parents gosses goses',
    'mom mum mother dad father brother sister son daughter wife husband gf bf girlfriend boyfriend uncle aunt grandma grandpa grandmother grandfather grandparents family famille',
    // A home described is someone's home; a worker at a counter is someone to find there.
    'house flat apartment apt bungalow cottage duplex townhouse semi maisonette bedsit trailer maison appart appartement pavillon studio',
    'cashier waitress waiter bartender barista receptionist nurse teacher tech manager driver officer student pupil caissiere serveuse serveur vendeuse prof infirmiere etudiante etudiant surveillant gardien livreur chauffeur',
    // Greeting someone by name.
    'hi hey coucou salut',
    // 1.18: someone parks there, clocks in or sleeps behind that unit (not "shift": "handy after the night shift" is a shop's hours); the crowd is sent there ("happy hunting", "repost").
    'parks parked unit basement tills apprentice bartends clocks cleans',
    'repost reposts hunting regalez amusez',
  ]
    .join(' ')
    .split(' ')
    // Tokens come normalised with doubled letters squeezed ("caissière" → "caisiere").
    .flatMap((w) => [w, w.replace(/([a-z])\1+/g, '$1')]),
);
// A name of a place or a person (a capitalised word not opening a sentence, with its
// joined particles), a number, a clock time.
const ANCHOR_RE = /(?:\p{Lu}[\p{L}\p{M}\d'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|les|d'|l'|of|the|on|&)[ \t]+)?\p{Lu}[\p{L}\p{M}\d'’-]*)*|\d+(?:[:h.,/-]\d+)*(?:\s?(?:h|am|pm|e|er|ème|eme|th|st|nd|rd))?)(?![\p{L}\d])/gu;
// Work, school or a club at set hours: the legal mapping's "workplace_school".
const WORK_OR_SCHOOL =
  /(?<![\p{L}])(?:bosse|travaille|taffe|boulot|job|works?|working|shifts?|register|caisse|caissi[èe]re?|vendeu(?:r|se)|serveu(?:r|se)|tient|runs|cleans|m[ée]nage|fermeture|ouverture|closing|opening|receptionist|r[ée]ceptionniste|nurse|infirmi[èe]re?|teach\w*|prof|coach\w*|entra[îi]ne\w*|training|practice|choir|chorale|club|stade|gym|coll[èe]ge|lyc[ée]e|[ée]cole|fac|school|class|cours|stage|intern\w*|gardes?|stand|stall|market|march[ée])(?![\p{L}])/iu;

/** Spans worth masking: names not at a sentence start, numbers, times (only the first with `firstOnly`). */
export function doxAnchors(text: string, firstOnly = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let titled: boolean | undefined;
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text))) {
    // A word start, checked here rather than by a lookbehind that would run at every position.
    if (m.index > 0 && isLetterOrDigit(text.charCodeAt(m.index - 1), text, m.index - 1)) {
      ANCHOR_RE.lastIndex = m.index + 1;
      continue;
    }
    const c0 = m[0].charCodeAt(0);
    if (c0 < 48 || c0 > 57) {
      if ((titled ??= isTitleCase(text))) continue;
      // A capital opening the reply or a sentence is grammar, not a name ("Elle bosse…"),
      // unless more capitalised words follow it ("Boucherie Weber").
      if (opensSentence(text, m.index) && !/\s\p{Lu}/u.test(m[0])) continue;
      // "I", "OK", shouting: not names.
      if (m[0] === 'I' || (m[0].length > 1 && m[0] === m[0].toUpperCase() && !/\d/.test(m[0]))) continue;
    }
    out.push([m.index, m.index + m[0].length]);
    if (firstOnly) return out;
  }
  // Typed all in lower case ("the lidl next to the station in wrexham"), a place is the word
  // after "in", "at", "à", "au"… that is not a common word.
  if (!HAS_CAPITAL.test(text.slice(1))) {
    // Only numbers were found above (there is no capital): walk them alongside, both in reading order.
    const numbers = out.slice();
    let k = 0;
    LOWER_PLACE_RE.lastIndex = 0;
    while ((m = LOWER_PLACE_RE.exec(text))) {
      // "the big tesco": the name is the word after the adjective.
      const adjective = ADJECTIVES.has(m[1]!.toLowerCase()) && m[2] !== undefined;
      const group = adjective ? 2 : 1;
      const word = m[group]!;
      if (COMMON_AFTER_PREPOSITION.has(word.toLowerCase())) continue;
      const start = m.indices![group]![0];
      while (k < numbers.length && numbers[k]![1] <= start) k++;
      if (k < numbers.length && numbers[k]![0] < start + word.length) continue;
      out.push([start, start + word.length]);
      if (firstOnly) return out;
    }
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_DIGIT = /\d/;

/** Whether `at` opens the reply or a sentence (only spaces and closing quotes since a full stop). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'’»)\]]/.test(text[i]!)) i--;
  return i < 0 || /[.!?…\n]/.test(text[i]!);
}
const LOWER_PLACE_RE = /(?<![\p{L}])(?:in|at|near|behind|off|outside|from|à|a|au|aux|chez|vers|derri[èe]re|devant|pr[èe]s d[eu]|en face d[eu]|sur)\s+(?:(?:the|le|la|les|l['’]|du|des)\s*)?([\p{L}][\p{L}\p{M}'’-]{2,})(?:\s+([\p{L}][\p{L}\p{M}'’-]{2,}))?/dgu;
const ADJECTIVES = new Set('big little old new small main local nearest same petit petite grand grande vieux vieille nouveau nouvelle'.split(' '));
// Words that follow "in", "at", "à" and are no place: articles, pronouns, time, generic nouns.
const COMMON_AFTER_PREPOSITION = new Set(
  'mall supermarket restaurant cafe cinema movies game games gig concert the this that these those his her their your my our its him them you she he they all any some one two every each least last first most home work school night nights morning mornings evening weekend weekends week time times moment end front back top bottom side middle same other first next least lunch noon midnight dawn town city village country world internet online life bed church hospital station uni college office shop store market park beach gym pub bar club party lot lots case point fact least risk war peace least mind face least place way best worst ce cette ces son sa ses ton ta tes mon ma mes leur leurs lui elle eux moi toi nous vous tout tous toute toutes chaque quelque une des les maison boulot taf travail ecole école lycée fac gare ville village campagne soir soirs matin matins nuit nuits midi minuit semaine weekend fois moment fin bout milieu côté cote haut bas face place coin quartier centre rue internet ligne vie lit église eglise hôpital hopital marché marche parc plage salle bar boite boîte soirée soiree cours travers partir rien personne cause ça ca'.split(' '),
);

/**
 * Whether the scorer may be asked about a reply: someone to locate and a name or number
 * to locate them by. Training keeps only the ordinary replies that pass it, the ones the
 * scorer must tell apart; the rest would only teach it that most topics are not doxxing.
 */
export function doxGateOpen(text: string, nz: Normalized): boolean {
  return nz.tokens.length >= 4 && (nz.tokens.some((t) => PERSON_WORDS.has(t)) || (HAS_DIGIT.test(text) && NAMED.test(text))) && doxAnchors(text, true).length > 0;
}
// Someone named with an age ("Jordan Whitfield, 24", "Erwan Tanguy (41)").
// (At most four words: an unbounded run would be retried from every capital of a long Title Case text.)
const NAMED = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,3}\s*[,(]\s*\d{2}(?!\d)/u;

/** The scorer's verdict on a reply the rules did not call doxxing, with the spans to mask. */
export function modelDoxxing(text: string, nz: Normalized): { p: number; spans: Array<[number, number]>; sub: SubLabel } | null {
  if (DW.length === 0 || !doxGateOpen(text, nz)) return null;
  // "I work 9–5 Mon–Thu": the speaker's own week, with no one else in it, discloses no one (1.21).
  if (SPEAKER_FIRST.test(text) && !SOMEONE_ELSE.test(text)) return null;
  const f = doxFeaturize(text, nz);
  const p = doxScore(DW, DWM, f.feats, f.n);
  if (p < DOX_MODEL_P) return null;
  return { p, spans: doxAnchors(text), sub: WORK_OR_SCHOOL.test(text) ? 'workplace_school' : 'address' };
}

/** A reply that opens on its speaker ("I work…", "je bosse…", "my shift…"). */
const SPEAKER_FIRST = /^\s*(?:i|i['’]m|im|i['’]ll|i['’]ve|je|j['’]|my|mon|ma|mes|we|we['’]re|our|notre|nos|perso)(?![\p{L}])/iu;
/** Anyone else the reply speaks of or to. */
const SOMEONE_ELSE = /(?<![\p{L}])(?:he|she|his|her|him|hers|they|their|them|il|elle|ils|elles|lui|leur|leurs|sa|son|ses|you|your|u|ur|tu|ton|ta|tes|toi|vous|votre|vos|ex|girl|guy|boy|woman|man|lady|dude|mec|meuf|gars|dame|folle|fou|type|mum|mom|dad|son|daughter|wife|husband|kids?|m[èe]re|p[èe]re|fils|fille|femme|mari|gosses?|enfants?|famille|family|neighbou?r|voisine?|bloke|mate|pote|coll[èe]gue|colleague|boss|patron)(?![\p{L}])|(?<![\p{L}])t['’]/iu;

/** Swaps the doxxing scorer and its bar (evaluation only; `null` restores the shipped ones). */
export function useDoxModelForEvaluation(dw: DoxWeights | null, bar?: number): void {
  DWM = dw ?? DOX_WEIGHTS;
  DW = DWM.w ? decodeWeights(DWM) : new Int8Array(0);
  DOX_MODEL_P = bar ?? SHIPPED_BAR;
}

/** The scorer's regexps that run on most replies (its anchors), for compileFirst. */
export const DOXXING_ANCHOR_REGEXPS: RegExp[] = [LOWER_PLACE_RE, ANCHOR_RE];
/** Its other regexps, for compileFirst. */
export const DOXXING_MODEL_REGEXPS: RegExp[] = [NAMED, WORK_OR_SCHOOL, SPEAKER_FIRST, SOMEONE_ELSE];
