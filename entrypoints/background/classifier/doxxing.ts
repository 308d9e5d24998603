/**
 * Personal-data detection on the raw text (offsets are exact UTF-16 indexes).
 * Each finding is typed (address, phone, email…) and scored; public places,
 * help lines, order numbers and prices are filtered out by context.
 */
// The core entry with explicit min metadata keeps the bundle small (no as-you-type formatter).
import { parsePhoneNumberFromString as parseWithMetadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import type { SubLabel } from '../../../storage/schema';
import { piecedPhones } from './phone-pieces';
import { factored, factoredRegExp, leadingLookbehind } from './alternation';

/** One piece of personal data found in the text. */
export interface PiiHit {
  start: number;
  end: number;
  sub: SubLabel;
  /** Confidence in [0, 1] that this discloses a private person's data. */
  conf: number;
  rule: string;
}

/** Makes the letters of a regex source case-insensitive without the `i` flag (which would make \\p{Lu} match lowercase). */
function ci(src: string): string {
  return src.replace(/\\.|\[[^\]]*\]|\p{L}/gu, (t) => {
    if (t.length > 1)
      return t.startsWith('[')
        ? t.replace(/\\p\{[^}]*\}|\\.|\p{L}/gu, (c) => (c.length === 1 && c.toUpperCase() !== c ? c + c.toUpperCase() : c))
        : t;
    const u = t.toUpperCase();
    return u === t ? t : `[${t}${u}]`;
  });
}

/**
 * `re` without its leading `(?<!…)`, as a cheap pre-check: it matches wherever `re` does
 * (dropping an assertion only loosens a pattern), and V8 scans it up to 2–3× faster because a
 * leading lookbehind must run at every position, defeating its skip-ahead on the first letters.
 * Only its yes/no answer is used; `re` itself then decides and gives the positions.
 */
function withoutLeadingLookbehind(re: RegExp): RegExp {
  const lookbehind = leadingLookbehind(re.source);
  if (!lookbehind) throw new Error(`no leading lookbehind in /${re.source}/`);
  return new RegExp(re.source.slice(lookbehind.length), re.flags.replace('g', ''));
}

const L = "[\\p{L}\\p{M}'’\\-]";
const FR_TYPES = ci(
  "rue|ru|chmin|avenue|av\\.?|bd|boulevard|all[ée]e|impasse|imp\\.|chemin|ch\\.|place|pl\\.|quai|route|rte|cours|r[ée]sidence|lieu[- ]dit|square|passage|sentier|voie|villa|hameau|cit[ée]|rond[- ]point|promenade|faubourg|fbg|mont[ée]e|chauss[ée]e|parvis|esplanade|ruelle|traverse|clos|domaine|lotissement");
const FR_PARTICLE = ci("(?:de\\s+la\\s+|de\\s+l['’]\\s*|du\\s+|des\\s+|de\\s+|d['’]\\s*|la\\s+|le\\s+|les\\s+|l['’]\\s*)?");
const FR_COMPLEMENT = ci(
  "(?:,?\\s*(?:b[âa]t(?:iment)?\\.?|esc(?:alier)?\\.?|[ée]tage|[ée]t\\.|\\d{1,2}\\s?(?:e|è|ème|eme|er)\\s+[ée]tage|app?t?\\.?|appartement|porte|digicode|code|bo[îi]te)\\s*[\\p{L}\\d#-]{0,6})");
const FR_CITY = "(?:,?\\s*(?:\\d{5}|\\d{2}\\s\\d{3})\\s+\\p{L}" + L + "*(?:[\\s-]\\p{Lu}" + L + "*){0,3}(?:\\s(?:cedex\\s?\\d*|\\d{1,2}(?:e|ème|er)))?)";
/** French street address: number (bis/ter) + street type + name, complements, postcode and city. */
const FR_ADDR = new RegExp(
  "(?<![\\p{L}\\d])\\d{1,4}\\s?(?:bis|ter|quater|[a-dA-D](?![\\p{L}]))?,?\\s*(?:" + FR_TYPES + ")(?![\\p{L}])\\s*" + FR_PARTICLE +
    "\\p{L}" + L + "*(?:\\s+(?:\\p{Lu}|de |du |des |la |le |d['’]|l['’])" + L + "*){0,4}" + FR_COMPLEMENT + "{0,4}" + FR_CITY + "?",
  'gu',
);
/** A street named without a number, only counted after a "lives at" phrase. */
const FR_STREET = new RegExp(
  "(?<![\\p{L}])(?:" + FR_TYPES + ")(?![\\p{L}])\\s*" + FR_PARTICLE + "\\p{L}" + L + "*(?:\\s+\\p{Lu}" + L + "*){0,3}" + FR_COMPLEMENT + "{0,4}" + FR_CITY + "?",
  'gu',
);
/** A hamlet with its postcode: "lieu-dit Les Hauts de Beauregard, 24100 Bergerac". */
const LIEU_DIT = new RegExp("(?<![\\p{L}])" + ci('lieu[- ]dit') + "\\s+[\\p{L}'’ -]{2,40}?,?\\s*" + FR_CITY.slice(3, -1), 'gu');
const FR_RESIDENCE = /(?<![\p{L}])r[ée]sidence\s+[\p{L}'’ -]{2,30}?,?\s*(?:b[âa]t(?:iment)?\.?|esc\.?|appt?\.?|porte)\s*[\p{L}\d-]{1,4}/giu;

const EN_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Close|Crescent|Cres|Gardens|Grove|Mews|Square|Sq|Row|Walk|Parade|Pde|Esplanade|Trail|Trl|Crt|Approach|Rise|Vale|Wynd|Brae|Bank|Glen|Heath|Bend|Crest|Cls|Terr';
const US_STATE =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT';
const UK_POST = '[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}';
const CA_POST = '[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d';
const EN_TAIL =
  "(?:,?\\s*(?:Apt\\.?|Apartment|Unit|Suite|Ste\\.?|Flat|#)\\s*[\\w-]{1,5})?(?:,\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})?(?:,?\\s*(?:(?:" + US_STATE + ")\\s+\\d{4,5}(?:-\\d{4})?|(?:" + US_STATE + ")\\s+" + CA_POST + "|(?:" + US_STATE + ")(?![\\p{L}])|" + UK_POST + '|' + CA_POST + "))?";
const EN_PREFIX = '(?:(?:Flat|Apt\\.?|Apartment|Unit|Suite)\\s*[\\w-]{1,5},?\\s+)?';
/** English-speaking street address with a capitalised street name. */
const EN_ADDR = new RegExp(
  '(?<![\\p{L}\\d])' + EN_PREFIX + "\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4})?\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:" + EN_TYPES + ")(?![\\p{L}])\\.?" + EN_TAIL,
  'gu',
);
/** Same with any case, used only after a "lives at" phrase or with a state/ZIP. */
const EN_ADDR_LOOSE = new RegExp(
  '(?<![\\p{L}\\d])' + EN_PREFIX + "\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4})?\\s+(?:[NSEW]\\.?\\s+)?(?:[\\p{L}'’.-]+\\s+){1,3}(?:" + EN_TYPES + ")(?![\\p{L}])\\.?" + EN_TAIL,
  'giu',
);
const EN_TAIL_END = new RegExp("(?:\\d{4,5}(?:-\\d{4})?|" + UK_POST + '|' + CA_POST + "|(?:Apt\\.?|Apartment|Unit|Suite|Ste\\.?|Flat|#)\\s*[\\w-]{1,5}|,\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2}(?:,?\\s*(?:" + US_STATE + "))?)\\s*$", 'u');
const EN_SAFE_TYPE = /\s(?:Circle|Cir|Bend|Crest|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Crescent|Cres|Terrace|Ter|Parkway|Pkwy|Mews|Gardens|Grove|Close)\.?(?![\p{L}])/u;
const EN_STREET_LOOSE = new RegExp("(?:lives?|living|stays?|staying|resides?|house is|home is)\\s+(?:at|on|in)\\s+(?:the\\s+)?((?:[\\p{L}'’.-]+\\s+){1,3}(?:" + EN_TYPES + ")(?![\\p{L}])\\.?" + EN_TAIL + ")", 'giu');

/** Written in lowercase ("14 baker st london nw1", "221 oakmont dr columbus oh 43215"): only with a ZIP or postcode after it. */
const EN_ADDR_LOWER = new RegExp(
  "(?<![\\p{L}\\d])\\d{1,5}[a-z]?\\s+(?:[a-z][\\p{L}'’.-]*\\s+){1,3}(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|way|place|pl|terrace|terr?|close|cls|crescent|cres|grove|gardens|circle|cir|blvd|boulevard|parkway|pkwy|highway|hwy|row|walk|bend|crest)\\.?,?(?:\\s+(?:flat|apt|unit)\\s*[a-z0-9]{1,4})?(?:\\s+[a-z][\\p{L}'’-]+){0,2},?\\s+(?:[a-z]{2}\\s+\\d{5}|[a-z]{1,2}\\d{1,2}[a-z]?(?:\\s?\\d[a-z]{2})?|[a-z]\\d[a-z]\\s?\\d[a-z]\\d)(?![\\p{L}\\d])",
  'gu',
);
/** Street before number, as in Switzerland, Belgium and Germany ("Avenue de la Grenadine 7, 1207 Genève", "Weinbergstrasse 44, 8006 Zürich"). */
const STREET_FIRST = new RegExp(
  "(?<![\\p{L}])(?:(?:" + FR_TYPES + ")\\s+" + FR_PARTICLE + "\\p{L}" + L + "*(?:\\s+\\p{Lu}" + L + "*){0,3}|\\p{Lu}\\p{L}+(?:strasse|straße|gasse|weg|platz|allee|straat|laan))\\s+\\d{1,4}[a-z]?,?\\s*\\d{4,5}\\s+\\p{Lu}\\p{L}+",
  'gu',
);
const GERMANIC_STREET = /strasse|straße|gasse|weg |platz|allee|straat|laan/i;
/** A street named in one sentence, its number in another ("Rue du Pont-Neuvic. Numéro 22.", "Street is Gaylord Pl. House number 3341."). */
const NUMBER_GIVEN = /(?:num[ée]ro|house number|house no\.?|number|n°)\s*(?:is|est|:)?\s*\d{1,5}(?![\d])|(?:il|elle) est au \d{1,4}(?![\d])/iu;
const POSTCODE_GIVEN = /(?:code postal|zip|postcode)\s*(?:is|est|:)?\s*\d{4,5}|(?<![\d])\d{5}(?![\d])|[A-Z]{1,2}\d{1,2}[A-Z]?(?![\p{L}\d])/u;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w])/gu;
const EMAIL_OBF = new RegExp(
  "(?<![\\w.+-])[\\w.+-]{2,64}(?:\\s*(?:\\(\\s*(?:dot|point)\\s*\\)|\\[\\s*(?:dot|point)\\s*\\])\\s*[\\w+-]{1,64}){0,3}\\s*(?:\\[\\s*(?:at|@|arobase)\\s*\\]|\\(\\s*(?:at|@|arobase)\\s*\\)|\\{\\s*(?:at|@)\\s*\\}|\\s+(?:at|arobase|chez)\\s+|\\s*arobase\\s*|\\s+@\\s+)\\s*[\\w-]{2,}(?:\\s*(?:\\.|\\[\\s*(?:dot|point|\\.)\\s*\\]|\\(\\s*(?:dot|point|\\.)\\s*\\)|\\{\\s*dot\\s*\\}|\\s+(?:dot|point)\\s+)\\s*[\\w-]{2,}){0,2}\\s*(?:\\.|\\[\\s*(?:dot|point|\\.)\\s*\\]|\\(\\s*(?:dot|point|\\.)\\s*\\)|\\{\\s*dot\\s*\\}|\\s+(?:dot|point)\\s+)\\s*(?:com|fr|net|org|io|co|uk|be|ch|ca|de|es|it|eu|info|me|example|biz|us|au|lu)(?![\\w])",
  'giu',
);
/**
 * What every EMAIL and EMAIL_SPACED match holds: "@", a word, a dot. Mentions ("@user") are
 * common and rarely followed by a dot: this literal-led test spares both scans, whose leading
 * lookbehind and repeated class V8 would otherwise try at every position.
 */
const AT_WORD_DOT = /@ ?[\w-]+ ?\./iu;
const WEBMAILS = 'gmail|hotmail|yahoo|outlook|icloud|protonmail|proton|wanadoo|laposte|gmx';
const PROVIDER_GATE = new RegExp(WEBMAILS, 'i');
/** A local part that is no word (a digit, a dot or an underscore in it), "at" or "chez", and a webmail without its domain ending. */
const EMAIL_AT_PROVIDER = new RegExp(`(?<![\\w.+-])(?=[\\w.+-]*[\\d._])[A-Za-z][\\w.+-]{2,63}\\s+(?:at|chez|arobase)\\s+(?:${WEBMAILS})(?![\\w.])`, 'giu');
/** An e-mail spelled with spaces to dodge filters ("k e v i n . m a r o t @ example . fr"). */
const EMAIL_SPACED = /(?<![\w])(?:\w ){2,}\w ?(?:\. ?(?:\w ){1,}\w ?)*@ ?[\w-]+(?: ?\. ?[a-z]{2,}){1,3}(?![\w])/giu;
const EMAIL_INSTITUTIONAL =
  /^(?:contact|info|infos|accueil|mairie|presse|press|support|hello|bonjour|service|services|noreply|no-reply|admin|webmaster|secretariat|cabinet|communication|com|rh|jobs|recrutement|sales|help|aide|team|office|permanence|reservation|reservations|booking|newsletter|abuse|privacy|dpo|legal|media|editor|redaction|courrier|benevoles|adhesion|don|dons|billetterie|tickets|events?)\b/i;
const EMAIL_INST_DOMAIN = /(?:gouv|mairie|ville-|assemblee-nationale|senat|parlement|police|gendarmerie|justice|interieur|\.gov|\.edu|\.ac\.uk|nhs\.uk|europa\.eu|service-public)/i;

// A digit, optionally as a keycap emoji (0️⃣).
const D = '\\d(?:\\uFE0F?\\u20E3)?';
const PHONE_CAND = new RegExp('(?<![\\p{L}\\p{N}/=_])(?:\\+\\s?|00\\s?)?\\(?' + D + '(?:[ \\u00a0.\\-()/]{0,2}' + D + '){7,16}(?![\\p{N}])', 'gu');
const SPELLED_GATE = /(?:z[ée]ro|six|sept|huit|neuf|seven|eight|nine|five|four|three|cinq|quatre|trois)/i;
const NUMWORD =
  "(?:z[ée]ro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-et-un|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten)(?:-(?:et-)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))?";
const SPELLED_RUN = new RegExp('(?<![\\p{L}])' + NUMWORD + '(?:[\\s,.•/-]+(?:' + NUMWORD + '|\\d+)){2,}(?![\\p{L}])', 'iu');
const SPELLED = new RegExp('(?<![\\p{L}])' + NUMWORD + '(?:[\\s,.-]+' + NUMWORD + '){6,}(?![\\p{L}])', 'giu');

const PLATE_SIV = /(?<![\p{L}\d])[A-HJ-NP-TV-Z]{2}[- ]\d{3}[- ][A-HJ-NP-TV-Z]{2}(?![\p{L}\d])/gu;
const PLATE_FNI = /(?<![\p{L}\d])\d{2,4} [A-Z]{2,3} (?:\d{2}|2[AB]|97[1-6])(?![\p{L}\d])/gu;
const PLATE_UK = /(?<![\p{L}\d])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\p{L}\d])/gu;
/** The plate first, named after ("7XPL204, remember this plate"). */
const PLATE_AFTER = /(?<![\p{L}\d])([A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,4})(?![\p{L}\d])[^\p{L}\d]{0,8}(?:remember (?:this|that) plate|c['’]est sa plaque|(?:this|that|sa|la) (?:plate|plaque))/gu;
const PLATE_KW = /(?:plaque|immat\p{L}*|plate|license|licence|rego|reg(?:istration)?)(?:\s+(?:on|of|de|sur)\s+(?:his|her|their|sa|son|la|le)\s+\p{L}+)?\s*(?:number|no\.?|n°|num[ée]ro|#|:)?\s*(?:is|est|:)?\s*["“«]?\s*([A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,4}[- ]?[A-Z0-9]{0,4})(?![\w])/giu;

const NIR = /(?<![\d])[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?(?![\d])/gu;
const SSN = /(?<![\d-])(?!000|666)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}(?![\d-])/gu;
const SSN_NAMED = /(?<![\d-])\d{3}[- ]?\d{2}[- ]?\d{4}(?![\d-])/gu;
/** A date of birth given as one ("sa date de naissance (12/03/1994)", "DOB 03/14/1996"): with a name, it identifies. */
const DOB = /(?:date de naissance|n[ée]e? le|date of birth|d\.?o\.?b\.?|born on)\s*(?:est|is|:)?\s*\(?\s*(\d{1,2}[\/.\-]\d{1,2}[\/.\-](?:19|20)\d{2})/giu;
/** "I was born on", "ma fille est née le": the speaker's own family just before the date. */
const SELF_BEFORE_DOB = /(?:^|[\s,.;!?(])(?:je|j['’]|i|we|my|our|ma|mon|mes|notre|nos)(?:\s+\S+){0,3}\s*$/iu;
const ID_KEYWORD_GATE = factoredRegExp(/matricule|identifiant|badge|student|employee|medicaid|medicare|identit|identity|id card|national|permis|licen[cs]e|(?<![\p{L}])DL(?![\p{L}])|sort code|passe?port|(?<![\p{L}])(?:SIN|NAS)(?![\p{L}])|assurance sociale|routing|acct|account|compte/iu, true);
/** ID numbers named as such: a passport, a Canadian SIN, a bank routing and account number. */
const PASSPORT = /passe?port(?:\s+(?!no\.?\s)[\p{L}’']+){0,3}?\s*(?:no\.?|n°|num[ée]ro|number|#)?\s*[:=]?\s*([A-Z0-9]{2}[A-Z0-9]{5,8})(?![\p{L}\d])/giu;
const SIN = /(?:(?<![\p{L}])(?:SIN|NAS)(?![\p{L}])|assurance sociale)\s*(?:no\.?|n°|#|is|est)?\s*[:=]?\s*(\d{3}[\s-]?\d{3}[\s-]?\d{3})(?!\d)/gu;
/** A driving licence number named as such ("permis de conduire n° 12AB34567", "Florida DL: H123-456-78-901-0"). */
/** An identity card or Belgian national number named as such. */
const ID_CARD = /(?:carte d['’]identit[ée]|identity card|id card|num[ée]ro national|registre national|national number)(?:\s+\S+){0,2}?\s*(?:no\.?|n°|#|:)?\s*(\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s]?\d{2}|\d{9,12}|[A-Z0-9]{9,12})(?![\p{L}\d])/giu;
/** Other numbers that identify: staff and student IDs, benefit and health numbers. */
const ID_NAMED = /(?:matricule|identifiant (?:caf|cpam|ameli|pole emploi|france travail)|(?:student|employee|staff|medicaid|medicare|badge) (?:id|number|no\.?|#)|badge)(?:\s+\S+){0,6}?\s*[:#]?\s*((?:[A-Z]{1,4}-)?\d[\d-]{4,14}(?:\s?[A-Z])?)(?![\p{L}\d])/giu;
const DRIVING_LICENCE = /(?:permis(?: de conduire)?|driv(?:er['’]?s|ing) licen[cs]e|(?<![\p{L}])DL(?![\p{L}]))\s*(?:no\.?|n°|num[ée]ro|number|#)?\s*[:=]?\s*([A-Z0-9][A-Z0-9-]{6,18}[A-Z0-9])(?![\p{L}\d])/gu;
/** A UK sort code, with or without the account number after it. */
const SORT_CODE = /sort code[^\d\n]{0,40}(\d{2}-\d{2}-\d{2}(?:\s*[\/,]?\s*\d{8})?)/giu;
const BANK_ACCOUNT = /(?:routing|acct|account(?: number| no\.?)?|num[ée]ro de compte)\s*[:#=]?\s*(\d{6,17})(?!\d)/giu;
const NINO = /(?<![\p{L}\d])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\d])/gu;
const IBAN = /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\d])/gu;

const GEO_DEC = /(?<![\d.])-?\d{1,2}\.\d{3,}\s*[,;]\s*-?\d{1,3}\.\d{3,}(?![\d])/gu;
/** Coordinates separated by a space only: four decimals each, so scores and prices never match. */
const GEO_DEC_SPACE = /(?<![\d.])-?\d{1,2}\.\d{4,}\s+-?\d{1,3}\.\d{4,}(?![\d])/gu;
/** "43,6045 / 1,4440", "51.5072° N, 0.1276° W": French decimal commas, or degrees with hemispheres. */
const GEO_DEC_COMMA = /(?<![\d,])-?\d{1,2},\d{4,}\s*[\/;]\s*-?\d{1,3},\d{4,}(?![\d])/gu;
const GEO_DEG = /(?<![\d.])\d{1,2}\.\d{3,}\s?°\s?[NS],?\s*\d{1,3}\.\d{3,}\s?°\s?[EWO]/gu;
const GEO_LABELLED = /lat(?:itude)?\.?\s*:?\s*-?\d{1,2}\.\d{3,}[,;\s]+lon(?:g(?:itude)?)?\.?\s*:?\s*-?\d{1,3}\.\d{3,}/giu;
// Seconds may come without their mark ("48°51'12 N").
const GEO_DMS = /\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|'')?)?\s?[NSEW],?\s*\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|'')?)?\s?[NSEWO]/gu;
const MAP_LINK =
  /(?:https?:\/\/)?(?:www\.)?(?:google\.[a-z.]{2,6}\/maps|maps\.google\.[a-z.]{2,6}|goo\.gl\/maps|maps\.app\.goo\.gl|maps\.apple\.com|apple\.co\/maps|waze\.com\/(?:ul|live-map|[a-z]{2}\/live-map)|ul\.waze\.com|what3words\.com|w3w\.co|(?:www\.)?openstreetmap\.org|osm\.org|bing\.com\/maps|mappy\.com|here\.com\/(?:p|l))[^\s]*/giu;
const W3W = /(?:^|[\s(])\/\/\/\p{L}+\.\p{L}+\.\p{L}+/gu;
const W3W_NAMED = /w3w|what ?3 ?words|what ?three ?words/i;
/** Open Location Code: 4–8 characters of its 20-letter alphabet, "+", then 2–3 more. */
const PLUS_CODE = /(?<![\p{L}\d+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\p{L}\d])/gu;
const W3W_SPELLED = /(?<![\p{L}])\p{L}{3,}\s+(?:dot|point)\s+\p{L}{3,}\s+(?:dot|point)\s+\p{L}{3,}/giu;

const WORK = factoredRegExp(/(?<![\p{L}])(?:travaille|bosse|taffe|bossent|travaillent|bossait|enseigne|est (?:prof|employ[ée]e?|caissi[èe]re?|infirmi[èe]re?|vendeu(?:r|se)|serveu(?:r|se)|stagiaire)|works?|working|employed|teaches|studies|[ée]tudie|(?:va|vont|est|sont) (?:à|a|au) (?:l['’ ])?(?:[ée]cole|coll[èe]ge|lyc[ée]e|cr[èe]che|fac|conservatoire|club)|(?:he|she|they|kids|children|son|daughter|wife|husband) (?:goes|go) to|est scolaris[ée]e?|son [ée]cole|sa fac|son lyc[ée]e|son coll[èe]ge|son taf|son boulot|son bureau|son travail|his (?:school|job|office|work)|her (?:school|job|office|work)|goes to|attends|(?:est|sont) en (?:\d{1,2}(?:e|[èe]me)|cm\d|ce\d|seconde|premi[èe]re|terminale|[lm]\d|licence|master|bts|pr[ée]pa)|amphi|(?:he|she|they)(?:['’]s| is| are) (?:a |an )?(?:sophomore|freshman|junior|senior|student|pupil|year \d+)s?|(?:has|have) (?:class|classes|practice|training|lessons?|[A-Z][a-z]+ \d{3}))(?![\p{L}])/giu);
const SCHED = factoredRegExp(/(?<![\p{L}\d])(?:\d{1,2}\s?[hH](?:\s?\d{2})?(?![\p{L}\d])|\d{1,2}(?::\d{2})?\s?(?:am|pm)(?![\p{L}])|\d{1,2}:\d{2}|tous les (?:matins|soirs|jours|midis|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)|chaque (?:matin|soir|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:le|les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s? (?:matin|soir|midi|apr[èe]s[- ]midi)|every (?:morning|evening|night|day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|sort (?:du boulot|du taf|de l['’ ][ée]cole|des cours|du bureau)|gets? (?:off|out)(?: of work)? at|finishes at|starts at|leaves (?:work|school) at|commence (?:à|a)|finit (?:à|a)|sortie des classes|(?:à|a) la sortie)/giu);
/** Someone's job or a child's school named with the place ("night nurse at St. Luke's", "son fils sort de l'école"), for the schedule rule. */
const ROLE_PLACE = factoredRegExp(/(?<![\p{L}])(?:(?:(?:a|has|owns|runs|tient|g[èe]re) (?:le|la|l['’]|un|une|the|a) (?:garage|magasin|restaurant|resto|bar|caf[ée]|salon|cabinet|tabac|boulangerie|boutique|pharmacie|shop|store|bakery|pub|diner|practice|salon)|does (?:the|his|her) (?:route|rounds|school run|pickup|deliveries)|front desk|(?:he|she|they)['’](?:s|re) (?:in|at)|['’]s (?:\p{L}+ )?(?:practice|office|shop|salon|garage|restaurant|store|business|bakery|bar)(?= is)|dort (?:à|a)|boards at|sleeps at|est (?:à l['’]accueil|au guichet|en caisse)|teaches|enseigne|interns|sells|donnes des cours|tu (?:bosses|travailles)|travailles|bosses|you work|works|cuts hair|volunteers?|coaches|delivers|opens|closes up|manages|runs (?:the|a)|waits|visits|drops|picks|parks|takes the|catches the|gets (?:off|on) the|rides|shift|(?:is|['’]s) (?:in|at)|b[ée]n[ée]vole|tient|prend (?:le|la|l['’])|fait (?:son|sa|ses|les)|d[ée]pose|r[ée]cup[èe]re|livre|attend|entra[îi]ne|swims|trains|jogs|climbs|lifts|(?:runs|does) parkrun|goes to|nage|s['’]entra[îi]ne|va (?:à|a) la (?:salle|piscine)|aide-soignante|a (?:cours|TD|TP)|TD|TP|sort (?:du|de l['’]|de la))(?:\s+[\p{L}\d'’:.-]+){0,7}?\s+(?:at|au|aux|à la|à l['’]|à|chez|in|on|sur|is on|pour|for|from|devant|outside|around)\s|(?:barber|hairdresser|coiffeu(?:r|se)|mechanic|m[ée]cano|driver|chauffeur|guard|gardien(?:ne)?|surveillant(?:e)?|caretaker|intern|manager|g[ée]rant(?:e)?|nurse|teller|cashier|apprentice|librarian|teacher|receptionist|clerk|barista|waitress|waiter|butcher|mod|(?:math|science|english|history|art|music|pe) teacher|maths?|science|english|history|french|spanish|art|music|biology|chemistry|physics|geography|works?|runs the [\p{L}]+ (?:stand|stall|shop|store|bakery|business|garage|salon)|infirmi[èe]re(?: de nuit)?|caissi[èe]re?|apprenti(?:e)?|biblioth[ée]caire|conseill[eè]re?|employ[ée]e?|vendeu(?:se|r)|serveu(?:se|r)|boucher|bouch[èe]re|prof(?:esseure?)? de [\p{L}]+)\s+(?:at|au|aux|à la|à l['’]|à|chez|in)\s|(?:kid|son|daughter|child|children|kids|girl|boy|fils|fille|gosse|gamin|enfants?|petite?)\b[^.!?\n]{0,60}?(?:school|elementary|middle|high|academy|grade|practice|[ée]cole|coll[èe]ge|lyc[ée]e|cr[èe]che|entra[îi]nement|club|U\d{1,2}))/iu);
/** Hours a person can be found at ("gets out at 3", "ouvre à 9h", "8 to 5"). */
const SCHED_LOOSE = /(?<![\p{L}\d])(?:du (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) au (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:tous les |les )?apr[èe]s-midis?|(?:mercredi|samedi|dimanche) aprem|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings?|afternoons?|evenings?|nights?)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s? (?:matin|soir|midi|apr[èe]s-midi)|(?:till|until|jusqu['’]à|dès|from) \d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:-|–|to|\/|through|thru)\s?(?:mon|tue|wed|thu|fri|sat|sun)|(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s?(?:-|–|à|au|\/)\s?(?:lun|mar|mer|jeu|ven|sam|dim)|weekends|weekdays|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|(?:works|does|fait les) nights|(?:opening|closing|morning|night|evening|late|early) (?:shift|till)|en semaine|le week-end|les week-ends|tous les jours|les nuits|(?:le|les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?|(?:gets? (?:out|off)|opens|closes(?: up)?|leaves|ends?|starts|finishes|pickup is|sort(?:ent)?|ouvre|ferme|finit|commence)\s+(?:\w+\s+){0,3}?(?:at|à|a|vers)\s+\d{1,2}|\d{1,2}\s?(?:am|pm|h)?\s?(?:to|-|à)\s?(?:\d{1,2}\s?(?:am|pm|h)?(?![\p{L}\d])|noon|midi|midnight|minuit)|(?:every|tous les|chaque)\s+\p{L}+)/iu;
// Cheap pre-checks for SCHED, SCHED_LOOSE and WORK (most texts fail them).
const SCHED_ANYWHERE = withoutLeadingLookbehind(SCHED);
const SCHED_LOOSE_ANYWHERE = withoutLeadingLookbehind(SCHED_LOOSE);
const WORK_ANYWHERE = withoutLeadingLookbehind(WORK);
/** "my son", "notre fille": the speaker's own family. */
const OWN_RE = /(?:^|[\s,.;!?])(?:my|our|mon|ma|mes|notre|nos)\s+$/iu;
/** An elected official's or a public service's hours are published, not disclosed. */
const OFFICIAL = /(?<![\p{L}])(?:maire|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|[ée]lu(?:e|s)?|permanence|ministre|conseill[eè]re? municipal|mayor|senator|congress\w*|MP|councill?or|governor|office hours)(?![\p{L}])/iu;
/** An official's child is a private person: "mayor's kid … gets out at 5". */
const CHILD = /(?<![\p{L}])(?:kid|son|daughter|child|children|fils|fille|enfants?|gosses?)(?![\p{L}])/iu;
const SCHOOL_GATE = /scolaris|[ée]cole|coll[èe]ge|lyc[ée]e|school|elementary|primary|academy/i;
/**
 * Someone's children and the school they attend, named ("les enfants de cette influenceuse sont scolarisés
 * au collège Victor-Hugo de Neuilly", "her kids go to Lincoln Elementary"): where a child can be found (1.22).
 */
const CHILD_SCHOOL =
  /(?<![\p{L}])(?:(?:[Ss]es|[Ll]eurs|[Cc]es) (?:enfants|gosses|gamins|gamines|filles|fils)|(?:[Ss]a|[Ll]eur) fille|(?:[Ss]on|[Ll]eur) fils|(?:[Ll]es|[Tt]he) (?:enfants|gosses|kids|children|daughter|son) (?:de|d['’]|of) (?:cette|ce|cet|this|that|\p{Lu})[\p{L}'’-]*(?: [\p{L}'’-]+)?|(?:[Hh]is|[Hh]er|[Tt]heir) (?:kids?|children|sons?|daughters?|boys?|girls?))(?![\p{L}])[^.!?\n]{0,40}?(?:scolaris[ée]e?s?|(?:est|sont|va|vont) (?:en \d\w*|à l['’][ée]cole|a l['’]ecole|au coll[èe]ge|au lyc[ée]e)|go(?:es)? to|attends?|(?:is|are) (?:at|in))[^.!?\n]{0,30}?(?:coll[èe]ge|lyc[ée]e|[ée]cole|school|elementary|primary|academy|high)[ -]+(?:[\p{Lu}][\p{L}'’-]+|\p{Lu}\.)(?:[ -][\p{Lu}][\p{L}'’-]+)*/u;
/** A home described instead of addressed ("the white duplex across from the Shell station"). */
const HOME_DESC = new RegExp(
  "(?<![\\p{L}])(?:maison|pavillon|immeuble|appart(?:ement)?|ferme|caravane|mobil-?home|baraque|house|duplex|bungalow|trailer|apartment|narrowboat|cottage|grey block|block of flats|tower block)(?![\\p{L}])[^.!?\\n]{0,60}?(?:au bout de|en face de|à côté de|a cote de|derri[èe]re|juste apr[èe]s|au coin de|across (?:the street )?from|next to|behind|opposite|at the end of|doors? (?:down|up) from|right after|on the corner of|(?<![\\p{L}])(?:" + FR_TYPES + "|" + EN_TYPES + ")(?![\\p{L}]))[^.!?\\n]{0,50}",
  'iu',
);
/** A relative's trade and shop ("his uncle's the butcher on the high street", "sa mère est prof de maths au collège"). */
const RELATIVE_TRADE = /(?:['’]s|est|is) (?:the |a |an |le |la |l['’]|un |une )?(?:butcher|baker|dentist|teacher|prof(?: de \p{L}+)?|boucher|boulanger|dentiste|coiffeu(?:r|se)|pharmacien(?:ne)?|m[ée]decin|doctor)(?:\s+[\p{L}\d'’-]+){0,4}?\s+(?:at|au|à|on|in|de|du|chez)\s+\p{L}+/iu;
const LANDMARK_HOME = /(?<![\p{L}])(?:(?:juste |right )?(?:au-dessus|au dessus|en dessous|above|below|over) (?:de la|du|de l['’]|des|the|a)\s+[\p{L}'’ -]{3,40}?(?:,?\s*(?:en face|across|opposite|à côté|next to)\s+(?:de la|du|de l['’]|from|the|of)\s+[\p{L}'’ -]{3,40}?)?(?:,?\s*(?:à|in|a)\s+\p{Lu}[\p{L}'’-]+))/gu;
/** LANDMARK_HOME cannot match without one of these words. */
const LANDMARK_GATE = /dessus|dessous|above|below|over/i;
const DWELLING_GATE = /maison|pavillon|immeuble|appart|ferme|caravane|mobil|baraque|house|duplex|bungalow|trailer|narrowboat|cottage|block/i;
/** …said to be the person's: "c'est chez lui", "that's his place", "his mom's house". */
const HOME_OF = /(?:(?:où|ou) tu (?:vis|habites|cr[èe]ches)|where (?:you|u) live|(?:tout le monde|everyone) (?:sait|knows) (?:où|ou|where)|pouvez pas la rater|can['’]t miss (?:it|her|him)|facile à trouver|easy to find|not hard(?: to find)?|chez (?:lui|elle|eux)|c['’]est l[àa](?![\p{L}])|qu['’](?:il |elle )?habite|o[ùu] (?:il|elle|ils) (?:habite|vit|cr[èe]che|dort)|(?:il|elle|gars|mec|meuf) (?:habite|vit|cr[èe]che)|that['’]s (?:his|hers?|theirs?)|(?:it|this) is (?:his|hers|theirs)|(?:he|she|they) lives?|(?:his|her|their) (?:\p{L}+['’]s )?(?:house|place|home)|(?:il|elle|he|she) (?:cr[èe]che|lives|habite|vit) (?:au-dessus|au dessus|juste|above|right|over))/iu;
/** Two or more labelled fields of a person's details ("Adresse : … / Tel : …", "Address: … ZIP: …"). */
const DOX_FORM = /(?:address|adresse|zip|city|ville|floor|[ée]tage|t[ée]l|phone|e-?mail|dob|n[ée]e? le|nom|name)\s*:[^:]{1,80}(?:address|adresse|zip|city|ville|floor|[ée]tage|t[ée]l|phone|e-?mail|dob|n[ée]e? le|code postal|postcode)\s*:/iu;
/** The speaker's own details ("mon adresse c'est toujours…", "my business line for cake orders"). */
const OWN_DATA = /(?:^|[\s,.;!?(])(?:mon|ma|my|our|notre)(?: (?:own|new|work|personal|business|home|nouveau|nouvelle|propre))? (?:adresse|address|num[ée]ro(?: pro)?|num|number|business (?:line|number)|line|mobile|cell|t[ée]l|phone|e-?mail|mail|portable|gsm|natel|fixe)(?![\p{L}])/iu;
/**
 * One's own contact or whereabouts offered right before the datum: "call me on…",
 * "appelez-moi au…", "book club is at mine this month:…", "je suis à 48.85, 2.35 mdr".
 * A lost pet's owner, a seller, a host: no disclosure (1.14, from written look-alikes).
 */
const OWN_OFFER_BEFORE =
  /(?:(?:call|ring|text|phone|reach|contact|e-?mail|dm|message|whatsapp) me(?: (?:on|at|via|back on))?|(?:appelez|appelle|appeler|contactez|contacte|[ée]crivez|[ée]cris|joignez|bipez)[- ]moi(?: (?:au|sur|[àa]|par))?|(?:at mine|at my place|c['’]est chez moi)[^.!?\n]{0,20}|if found,? (?:please )?(?:call|ring|text|e-?mail|contact)|si vous (?:l['’]|la |le |les )?trouvez|(?:i['’]m|i am|je suis) (?:at|[àa]|au|on)|i['’]m|(?:^|\s)(?:me|moi)\s*:)\s*[:,-]?\s*$/iu;
/** The same, said right after the datum: "07700 900248 (me)", "06 39 98 34 56 (mon num)". */
const OWN_AFTER = /^\s*\((?:me|moi|mine|my (?:number|cell|mobile)|mon (?:num|num[ée]ro|portable|tel|t[ée]l))\)/iu;
/** Whether the words right around a datum offer it as the speaker's own. */
function offeredAsOwn(text: string, h: PiiHit): boolean {
  return OWN_OFFER_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) || OWN_AFTER.test(text.slice(h.end, h.end + 24));
}
/** A home told by its look: the door, the gate, the shutters, the floor, the bins out front. */
const HOME_DESCRIBED =
  /(?<![\p{L}])(?:(?:front|back|blue|red|green|black|white|yellow|grey|gray) door|shutters|(?:broken|white|black|green|red|metal|iron) gate|bins? (?:out front|outside)|(?:top|ground|first|second|third) floor|left door|right door|the one w(?:ith|\/)? (?:the )?\p{L}+|doorbell|porch|driveway|curtains)(?![\p{L}])/iu;
/** The reader's own routine told back to them ("tu bosses en caisse au…", "we know you work at…"). */
const YOUR_ROUTINE = /(?<![\p{L}])(?:tu|t['’]|you|u|you['’]re|ur)\s+(?:\p{L}+\s+)?(?:bosses|travailles|es en|sors|donnes|tiens|fais|prends|work|teach|get out|run|drive|do|are a|['’]re a)(?![\p{L}])/iu;
/** A relative's workplace named with a call to go there ("sa mère tient le tabac…, allez lui demander"). */
const GO_ASK = factoredRegExp(/(?:allez|on va|va) (?:aller )?(?:lui|leur) (?:demander|parler|dire|rendre)|(?:go|we['’]ll go|let['’]s go) (?:have a (?:little )?chat|talk|ask|tell)|leave (?:him |her |them )?(?:\d |one |1 )?(?:1|one)[- ]star|laisse[rz]? des avis|(?:va|vont) recevoir les captures|getting the screenshots|maybe (?:she|he) should(?:['’]ve| have)/iu, true);
/** A title and a name ("M. Hugo Lenoir", "Mrs. Pruitt"): a private person is named, whatever shop the slip came from. */
const NAMED_PERSON = /(?<![\p{L}])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame)\s+\p{Lu}/u;
/** A person pointed at ("ce mec", "this guy"): whoever the datum belongs to is no shop, even where the words are a shop's ("contactez"). */
const PERSON_POINTED_AT = /(?<![\p{L}])(?:ce (?:mec|type|gars|keum|bouffon|connard|con|clown|guignol)|cette (?:meuf|femme|fille|conne|connasse|folle|pouffe)|this (?:guy|dude|girl|woman|man|clown|idiot|creep|loser|mf|bitch|b\*tch))(?![\p{L}])/iu;
/** A person, not a venue, is the subject: pronouns, relatives, titles. */
// Sentence-initial pronouns are capitalised ("She cuts hair…"); names need their capitals, so no `i` flag.
/** A reply that opens on a routine with its subject left out ("swims at the leisure centre every sunday 8am"): the subject is whoever the thread is about. */
const SUBJECTLESS_ROUTINE = /^\s*(?:swims|works|trains|jogs|runs parkrun|does parkrun|gets (?:off|on) the|takes the|catches the|walks (?:to|the)|cycles to|nage|bosse|travaille|s['’]entra[îi]ne|court|prend le|descend du)(?![\p{L}])/iu;
const PERSON_CUE = /(?<![\p{L}])(?:[Tt]he (?:kid|guy|girl|dude|troll|woman|man|boy)|(?:[Ll]e|[Cc]e) (?:gars|mec|type|keum)|(?:[Ll]a|[Cc]ette) (?:meuf|go)|[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Ii]l|[Ee]lle|[Ss]on|[Ss]a|[Ss]es|lui|Mr\.?|Mrs\.?|Ms\.?|Miss|M\.|Mme|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+,|\p{Lu}\p{Ll}+ from the)(?![\p{L}])/u;
/** A building, floor or room given as part of where someone lives. */
const BUILDING = /(?<![\p{L}])(?:(?:bldg|building|block|tower|b[âa]t(?:iment)?\.?|esc(?:alier)?\.?)\s*#?[A-Z0-9]{1,3}(?![\p{L}\d])|(?:lot|unit|room|mooring|pitch|plot|appt|apt)\s*#?\d{1,4}[A-Z]?(?![\p{L}\d])(?:,?\s*(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|ground|top)\s+floor|\d{1,2}\s?(?:e|è|ème|er)\s+[ée]tage|room\s+\d{1,4}|door\s+\w+|porte\s+\w+))?|(?:interphone|sonnette|buzzer(?: says)?|mailbox(?: says)?)\s*[:\-]?\s*(?:au\s+\d{1,2}\s?(?:e|er|ème)|"[^"]{1,30}"|«[^»]{1,30}»|#?\d{1,4}))/giu;
// The gate for BUILDING, in two halves: the numbered half needs a digit, so a text without
// one skips it, and its leading lookbehind makes it the slower one (see withoutLeadingLookbehind).
// The word half is a plain `i` pattern so that it can join GATE_WORDS; [k\u212A] and [s\u017F] keep
// the Kelvin sign (U+212A) and the long s (U+017F) that the former `iu` flags matched for k and s.
const BUILDING_WORD_GATE = /(?:bldg|building|bloc[k\u212A]|tower|b[âa]t|e[s\u017F]c|interphone|[s\u017F]onnette|buzzer|mailbox)/i;
const BUILDING_NUMBER_GATE = /(?<![\p{L}])(?:lot|unit|room|mooring|pitch|plot|appt|apt)\s*#?\d/iu;
const BUILDING_NUMBER_ANYWHERE = withoutLeadingLookbehind(BUILDING_NUMBER_GATE);
/** A door or gate code next to a flat number is a private home's, whoever says it. */
const DOOR_CODE = /(?:gate|door|entry|access|building) code|digicode|code (?:porte|portail|d['’]entr[ée]e)/i;
/** A capitalised street without a number ("Chestnut Hill Rd in Bellmont"), only next to a call to act or "lives". */
const EN_STREET_CAP = new RegExp("(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:" + EN_TYPES + ")(?![\\p{L}])\\.?(?:,?\\s*(?:mailbox|#|apt|unit)\\s*#?[\\w-]{1,4})?(?:,?\\s+in\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})?", 'gu');
/** A quantified crowd as the subject of the work verb ("millions of", "la plupart des"). */
const GENERIC_SUBJECT = /(?:millions?|milliers|centaines|thousands|hundreds|most|la plupart|beaucoup|many|tous les|toutes les|all the|majorit[ée]|majority)\b[^.!?]{0,70}$/iu;
const SCHED_GATE = factoredRegExp(/(?:semaine|week|nuits|nights|shift|till|every|tous les|chaque|sort |sortie|gets? (?:off|out)|finish|commence|finit|leaves|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)/i, true);
const TLD_GATE = /(?:\.|dot|point)\s*[\])}]?\s*(?:com|fr|net|org|io|co|uk|be|ch|ca|de|es|it|eu|info|me|example|biz|us|au|lu)\b/i;
/** TLD_GATE with EMAIL_OBF's flags: every EMAIL_OBF match ends with a match of it. */
const TLD_AFTER_DOT = new RegExp(TLD_GATE.source, 'iu');
const FIRST_PERSON = /(?:(?:^|[\s,.;!?])(?:je|j['’]|i|we|nous|on)\s+\S*|(?:^|[\s,.;!?])(?:mon|ma|mes|my|our|notre|nos)\s+\S+\s*)$/iu;

const PERSON_PHRASE =
  factoredRegExp(/(?<![\p{L}])(?:(?:il|elle|ils|elles|[çc]a|le mec|la meuf|cette (?:conne|salope|pute)|ce (?:connard|b[âa]tard|type)|sa (?:m[èe]re|femme|fille|s[œo]eur|famille)|son (?:p[èe]re|fils|fr[èe]re)|ses (?:parents|enfants)) (?:habite|habitent|vit|vivent|cr[èe]che|loge|r[ée]side|est domicili[ée]e?|bosse|travaille|gare)|(?<!j['’ ])habite (?:au|à|a|rue|avenue|bd|boulevard|chemin|impasse|allée|allee|place|quai|route)|son adresse|ton adresse|sa maison|chez (?:lui|elle|toi)|son (?:06|07|num|num[ée]ro|t[ée]l|portable|mail|e-?mail|adresse)|sa (?:plaque|voiture|caisse|bagnole|rue|porte|boite|bo[îi]te)|voici (?:son|sa|ses|l['’]adresse)|voil[àa] (?:son|sa|ses|l['’]adresse)|je balance|on balance|faites tourner|faites passer|partagez|allez lui rendre visite|rendez[- ]lui visite|allez (?:le|la|les) voir|where (?:he|she|they) lives?|looked (?:him|her|them) up|who['’]s coming|that['’]s (?:her|him|them)|(?:we|i|on|j['’]ai|on l['’]a|on les a) (?:found|trouv[ée]e?s?) (?:her|him|them)?|(?:found|trouv[ée]) (?:her|him|them|👀)|(?:she|he)['’]s (?:on|at) (?=\p{Lu})|lives (?:right )?(?:over|by|above|behind)|where (?:this|that|the) \p{L}+ lives|(?:his|her|their) (?:uni |university |student )?(?:halls|dorm|dorm room|room)|(?:his|her|their) (?:home |real |new |front |delivery |shipping |billing |personal |private |paypal |current |old |work )?(?:address|addy|number|phone|cell|email|e-mail|car|plate|house|place|mom|mother|parents|door)|(?:for|get|got|have|has|want|need|here s|heres|this is) (?:his|her|their|the) addy|la maison de @|(?:he|she|they) lives?|lives (?:at|on|in)|pay (?:him|her|them) a visit|call this number|everyone call|spam (?:him|her|this)|dox+(?:ed|ing)?|leaked|here(?:'|’)?s (?:his|her|their|where)|go visit|show up at|rendez-vous chez|spamm?(?:ez|e|ons)?[- ](?:la|le|les|it|him|her|them|away)|you know what to do|vous savez (?:quoi faire|ce qu['’]il reste [àa] faire)|faites[- ]en ce que vous voulez|do (?:whatever|what) you want with (?:that|it|this)|je vous laisse (?:r[ée]fl[ée]chir|faire)|just so (?:everyone|you all|y['’]all) knows?|juste pour info|je dis (?:juste|[çc]a)|just saying|think about it|comit[ée] d['’]accueil|welcome party|(?:we['’]re|we are|on) (?:coming|arrive|d[ée]barque)|on (?:la|le|les) retrouvera|we['’]ll find (?:her|him|them)|when are we going|on y va quand|make sure (?:he|she|they) never|drop by|pass (?:on )?a message|leave (?:her|him|them)? ?a review|(?:go|allez) (?:say hi|ask (?:him|her)|lui (?:dire bonjour|poser des questions|rendre visite))|she wants war|he wanted to play|call (?:him|her|them) at|lives (?:right )?(?:behind|next to|above|below|near|opposite|across from)|tu (?:vis|habites|cr[èe]ches|bosses|travailles) (?:au|à|a|rue|avenue|chez|dans)|you live (?:at|on|in)|(?:you|u) (?:still )?live (?:with|at|on|in)|(?:he|she) l[vi]+es (?:at|on|in)|['’]s (?:mom|mum|mother|dad|wife|husband|cell|number)\b|tell (?:her|him|them) what you think|make sure (?:he|she|they) gets? the message|ring it|flood it|go (?:see|check)|let (?:her|him|them) know|(?:her|his) (?:personal|private)(?![\p{L}])|(?:dites|dis|allez|va) (?:lui|leur) ce que (?:vous|tu) (?:en )?pens|(?:lui|leur) expliquer la vie|(?:son|sa) (?:perso|priv[ée]e?|appart|appartement|domicile|logement|baraque)(?![\p{L}])|(?:elle|il) qui (?:habite|vit|loge)|(?:elle|il) (?:change d['’]appart|d[ée]m[ée]nage)|(?:she|he)(?:['’]s| is) moving|lives (?:\p{L}+ ){0,2}doors? (?:down|up|away|from))/iu, true);
// A word start: "avenue" is no "venue", "piscine" no "ciné", and "la ferme" (a farm) is no "fermé".
const INSTITUTION =
  factoredRegExp(/(?<![\p{L}])(?:cabinet (?:du |de |d['’])?(?:dr|docteur|m[ée]dical|dentaire|infirmier)|s practice|doctor|docteur|rando\w*|hike|hiking|col (?:de|du)|coucher du soleil|sunset|sunrise|la vue|mayor|maire|bookings?|bakery|open (?:mon|tue|wed|thu|fri|sat|sun)|find us|trouvez-nous|bookshop|librairie|h[ôo]tel(?![\p{L}])|dental|dentist|physio\w*|ost[ée]o\w*|taxi|cab(?![\p{L}])|24\/7|24h\/24|hardware|auto(?![\p{L}])|patients|appointment|key cutting|inspections?|card accepted|carte accept\w*|donations?|dons(?![\p{L}])|charit\w*|food bank|banque alimentaire|secours populaire|restos? du c\w+ur|shelter|pantry|rescue|district office|constituent\w*|congress\w*|academy|enrol\w*|admissions|visiting hours|heures de visite|trailhead|trail(?![\p{L}])|summit|canyon|national park|parc national|beach|plage|lake|lac(?![\p{L}])|falls|cascade|hut(?![\p{L}])|chalet|view from|vue depuis|sommet|refuge|google earth|tower|tour eiffel|statue|monument|landmark|stadium|ramen(?![\p{L}])|noodle|pizzeria|correction|r[ée]daction|newsroom|pharmacy|pharmacies|dmv|white house(?!,? (?:with|w\/|blue|red|green|black|grey|gray|yellow|on the|at the|opposite|across|next to|behind))|capitol|downing street|matignon|[ée]lys[ée]e|bulle de vente|appartement t[ée]moin|show ?home|je r[ée]serve|table (?:à|a|pour) \d|letters? to|mall|mairie|h[ôo]tel de ville|permanence|pr[ée]fecture|sous-pr[ée]fecture|commissariat|gendarmerie|tribunal|palais de justice|assembl[ée]e|s[ée]nat|minist[èe]re|mus[ée]e|biblioth[èe]que|m[ée]diath[èe]que|th[ée][âa]tre|cin[ée]ma|salle des f[êe]tes|salle polyvalente|gymnase|stade|restaurant|resto|boulangerie|magasin|boutique|pharmacie|h[ôo]pital|clinique|agence|si[èe]ge|bureau de poste|la poste|office de tourisme|rassemblement|manif|manifestation|r[ée]union|meeting|concert|festival|conf[ée]rence|march[ée] de|exposition|inscriptions?|r[ée]servations?|horaires|ouvert|ouverte|(?<!(?:la|une|sa|ta|leur|cette|grande|petite) )ferm[ée]e?s?(?![\p{L}])(?! isol)|town hall|city hall|council|library|museum|police station|courthouse|hospital|clinic|store|shop|caf[ée]|venue|event|rally|concert|conference|festival|headquarters|campaign|polling|bureau de vote|num[ée]ro vert|hotline|helpline|service client|customer service|accueil|infoline|pour r[ée]server|prendre rendez-vous|call us|contact us|contactez|nous contacter|our (?:new )?office|nos bureaux|open (?:from|daily|until|on)|opening hours|tickets|doors open|(?<!bonne )soir[ée]e|f[êe]te de|vide[- ]grenier|brocante|association|ambassade|embassy|consulat|consulate|universit[ée] de|university of|lyc[ée]e public|coll[èe]ge public|[ée]cole publique|cin[ée]|rdv (?:au|à|devant)|rendez-vous (?:au|à|devant|place)|join us|rejoignez|retrouvez-nous|nous serons|spa(?![\p{L}])|massage|salon|order now|pre-?order|call now|call today|promo|discount|(?:great |best |hot |daily )deals?|deals? (?:on|of)|delivery|livraison|r[ée]servez|devis|for sale|sav(?![\p{L}])|service client|customer service|hotline|just listed|open house|portes ouvertes|sold for|s['’]est vendue?|maison de quartier|centre (?:de sant[ée]|social|m[ée]dical)|arr[êe]t (?:de |du )?bus|bus stop|national trust|blue plaque|[àa] vendre|hiring|recrute|best price|meilleur prix|rated|front desk|precinct|passport office|service consommateurs|sos amiti[ée]|samaritans|cabinet d[ue] (?:la )?ministre|reception(?![\p{L}])|box office|visitor cent(?:re|er)|doors \d|the er(?![\p{L}])|emergency room|board of elections|early voting|(?:le match|the (?:match|game)) (?:commence|d[ée]bute|starts|begins|kicks off)|kick-?off|coup d['’]envoi|loto|lottery|euromillions?|num[ée]ro chance)/iu, true);
const NOT_PHONE = /(?<![\p{L}])(?:commande|order|suivi|tracking|colis|facture|invoice|r[ée]f(?:[ée]rence)?|n°|no\.|#|iban|siret|siren|isbn|ticket|dossier|case|transaction|num[ée]ro de (?:s[ée]rie|client|dossier|commande)|serial|parcel|package|€|\$|£|eur|usd|prix|price|total|montant|amount|score|vote|votes|abonn[ée]s|followers|vues|views)\s*[:#]?\s*$/iu;
const RELATIVE =
  /(?<![\p{L}])(?:sa|ta|ses|tes|his|her|your|their) (?:tante|oncle|cousine?|aunt|uncle|cousin|m[èe]re|maman|daronne|p[èe]re|papa|daron|femme|copine|meuf|copain|mari|fille|fils|gosse|soeur|s[œo]eur|fr[èe]re|grand-m[èe]re|grand-p[èe]re|grands-parents|parents|enfants|gosses|gamins|famille|mother|mom|mum|father|dad|wife|husband|girlfriend|boyfriend|daughter|son|sister|brother|grandmother|grandma|grandparents|kids|children|family|parents)(?![\p{L}])/giu;

// A full stop may end the sentence after the number, not continue it.
const LOCAL_US = new RegExp('(?<![\\p{N}\\-./:])(?:' + D + '){3}[-.]?(?:' + D + '){4}(?![\\p{N}\\-/:]|\\.\\d)', 'gu');
/** "number: 555-0128", "cell → 555 0164": a number named as someone's line. */
const LOCAL_US_NAMED = /(?:number|cell|phone|digits|mobile|landline)(?:['’]s| is)?[\s?:=→-]*$/iu;
const LOCAL_US_CONTEXT =
  /(?:(?:text|call|ring|phone|hit up|reach|contact|message|whatsapp|sms|spam|harass|prank call)\s+(?:him|her|them|this (?:guy|girl|bitch|clown|idiot|loser|dude)|that (?:guy|girl|bitch))\s+(?:at|on)\s*:?\s*|(?:his|her|their)\s+(?:number|cell|phone|digits|landline|mobile)(?:\s+(?:number|is))*\s*:?\s*|(?:his|her|their)\s+(?:parents|mom|mum|dad|family|wife|husband)\S*\s+(?:landline|number|cell|phone)(?:\s+(?:number|is))*\s*:?\s*|(?:call|text|ring)\s+(?:his|her|their)\s+(?:parents|mom|mum|dad|family|wife|husband)\S*\s+(?:(?:landline|number|cell|phone)\s+)?(?:is|at|on)?\s*:?\s*)$/iu;

/** The text says a phone number is being given ("son numéro", "text him", "the last four"). */
const PHONE_CUE =
  /(?:num[ée]ro|(?<![\p{L}])(?:num|tel|t[ée]l[ée]phone|portable|whatsapp|phone|cell|mobile|number|digits|chiffres|texts?|call|appel\w*|sms|ring|area code|indicatif|son 0[67]|0[67])(?![\p{L}]))/iu;

const NAMED_NUMBER = /(?:number|numbr|num[ée]ro|num|cell|phone|digits|mobile|portable|t[ée]l)\s*(?:is|est|[:,])?\s*$/iu;
/** A call to pester someone through the number next to it ("6135550187 spam her", "call him any time"): ten bare digits are a phone then (1.21). */
const CALL_TO_PESTER = /(?<![\p{L}])(?:(?:spam|harass|harcel\w*|spamm\w*)(?![\p{L}])|(?:call|text|ring|prank call|appel\w*)\s+(?:him|her|them|this|that|la|le|les|lui|leur)(?![\p{L}]))/iu;

/** Which country formats a digit string most plausibly follows, or null. */
function phoneCountry(raw: string, digits: string): CountryCode | 'INTL' | null {
  const t = raw.trimStart();
  if (t.startsWith('+') || t.startsWith('00')) return 'INTL';
  const n = digits.length;
  if (n === 10 && digits[0] === '0') {
    // Special-rate and toll-free lines (08…) belong to businesses and help lines.
    if (digits[1] === '8') return null;
    return 'FR';
  }
  if (n === 11 && digits[0] === '0' && (digits[1] === '7' || digits[1] === '1' || digits[1] === '2')) return 'GB';
  if ((n === 10 && digits[0] !== '0' && digits[0] !== '1') || (n === 11 && digits[0] === '1')) {
    const area = n === 11 ? digits.slice(1, 4) : digits.slice(0, 3);
    if (/^8(?:00|88|77|66|55|44|33)$/.test(area)) return null;
    // Bare 10-digit runs are usually ids; NANP numbers are written with separators.
    if (/[()\s.-]/.test(raw)) return 'US';
  }
  return null;
}

function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

function countDigits(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) k++;
  }
  return k;
}

function window(text: string, s: number, e: number, before: number, after: number): string {
  return text.slice(Math.max(0, s - before), Math.min(text.length, e + after));
}

function push(hits: PiiHit[], m: RegExpExecArray, sub: SubLabel, conf: number, rule: string, trimEnd = true): void {
  let end = m.index + m[0].length;
  let start = m.index;
  const t = m[0];
  // Trim punctuation and spaces swallowed at the edges.
  let a = 0;
  let b = t.length;
  while (a < b && /[\s,;:]/.test(t[a]!)) a++;
  if (trimEnd) while (b > a && /[\s,;:.)!?]/.test(t[b - 1]!)) b--;
  start += a;
  end = m.index + b;
  hits.push({ start, end, sub, conf, rule });
}

// FR_TYPES is already case-folded by ci(); the `i` flag here only serves EN_TYPES.
/** Pushes every match of `re` in `text`. */
function pushAll(hits: PiiHit[], re: RegExp, text: string, sub: SubLabel, conf: number, rule: string): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) push(hits, m, sub, conf, rule);
}

/** Where the captured value `v` of a match starts in the text (the value closes the match). */
function valueStart(m: RegExpExecArray, v: string): number {
  return m.index + m[0].lastIndexOf(v);
}

/** Going to the place just described ("when are we going?"): a street without a number is enough then. */
const GO_THERE = /(?:when are we going|on y va quand|we['’]re coming|on arrive|we['’]ll find|on (?:la|le) retrouvera|welcome party|comit[ée] d['’]accueil|go say hi|pay (?:him|her|them) a visit|rendre visite)/i;
const LIVES_GATE = /(?:adresse|address|habit|vit |vivent|cr[èe]ch|loge|r[ée]sid|domicil|lives?\b|living|stays?\b|house is|home is)/i;
const RESIDENCE_GATE = /r[ée]sidence/i;
const MAP_GATE = /map|waze|w3w|what3words|osm\.org|here\.com/i;

/**
 * Several word gates in one pattern: when it fails, each of them is known to fail. Most replies
 * contain none of the gates, and one scan of the union answers "no" for all of them at once.
 * All are plain `i` patterns, so the union matches exactly when one of them does. Its
 * alternatives are grouped by first letter ("maison|mardi" → "m(?:aison|ardi)", see
 * `factored`): V8 tries alternatives one by one at every position, so this makes the scan
 * 2–3× faster again.
 */
function unionOf(gates: RegExp[]): RegExp {
  if (gates.some((g) => g.flags !== 'i')) throw new Error('a gate union needs plain `i` patterns');
  return new RegExp(factored(gates.map((g) => g.source).join('|'), 'i', true), 'i');
}
/** The gates findPii asks of every text: each is only tested when this union matches. */
const GATE_WORDS = unionOf([DWELLING_GATE, BUILDING_WORD_GATE, RESIDENCE_GATE, SPELLED_GATE, MAP_GATE]);
/** The same plus the gates asked only of texts without a digit (a digit opens those rules by itself). */
const GATE_WORDS_DIGITLESS = unionOf([DWELLING_GATE, BUILDING_WORD_GATE, RESIDENCE_GATE, SPELLED_GATE, MAP_GATE, SCHED_GATE, LIVES_GATE, GO_THERE]);
const HAS_STREET_WORD = new RegExp('(?<![\\p{L}])(?:' + FR_TYPES + '|' + EN_TYPES + ')(?![\\p{L}])', 'iu');

/** Finds personal data in `text`; returns typed hits (possibly low-confidence). */
export function findPii(written: string): PiiHit[] {
  // Full-width letters and signs ("a.dubois ＠ icloud ． com") read as their ASCII twins, one
  // UTF-16 unit for one, so every span found is a span of the text as written (1.22).
  const text = FULL_WIDTH.test(written) ? written.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : written;
  const hits = findPiiForward(text);
  // "adresse écrite à l'envers pour les bots : xuaedroB 00033 ,settueoM sed eur 9": read it
  // the right way round too, and map what it holds back onto the written text.
  // (Digits too: a house number or a postcode survives being written backwards.)
  if (hits.every((h) => h.conf < 0.5) && HAS_DIGIT.test(text) && REVERSED_GATE.test(text) && REVERSED_CUE.test(text)) {
    const rev = Array.from(text).reverse().join('');
    const L = text.length;
    for (const h of findPiiForward(rev)) if (h.conf >= 0.5) hits.push({ ...h, start: L - h.end, end: L - h.start, rule: `${h.rule}:reversed` });
    hits.sort(byPosition);
  }
  // "O6 39 98 I2 45": letters standing for digits next to digits read as the digits (1.22).
  if (hits.every((h) => h.conf < 0.5 || h.sub !== 'phone') && LEET_DIGIT_GATE.test(text)) {
    addFromRewrite(hits, text.replace(LEET_DIGIT, (c) => (c === 'O' || c === 'o' ? '0' : '1')), 'letters', (h) => h.sub === 'phone');
  }
  // "8 ... Percy ... Street ... Ryde": an address given in pieces is read with its dots as spaces.
  if (hits.every((h) => h.conf < 0.5) && HAS_DIGIT.test(text) && /\.{2,}|…/.test(text)) {
    addFromRewrite(hits, text.replace(/\.{2,}|…/g, (d) => ' '.repeat(d.length)), 'pieces', () => true);
  }
  return hits;
}
function byPosition(a: PiiHit, b: PiiHit): number {
  return a.start - b.start || b.end - a.end;
}
/**
 * Adds what the text rewritten character for character finds (the data `keep` asks for), its rule
 * suffixed: a rewriting of the same length keeps every span a span of the text as written.
 */
function addFromRewrite(hits: PiiHit[], rewritten: string, suffix: string, keep: (h: PiiHit) => boolean): void {
  for (const h of findPiiForward(rewritten)) if (h.conf >= 0.5 && keep(h)) hits.push({ ...h, rule: `${h.rule}:${suffix}` });
  hits.sort(byPosition);
}
const FULL_WIDTH = /[\uff01-\uff5e]/;
// An O, I or l touching a digit (or one space, dot or dash from it) inside a run of digits.
const LEET_DIGIT_GATE = /\d[\s.-]?[OoIl]|[OoIl][\s.-]?\d/;
const LEET_DIGIT = /(?<=\d[\s.-]?)[OoIl](?=[\s.-]?\d|[\s.-]?[OoIl][\s.-]?\d)|(?<![\p{L}])[OoIl](?=\d)|[OoIl](?<=\d[OoIl])/gu;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');
// A plain scan first: the cue's leading lookbehind would run at every position of every reply.
const HAS_DIGIT = /\d/;
const REVERSED_GATE = /backward|revers|envers|invers|retourn/i;
const REVERSED_CUE = /(?<![\p{L}])(?:backwards?|reversed|in reverse|[àa] l['’]envers|invers[ée]e?|retourn[ée]e?)(?![\p{L}])/iu;

function findPiiForward(text: string): PiiHit[] {
  const hits: PiiHit[] = [];
  const digitCount = countDigits(text);
  const hasAt = text.indexOf('@') >= 0 || (/\b(?:at|arobase|chez)\b/i.test(text) && TLD_GATE.test(text));
  // Only computed when an address candidate needs it (it is the costliest regex here).
  let phraseCache: boolean | undefined;
  const phraseOf = (): boolean => (phraseCache ??= PERSON_PHRASE.test(text) || DOX_FORM.test(text));
  let m: RegExpExecArray | null;
  // One scan for all the word gates this text is asked (see unionOf): each gate below is
  // tested only when `gates` is true. SCHED_GATE, LIVES_GATE and GO_THERE are asked only
  // when there is no digit, so only the digitless union needs them.
  const gates = (digitCount > 0 ? GATE_WORDS : GATE_WORDS_DIGITLESS).test(text);
  // A digit opens the schedule rules by itself; otherwise a schedule word must (asked once, used twice).
  const schedCue = digitCount > 0 || (gates && SCHED_GATE.test(text));

  const street = (digitCount > 0 || (gates && (LIVES_GATE.test(text) || GO_THERE.test(text)))) && HAS_STREET_WORD.test(text);
  if (digitCount > 0 && street) {
    pushAll(hits, FR_ADDR, text, 'address', 0.9, 'pii:address_fr');
    EN_ADDR.lastIndex = 0;
    while ((m = EN_ADDR.exec(text))) {
      // Without a city/ZIP tail, "2064 Supreme Court" or "3 Little Way" is prose, not an address.
      const tail = EN_TAIL_END.test(m[0]);
      if (!tail && !phraseOf() && (!EN_SAFE_TYPE.test(m[0]) || /^(?:19|20)\d\d\s/.test(m[0]))) continue;
      push(hits, m, 'address', 0.88, 'pii:address_en');
    }
    EN_ADDR_LOOSE.lastIndex = 0;
    while ((m = EN_ADDR_LOOSE.exec(text))) {
      // Lowercase street names only count with a state/ZIP/postcode tail, "lives at", or the
      // house described around them ("9 hawthorn ave, cardiff. the one w the broken gate").
      const tail = /(?:\d{4,5}|[A-Z]\d[A-Z]|\d[A-Z]{2})\s*$/.test(m[0]) || /(?:Apt|Unit|Flat|Suite|#)/i.test(m[0]);
      if (tail || phraseOf() || HOME_DESCRIBED.test(text)) push(hits, m, 'address', 0.85, 'pii:address_en');
    }
  }
  if (street) {
    pushAll(hits, EN_ADDR_LOWER, text, 'address', 0.85, 'pii:address_en');
  }
  if (digitCount > 0 && (street || GERMANIC_STREET.test(text))) {
    pushAll(hits, STREET_FIRST, text, 'address', 0.85, 'pii:address_street_first');
  }
  // The parts of an address spread over sentences: a street, a house number and a postcode or a call to act.
  if (street && NUMBER_GIVEN.test(text) && (POSTCODE_GIVEN.test(text) || phraseOf())) {
    for (const re of [FR_STREET, EN_STREET_CAP]) pushAll(hits, re, text, 'address', 0.85, 'pii:address_parts');
  }
  if (street && phraseOf()) {
    pushAll(hits, EN_STREET_CAP, text, 'address', 0.8, 'pii:street_en');
    pushAll(hits, FR_STREET, text, 'address', 0.8, 'pii:street_fr');
    EN_STREET_LOOSE.lastIndex = 0;
    while ((m = EN_STREET_LOOSE.exec(text))) {
      const v = m[1]!;
      const st = m.index + m[0].length - v.length;
      hits.push({ start: st, end: st + v.replace(/[\s,;:.!?]+$/, '').length, sub: 'address', conf: 0.8, rule: 'pii:street_en' });
    }
  }
  // A relative's workplace with a call to go and speak to them.
  if (GO_ASK.test(text)) {
    RELATIVE.lastIndex = 0;
    const r = RELATIVE.exec(text);
    if (r) {
      const after = text.slice(r.index, r.index + 140);
      const role = ROLE_PLACE.exec(after) ?? RELATIVE_TRADE.exec(after);
      if (role) hits.push({ start: r.index + role.index, end: r.index + role.index + role[0].length, sub: 'workplace_school', conf: 0.85, rule: 'pii:relative_workplace' });
    }
  }
  if (SCHOOL_GATE.test(text) && CHILD.test(text)) {
    const cs = CHILD_SCHOOL.exec(text);
    if (cs) hits.push({ start: cs.index, end: cs.index + cs[0].length, sub: 'workplace_school', conf: 0.85, rule: 'pii:child_school' });
  }
  // "juste au-dessus de la pizzeria Da Enzo", "above the laundromat across from Tony's": where someone lives, said by landmarks.
  let homeOfCache: boolean | undefined;
  const homeOf = (): boolean => (homeOfCache ??= HOME_OF.test(text));
  if (LANDMARK_GATE.test(text) && homeOf()) {
    LANDMARK_HOME.lastIndex = 0;
    const lm = LANDMARK_HOME.exec(text);
    if (lm) hits.push({ start: lm.index, end: lm.index + lm[0].length, sub: 'address', conf: 0.8, rule: 'pii:home_described' });
  }
  if (gates && DWELLING_GATE.test(text) && homeOf()) {
    const home = HOME_DESC.exec(text);
    if (home && !FIRST_PERSON.test(text.slice(Math.max(0, home.index - 25), home.index)) && !OWN_RE.test(text.slice(Math.max(0, home.index - 12), home.index))) {
      hits.push({ start: home.index, end: home.index + home[0].replace(/[\s,;:]+$/, '').length, sub: 'address', conf: 0.8, rule: 'pii:home_described' });
    }
  }
  if (digitCount >= 5 && /lieu[- ]dit/i.test(text)) {
    pushAll(hits, LIEU_DIT, text, 'address', 0.85, 'pii:address_fr');
  }
  const building =
    (gates && BUILDING_WORD_GATE.test(text)) || (digitCount > 0 && BUILDING_NUMBER_ANYWHERE.test(text) && BUILDING_NUMBER_GATE.test(text));
  if (building && (DOOR_CODE.test(text) || phraseOf())) {
    pushAll(hits, BUILDING, text, 'address', 0.8, 'pii:building');
  }
  // A job or a child's school, a time to be found there, and a person (not a venue) as subject.
  SCHED.lastIndex = 0;
  // Each schedule pattern runs only when its cheap lookbehind-free twin matched.
  if (
    schedCue &&
    ((SCHED_ANYWHERE.test(text) && SCHED.test(text)) || (SCHED_LOOSE_ANYWHERE.test(text) && SCHED_LOOSE.test(text)))
  ) {
    const role = ROLE_PLACE.exec(text);
    const before = role ? text.slice(Math.max(0, role.index - 25), role.index) : '';
    if (role && !FIRST_PERSON.test(before) && !OWN_RE.test(before) && (!OFFICIAL.test(text) || CHILD.test(text)) && (PERSON_CUE.test(text) || YOUR_ROUTINE.test(text) || SUBJECTLESS_ROUTINE.test(text))) {
      hits.push({ start: role.index, end: role.index + role[0].length, sub: 'workplace_school', conf: 0.8, rule: 'pii:role_schedule' });
    }
  }
  if (gates && RESIDENCE_GATE.test(text)) {
    pushAll(hits, FR_RESIDENCE, text, 'address', 0.85, 'pii:residence_fr');
  }

  // Most replies with an "@" only mention someone: the plain and spaced forms need the "@"
  // itself, the obfuscated one a top-level domain after a dot (asked before its costly scan).
  if (hasAt && AT_WORD_DOT.test(text)) {
    pushAll(hits, EMAIL_SPACED, text, 'email', 0.85, 'pii:email_spaced');
    EMAIL.lastIndex = 0;
    while ((m = EMAIL.exec(text))) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      const inst = EMAIL_INSTITUTIONAL.test(local) || EMAIL_INST_DOMAIN.test(m[0]);
      push(hits, m, 'email', inst ? 0.15 : 0.85, 'pii:email');
    }
  }
  if (hasAt && TLD_AFTER_DOT.test(text)) {
    EMAIL_OBF.lastIndex = 0;
    while ((m = EMAIL_OBF.exec(text))) {
      // A plain "@" address is EMAIL's; one with spaces around its "@" or dot dodges filters (1.22).
      const spacedAt = /\s@|@\s/.test(m[0]);
      if (m[0].indexOf('@') >= 0 && !spacedAt && !/[\[\({]|\s(?:dot|point)\s/i.test(m[0])) continue;
      // "not at all. It's…" is prose: a spelled-out address writes "dot" or hugs the dot.
      if (!spacedAt && !/[\[\({]|\s(?:dot|point)\s|arobase/i.test(m[0]) && /\s\.|\.\s/.test(m[0])) continue;
      const inst = EMAIL_INSTITUTIONAL.test(m[0]);
      push(hits, m, 'email', inst ? 0.15 : 0.85, 'pii:email_obfuscated');
    }
  }

  // "nico.brunetti83 at gmail": a webmail's name is enough of a domain (1.22).
  if (PROVIDER_GATE.test(text)) pushAll(hits, EMAIL_AT_PROVIDER, text, 'email', 0.85, 'pii:email_obfuscated');
  if (digitCount >= 8) {
    PHONE_CAND.lastIndex = 0;
    while ((m = PHONE_CAND.exec(text))) {
      const raw = m[0];
      const digits = digitsOf(raw);
      if (digits.length < 9 || digits.length > 15) continue;
      // IBAN, NIR and SSN are caught below; a phone-looking run inside them is not a phone.
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NOT_PHONE.test(before)) continue;
      // An IBAN's country and check digits, or a reference code's prefix ("CR-2024-…").
      if (/[A-Z]{2}\d{2}\s?$|[A-Z]{1,4}-$/.test(before)) continue;
      // "06/09/2024 10:15" is an appointment.
      if (/\d{1,2}[\/.]\d{1,2}[\/.](?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2}/.test(raw)) continue;
      // "her number 2125550134": ten bare digits are a phone when named as one.
      const cc = phoneCountry(raw, digits) ?? (digits.length === 10 && /^[2-9]\d\d[2-9]/.test(digits) && (NAMED_NUMBER.test(before) || CALL_TO_PESTER.test(window(text, m.index, m.index + raw.length, 40, 40))) ? 'US' : null);
      if (!cc) continue;
      const pn =
        cc === 'INTL'
          ? parseWithMetadata(raw.replace(/^00/, '+').replace(/[\uFE0F\u20E3]/g, ''), metadata)
          : parseWithMetadata(digits, cc, metadata);
      if (!pn || !pn.isPossible()) continue;
      push(hits, m, 'phone', 0.88, 'pii:phone');
    }
  }
  // US local numbers without area code ("text her at 555-0134"): only when a person is
  // being contacted through it, never for businesses ("call 555-0134 for pizza").
  if (digitCount >= 7 && digitCount <= 40) {
    LOCAL_US.lastIndex = 0;
    while ((m = LOCAL_US.exec(text))) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // Without a separator, seven digits are only a phone when named as one.
      const named = LOCAL_US_NAMED.test(before);
      if (!/[-.]/.test(m[0]) && !named) continue;
      if (!(LOCAL_US_CONTEXT.test(before) || named || phraseOf()) || NOT_PHONE.test(before) || INSTITUTION.test(text)) continue;
      push(hits, m, 'phone', 0.8, 'pii:phone_us_local');
    }
  }
  const spelled = gates && SPELLED_GATE.test(text);
  if (spelled) {
    pushAll(hits, SPELLED, text, 'phone', 0.85, 'pii:phone_spelled');
  }
  // Seven digits at least, or numbers in words ("zéro six, trente-neuf…").
  if (digitCount >= 7 || (spelled && SPELLED_RUN.test(text))) {
    for (const p of piecedPhones(text, () => PHONE_CUE.test(text))) {
      if (NOT_PHONE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
      hits.push({ start: p.start, end: p.end, sub: 'phone', conf: 0.85, rule: 'pii:phone_pieces' });
    }
  }

  if (digitCount >= 2) {
    pushAll(hits, PLATE_SIV, text, 'plate', 0.85, 'pii:plate_fr');
    pushAll(hits, PLATE_FNI, text, 'plate', 0.8, 'pii:plate_fr_old');
    pushAll(hits, PLATE_UK, text, 'plate', 0.8, 'pii:plate_uk');
  }
  if (digitCount >= 2 && /plate|plaque/i.test(text)) {
    PLATE_AFTER.lastIndex = 0;
    while ((m = PLATE_AFTER.exec(text))) {
      const v = m[1]!;
      // The value opens the match.
      if (countDigits(v) >= 2 && /[A-Z]/.test(v)) hits.push({ start: m.index, end: m.index + v.length, sub: 'plate', conf: 0.85, rule: 'pii:plate_keyword' });
    }
  }
  // A vanity plate may carry a single digit ("KARL 7").
  if (digitCount >= 1) {
    if (/(?:plaque|immat|plate|licen[cs]e|reg)/i.test(text)) {
      PLATE_KW.lastIndex = 0;
      while ((m = PLATE_KW.exec(text))) {
        const v = m[1]!;
        const s = valueStart(m, v);
        const quoted = /["“«]\s*$/.test(text.slice(Math.max(0, s - 2), s));
        if (countDigits(v) >= (quoted ? 1 : 2) && /[A-Z]/.test(v) && v === v.toUpperCase() && v.replace(/[- ]/g, '').length >= 5) {
          hits.push({ start: s, end: s + v.length, sub: 'plate', conf: 0.85, rule: 'pii:plate_keyword' });
        }
      }
    }
  }
  if (digitCount >= 9) {
    NIR.lastIndex = 0;
    while ((m = NIR.exec(text))) if (digitsOf(m[0]).length >= 13) push(hits, m, 'id_number', 0.92, 'pii:nir');
    // Named as an SSN, any 3-2-4 number is one (a doxxer does not check the issuing rules).
    const ssnNamed = /ssn|ss#|social security|(?<![\p{L}])social(?: number| no\.?| #)?\s*(?:is|:|#)/iu.test(text);
    const ssnRe = ssnNamed ? SSN_NAMED : SSN;
    ssnRe.lastIndex = 0;
    while ((m = ssnRe.exec(text))) {
      const sep = /-/.test(m[0]) || ssnNamed;
      if (sep) push(hits, m, 'id_number', 0.9, 'pii:ssn');
    }
    pushAll(hits, IBAN, text, 'id_number', 0.92, 'pii:iban');
  }
  if (digitCount >= 6 && /naissance|n[ée]e? le|birth|d\.?o\.?b|born/i.test(text)) {
    DOB.lastIndex = 0;
    while ((m = DOB.exec(text))) {
      // One's own or one's child's birthday is shared, not disclosed: kept as a judged,
      // harmless date so that the doxxing scorer does not read it again (1.14).
      const own = SELF_BEFORE_DOB.test(text.slice(Math.max(0, m.index - 30), m.index));
      const v = m[1]!;
      const st = valueStart(m, v);
      hits.push({ start: st, end: st + v.length, sub: 'id_number', conf: own ? 0.2 : 0.85, rule: 'pii:date_of_birth' });
    }
  }
  if (digitCount >= 5 && ID_KEYWORD_GATE.test(text)) {
    for (const re of [PASSPORT, SIN, BANK_ACCOUNT, DRIVING_LICENCE, SORT_CODE, ID_CARD, ID_NAMED]) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        const v = m[1]!;
        // "Passport services", "account settings": a number has digits.
        if (countDigits(v) < 5) continue;
        const st = valueStart(m, v);
        hits.push({ start: st, end: st + v.length, sub: 'id_number', conf: 0.88, rule: 'pii:id_named' });
      }
    }
  }
  if (digitCount >= 6) {
    pushAll(hits, NINO, text, 'id_number', 0.9, 'pii:ni_number');
  }
  if (digitCount >= 6) {
    pushAll(hits, GEO_DEC, text, 'geo', 0.9, 'pii:gps');
    pushAll(hits, GEO_DEC_SPACE, text, 'geo', 0.9, 'pii:gps');
    pushAll(hits, GEO_LABELLED, text, 'geo', 0.9, 'pii:gps');
    pushAll(hits, GEO_DEC_COMMA, text, 'geo', 0.9, 'pii:gps');
    if (text.indexOf('°') >= 0) {
      pushAll(hits, GEO_DEG, text, 'geo', 0.9, 'pii:gps');
      pushAll(hits, GEO_DMS, text, 'geo', 0.9, 'pii:gps_dms');
    }
  }
  if (gates && MAP_GATE.test(text)) {
    pushAll(hits, MAP_LINK, text, 'geo', 0.82, 'pii:map_link');
  }
  if (text.indexOf('///') >= 0) {
    pushAll(hits, W3W, text, 'geo', 0.9, 'pii:what3words');
  }
  // Its three words spelled with "dot" to pass filters ("w3w: tulips dot stewing dot harp"), named as one.
  // A Google plus code ("9C3XGV5W+7Q", "GV5W+7Q Leeds"): a point on the map as precise as a house (1.22).
  if (text.indexOf('+') >= 0) pushAll(hits, PLUS_CODE, text, 'geo', 0.85, 'pii:plus_code');
  if (W3W_NAMED.test(text)) {
    pushAll(hits, W3W_SPELLED, text, 'geo', 0.85, 'pii:what3words');
  }

  // The loop itself answers whether WORK matches: no separate WORK.test scan first.
  if (schedCue && WORK_ANYWHERE.test(text)) {
    WORK.lastIndex = 0;
    while ((m = WORK.exec(text))) {
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      if (FIRST_PERSON.test(before)) continue;
      // "Des millions de musulmans … travaillent … tous les jours": a group, not a person to find.
      if (GENERIC_SUBJECT.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const after = text.slice(m.index, Math.min(text.length, m.index + 120));
      SCHED.lastIndex = 0;
      const s = SCHED.exec(after);
      if (!s) continue;
      hits.push({ start: m.index, end: m.index + s.index + s[0].length, sub: 'workplace_school', conf: 0.8, rule: 'pii:workplace_schedule' });
    }
  }

  if (hits.length === 0) return hits;
  dedupe(hits);
  const phrase = phraseOf();
  // Context: public places lower the confidence, "lives at"/relatives raise it.
  const rels: Array<[number, number]> = [];
  RELATIVE.lastIndex = 0;
  while ((m = RELATIVE.exec(text))) rels.push([m.index, m.index + m[0].length]);
  // A street's own name says nothing of who lives there ("rue du Stade-Vieux", "Museum Rd"), nor
  // the words of a what3words or map link ("///ladder.pickles.sunrise"):
  // the context is read with the addresses blanked out.
  let ctxText = text;
  for (const h of hits) if (h.sub === 'address' || h.rule === 'pii:what3words' || h.rule === 'pii:map_link') ctxText = ctxText.slice(0, h.start) + ' '.repeat(h.end - h.start) + ctxText.slice(h.end);
  const named = NAMED_PERSON.test(text) || PERSON_POINTED_AT.test(text);
  const ownData = OWN_DATA.test(text);
  for (const h of hits) {
    const ctx = window(ctxText, h.start, h.end, 120, 60);
    const inst = !named && INSTITUTION.test(ctx);
    const rel = rels.some(([s, e]) => e <= h.start + 1 && h.start - e < 80) || rels.some(([s]) => s >= h.end && s - h.end < 30);
    // A named person's hours at work or school are about the person, wherever they work.
    // (1.21: the person may open the match itself: "He's a sophomore at…, MWF 9am".)
    // (1.22: a named child's school is about the child, as a schedule is about the person.)
    const personsHours = h.rule === 'pii:role_schedule' || h.rule === 'pii:child_school' || (h.rule === 'pii:workplace_schedule' && PERSON_CUE.test(text.slice(Math.max(0, h.start - 80), h.start + 6)));
    if (inst && !rel && !phrase && !personsHours && !ownData && h.sub !== 'plate') h.conf = Math.min(h.conf, 0.2);
    // One's own address or business line, given freely, is no disclosure.
    else if ((ownData || offeredAsOwn(text, h)) && !rel) h.conf = Math.min(h.conf, 0.2);
    // An e-mail judged institutional by its own form ("jobs@", "contact@") stays so next to "drop by".
    else if (rel || (phrase && h.conf >= 0.3)) h.conf = Math.max(h.conf, 0.95);
  }
  for (const [s, e] of rels) {
    if (hits.some((h) => h.conf >= 0.5 && h.sub !== 'relative' && Math.abs(h.start - e) < 100)) {
      hits.push({ start: s, end: e, sub: 'relative', conf: 0.9, rule: 'pii:relative' });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** Drops hits contained in a longer hit (keeps the first typed, longest span). */
function dedupe(hits: PiiHit[]): void {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (let r = 0; r < hits.length; r++) {
    const h = hits[r]!;
    const prev = w > 0 ? hits[w - 1]! : undefined;
    if (prev && h.start >= prev.start && h.end <= prev.end) {
      prev.conf = Math.max(prev.conf, h.conf);
      continue;
    }
    if (prev && h.start < prev.end && h.sub === prev.sub) {
      prev.end = Math.max(prev.end, h.end);
      continue;
    }
    hits[w++] = h;
  }
  hits.length = w;
}

/** The doxxing gates, asked of most replies (for compileFirst). */
export const DOXXING_GATES: RegExp[] = [GATE_WORDS_DIGITLESS, GATE_WORDS, SCHED_LOOSE_ANYWHERE, SCHED_ANYWHERE, AT_WORD_DOT, TLD_GATE, LANDMARK_GATE];
/** The doxxing rules behind the gates, costliest first (for compileFirst). */
export const DOXXING_RULES: RegExp[] = [
  EMAIL, GO_ASK, HAS_STREET_WORD, WORK_ANYWHERE, ROLE_PLACE, EMAIL_SPACED, SCHED, WORK, SCHED_LOOSE, FR_ADDR, EN_ADDR, EN_ADDR_LOOSE, EN_ADDR_LOWER,
  STREET_FIRST, GERMANIC_STREET, ID_KEYWORD_GATE, PERSON_PHRASE, DOX_FORM, HOME_DESCRIBED, LANDMARK_HOME, INSTITUTION, PLATE_KW, REVERSED_GATE,
];
