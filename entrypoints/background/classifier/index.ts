/** Pure reply classifier: no DOM, no browser APIs, no storage. */
import type { Classification, Label, Reason, SubLabel } from '../../../storage/schema';
import { DOXXING_GATES, DOXXING_RULES, findPii } from './doxxing';
import { DOXXING_ANCHOR_REGEXPS, DOXXING_MODEL_REGEXPS, modelDoxxing } from './doxxing-model';
import {
  COUNTER_RE,
  COUNTER_STRONG_RE,
  IDENT_RE,
  TARGETED_RE,
  TARGETED_GATE,
  NEGATION_RE,
  NEGATOR_RE,
  NEG_PRED_RE,
  POS_PRED_RE,
  PHRASE_RES,
  DISGUISED_ONLY_INSULTS,
  WHOLE_REPLY_MAX_TOKENS,
  WHOLE_REPLY_MOCKERY_RE,
  CONTEMPT_EMOJI_RE,
  CONTEMPT_EMOJI_FILLERS,
  NAMED_CONTEMPT_RE,
  ADDRESSED_CONTEMPT_RE,
  HATE_HASHTAG_RE,
  gateMask,
  SUPPORT_BIT,
  COUNTER_BIT,
  QUOTE_RE,
  DOUBLE_QUOTE_RE,
  COUNTER_CUE_RE,
  EVERYDAY_FALSE_FRIENDS,
  TOPIC_WORDS,
  REBUTTAL_RE,
  REBUTTAL_TOPIC_RE,
  SUPPORT_EMOJI_RE,
  SUPPORT_HASHTAG_RE,
  SUPPORT_RE,
  FUSED_RE,
  WORD_MAP,
  SUPPORT_CLEAR_RES,
  REPORTED_RE,
  REPORT_FRAME_RE,
  CONDEMN_RE,
  AFFECTION_RE,
  AFFECTION_EMOJI_RE,
  BANTER_WORDS,
  GAME_RE,
  GAME_WORD_RE,
  MOCK_EMOJI_RE,
  MOCK_LAUGH_RE,
  type Strength,
} from './lexicon';
import { GRAMMAR, GRAMMAR_GATE } from './grammar';
import { PSEUDO_GROUP } from './groups';
import { CLAUSE_REGEXPS, clauseHits } from './clause';
import { decodeWeights, featurize, NT_STEMS, predict, SHAPE_RE, type ModelWeights } from './model';
import { normalize, squeezePattern, toOriginal, type Normalized } from './normalize';
import { compileFirst, tokenMatchStart, tokenPattern } from './alternation';
import { WEIGHTS } from './weights.generated';
import { echoOf, ownWords, pushesBack, THREAD_REGEXPS, type EchoKind } from './thread';
import { DOX_WEIGHTS } from './dox-weights.generated';

/** Bumped whenever rules, word lists or weights change (weights id appended). */
export const CLASSIFIER_VERSION = `1.24.0+${WEIGHTS.id}.${DOX_WEIGHTS.id}`;

/** One reply to classify. */
export interface ClassifierInput {
  text: string;
  /** BCP-47 language from the page (`lang` attribute), if known. */
  lang?: string;
  /**
   * What the reply answers: the parent post's text, whether the post is a reply at all (the page may show
   * that without the parent), whether it mentions the user. A reply is aimed at whoever it answers (1.20).
   * A reply that says nothing of its own ("this", "💯") takes its meaning from the parent (1.22);
   * `parentIsReply: false` says the parent opens the conversation (the user's own post, usually).
   */
  context?: { parentText?: string; parentIsReply?: boolean; isReply?: boolean; mentionsUser?: boolean };
}

let MW: ModelWeights = WEIGHTS;
let W = WEIGHTS.w ? decodeWeights(WEIGHTS) : new Int8Array(0);
const probs = new Float64Array(3);

// Logit bonuses per rule strength. A strong lexicon hit must outweigh a model
// that never saw the word; a weak one only tips a model that already leans.
const HOSTILE_BONUS: Record<Strength, number> = { 3: 4.5, 2: 2.6, 1: 1.1 };
// Ordinary friendly replies must stay neutral unless the model is confident:
// a wrong hostile badge costs the user's trust more than a missed weak insult.
const NEUTRAL_PRIOR = 0.9;
const DOXXING_THRESHOLD = 0.5;
const LOG_FLOOR = Math.log(0.03);
const MODEL_ONLY_HOSTILE = -4;
/** How far a clear support phrase puts supportive above neutral. */
const CLEAR_MARGIN = 0.4;
/** Supportive bonus per ordinary support phrase. */
const SUPPORT_HIT = 3.2;
const MAX_REASON_TEXT = 2000;
/**
 * The model may decide hostile on its own (no rule hit) only when it is at
 * least this confident AND the reply has a target: a second-person word or a
 * group. Tuned on the leave-one-dataset-out folds, never on HateCheck. 1.10:
 * 0.9 → 0.95, as bagged training at a higher rate made the model surer of
 * itself: half the false alarms on everyday replies to "you" for one holdout
 * reply in a hundred. 1.11: 0.95 → 0.97 with the learning rate raised to 0.6.
 */
let MODEL_ALONE_HOSTILE_P = 0.97;
/**
 * About a group or about hate, with no hostile evidence, counter-speech is the
 * usual reading: the model trained on written counter-speech may decide at a lower bar.
 */
const GROUP_SUPPORT_P = 0.7;
/** …and one word of the reply must lean supportive on its own, not only the topic ("crimes"). */
const GROUP_SUPPORT_EVIDENCE = 1;
/**
 * Same for supportive (support needs no target: "diversity is a strength").
 * 1.10: 0.95 → 0.9: written support in plain words ("that took guts, keep
 * going") was left neutral. On GoEmotions' neutral Reddit comments
 * (leave-one-dataset-out) this costs 1 more false alarm per 100.
 */
let MODEL_ALONE_SUPPORT_P = 0.9;
/** Second-person words (normalised tokens). */
// Token sets are compared with normalised tokens, whose doubled letters are squeezed ("elle" → "ele").
const SECOND_PERSON = new Set(['tu', 't', 'te', 'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos', 'you', 'u', 'your', 'ur', 'youre', 'yourself', 'ya', 'yours', 'yall', 'urself', 'toi-meme'].map(squeezePattern));
/** Whether one of these tokens speaks to the reader. */
function speaksToReader(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SECOND_PERSON.has(t)) continue;
    if (t === 't' && i > 0 && NT_STEMS.has(tokens[i - 1]!)) continue;
    return true;
  }
  return false;
}
const PSEUDO_GROUP_RE = tokenPattern(PSEUDO_GROUP, '');

/** Function words that never explain a model decision on their own. */
const FUNCTION_WORDS = new Set([...SECOND_PERSON, ...NT_STEMS, 'i', 'me', 'my', 'we', 'he', 'she', 'it', 'they', 'them', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'is', 'are', 'be', 'was', 'it', 's', 're', 'that', 'this', 'just', 'so', 'with', 'for', 'not', 'do', 'dont', 'je', 'j', 'il', 'elle', 'on', 'nous', 'ils', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'a', 'au', 'en', 'est', 'es', 'c', 'ce', 'ca', 'qu', 'que', 'qui', 'quelqu', 'pas', 'ne', 'n', 'se', 's', 'y', 'me', 'm', 'mon', 'ma', 'mes', 'pour', 'avec', '@',
  'dans', 'sur', 'par', 'sans', 'sous', 'chez', 'etre', 'va', 'vas', 'vais', 'suis', 'sont', 'fait', 'faire', 'font', 'plus', 'bien', 'tout', 'tous', 'toute', 'donc', 'bah', 'ben', 'moi', 'lui', 'leur', 'leurs', 'eux', 'mais', 'comme', 'quand', 'si', 'deja', 'aussi', 'encore', 'meme', 'alors', 'faudrait', 'faut', 'devrais', 'devrait', 'devraient', 'doit', 'doivent', 'devez', 'devons', 'pourrais', 'peut', 'veux', 'sais', 'ai', 'as', 'avait', 'ont', 'quel', 'quelle', 'sinon', 'tellement', 'trop', 'juste', 'vraiment',
  'from', 'by', 'about', 'into', 'out', 'up', 'down', 'all', 'some', 'any', 'what', 'when', 'where', 'why', 'how', 'who', 'if', 'then', 'but', 'because', 'cause', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'cant', 'wont', 'don', 't', 'am', 'been', 'being', 'get', 'got', 'go', 'going', 'gonna', 'like', 'sure', 'there', 'their', 'his', 'her', 'him', 'its', 'our', 'us', 'own', 'too', 'very', 'really', 'more', 'most', 'least', 'also', 'even', 'still', 'only', 'again', 'now', 'way', 'much', 'make', 'know', 'think', 'bro', 'dude', 'lol', 'lmao'].map(squeezePattern));
/**
 * Minimum logit that one content word must add to a hostile decision the model
 * makes alone. 1.9: 3 → 2.5 once the model had written replies to learn from
 * (and, trained at a higher rate, became more confident: both thresholds were
 * re-checked against the demo conversation and the regression sets).
 */
let MODEL_ALONE_EVIDENCE = 2.5;
/**
 * A reply with no "you" and no group is still aimed at the person it answers
 * ("What a clown.", "Quelle honte cette meuf"): the model may decide it alone
 * at a higher bar. 1.10: measured on the leave-one-dataset-out folds, this path
 * raises hostile F1 on ToxiFrench from 0.51 to 0.60 for 7 more false alarms per
 * 100 ordinary comments there, and 2 per 100 on GoEmotions' neutral Reddit comments.
 */
let MODEL_ALONE_UNTARGETED_P = 0.98;
const MODEL_ALONE_UNTARGETED_EVIDENCE = 4;
/**
 * …and a second content word must back the first: a linear model trained on a
 * few replies gives a rare word ("snowflake", "permanence") a large weight on
 * its own, and a reply with no target has nothing else to hold it back.
 */
const MODEL_ALONE_UNTARGETED_SECOND = 2;
/**
 * 1.12: when the model is all but sure (≥ 0.99), two content words of lesser
 * weight are enough ("They're not poor, they're just bad with money and worse
 * with effort."). Measured with the leave-one-dataset-out folds: hostile F1 on
 * ToxiFrench 0.59 → 0.61, +0.012/+0.017 on the watched holdouts, for 0.5 more
 * false alarms per 100 of GoEmotions' ordinary Reddit comments.
 */
const MODEL_ALONE_UNTARGETED_SURE_P = 0.99;
const MODEL_ALONE_UNTARGETED_SURE_EVIDENCE = 2.5;

/**
 * Contempt without an insult word spreads over several ordinary words ("you'd
 * need a brain for that, sweetie"): when the reply speaks to the reader, a
 * near-certain model may decide on two content words that together carry this
 * much, none of them enough alone. 1.15: 0.98 and 3 → 0.99 and 2, chosen on the
 * development halves and holdouts 4 to 7 (mean hostile F1 +0.003; "L'immigration tue et tu t'en fous,
 * t'es un monstre" was neutral at 1.0) for 2 more of 4,000 GoEmotions comments
 * called hostile under the model trained without them.
 */
const MODEL_ALONE_SPREAD_P = 0.99;
const MODEL_ALONE_SPREAD_EVIDENCE = 2.5;

/** The bar for a reply about a named group (1.10, tuned on half of the written NGO-style set, held out from training). */
const MODEL_ALONE_GROUP_P = 0.8;
const MODEL_ALONE_GROUP_EVIDENCE = 1.5;
/** 1.12: a near-certain model (≥ 0.97) about a group needs the rest of the sentence at 0.5 only. */
const MODEL_ALONE_GROUP_SURE_P = 0.97;
const MODEL_ALONE_GROUP_SURE_REST_P = 0.5;
/** Words that wish a group well ("réussir", "thrive", "equal"). */
const WISHED_WELL_RE = new RegExp(squeezePattern(' (?:reussir|reussissent|reussite|briller|s epanouir|gagner|heureu\\w*|succeed\\w*|success|thrive|thriving|shine|happy|smile|fair|equal\\w*|egalite|egaux|egales) '));

/**
 * 1.20: the model decides alone at this probability when two content words back it (the first with 2,
 * the second with 1: one word alone is "c'est débile" or "the bus stop"), and, with no "you" and no
 * group to aim at, when they carry 5 between them ("enjoy the sun while it lasts" carries 4.4); never in a question
 * ("la mosquée prend encore des dons ?"). Chosen on
 * the raid development set, whose errors are read, and the unit tests' hard negatives; then checked on the held-out sets.
 */
const MODEL_ALONE_CERTAIN_P = 0.995;
const MODEL_ALONE_CERTAIN_EVIDENCE = 2;
const MODEL_ALONE_CERTAIN_SECOND = 1;
const MODEL_ALONE_CERTAIN_UNTARGETED = 5;
/** A reply glad of how something turned out ("it paid off, great team", "belle équipe"): no attack for the model to call alone (1.23). Not "thrilled" or "proud of": "must be thrilled with this one" is sarcasm. */
const GLAD_OUTCOME_RE = new RegExp(squeezePattern(' (?:paid off|pays off|great team|great hire|worked out well|went well|ca a paye|belle equipe|super equipe|quelle equipe) '));
function isAffectionate(text: string, nz: Normalized): boolean {
  AFFECTION_RE.lastIndex = 0;
  return AFFECTION_RE.test(nz.norm) || AFFECTION_EMOJI_RE.test(text);
}
/**
 * Players sent to the bench or the changing room ("on devrait les renvoyer au vestiaire ces joueurs"): the
 * model learnt "renvoyer" from "send them back" said of migrants, and this is sport (1.24).
 */
const BENCHED_RE = new RegExp(squeezePattern(' (?:renvoyer|renvoie|renvoyez|renvoyons|send|sending) (?:\\w+ )?(?:au vestiaire|aux vestiaires|to the dressing room|to the locker room|to the bench) '));
/** A reply the model may not call hostile alone, whatever its probability. */
function notForTheModelAlone(text: string, nz: Normalized): boolean {
  return isAffectionate(text, nz) || GLAD_OUTCOME_RE.test(nz.norm) || BENCHED_RE.test(nz.norm);
}
/**
 * Whether the model, with no rule hit, is confident enough to call the reply hostile. `answersSomeone`:
 * the reply answers a post or mentions the user, so its words are aimed at that person even without a "you" (1.20).
 */
function modelMayDecideHostile(text: string, nz: Normalized, ph: number, answersSomeone: boolean): boolean {
  if (ph < Math.min(MODEL_ALONE_HOSTILE_P, MODEL_ALONE_UNTARGETED_P, MODEL_ALONE_GROUP_P)) return false;
  const [ev, ev2] = topTwoEvidence(nz, 0);
  // All but certain, with two content words behind it: whoever it targets, and whatever the
  // target rules below make of it ("faudrait un homme pour lui expliquer le thermomètre").
  const certain = ph >= MODEL_ALONE_CERTAIN_P && ev >= MODEL_ALONE_CERTAIN_EVIDENCE && ev2 >= MODEL_ALONE_CERTAIN_SECOND && (ev + ev2 >= MODEL_ALONE_CERTAIN_UNTARGETED || hasTarget(nz) || pointsAtAPerson(nz));
  if (certain && !isQuestion(text) && !notForTheModelAlone(text, nz) && !(lastIdentCount > 0 && WISHED_WELL_RE.test(nz.norm))) return true;
  if (hasTarget(nz)) {
    const second = hasSecondPerson(nz);
    // About a group and not the reader, what the rest of the sentence says is what counts;
    // and a sweeping claim about a group ("X are just broken Y") is hostile or
    // counter-speech, rarely small talk, so the model may decide at a lower bar.
    // Wishing a group well in a threat's frame ("je veux voir les femmes réussir") is not for the model to call an attack.
    if (!second && lastIdentCount > 0 && WISHED_WELL_RE.test(nz.norm)) return false;
    const p = second || lastIdentCount === 0 ? ph : hostileWithoutGroupWords(nz);
    if (!second && lastIdentCount > 0 && p >= MODEL_ALONE_GROUP_P && ev >= MODEL_ALONE_GROUP_EVIDENCE) return true;
    // A claim the model is all but sure of may lean on the group noun, as long as the rest still leans hostile.
    if (!second && lastIdentCount > 0 && ph >= MODEL_ALONE_GROUP_SURE_P && p >= MODEL_ALONE_GROUP_SURE_REST_P && ev >= MODEL_ALONE_GROUP_EVIDENCE) return true;
    if (p < MODEL_ALONE_HOSTILE_P) return false;
    if (ev >= MODEL_ALONE_EVIDENCE) return true;
    // Spread contempt is aimed at the reader; about a group, the clause rules decide.
    return ph >= MODEL_ALONE_SPREAD_P && second && ev + ev2 >= MODEL_ALONE_SPREAD_EVIDENCE;
  }
  // With no target, a heart or a "mdr" makes it teasing ("sale gosse va ❤️").
  if (notForTheModelAlone(text, nz)) return false;
  // A reply aimed only by answering someone: the targeted bar, with two words behind it and never in a question.
  if (answersSomeone && ph >= MODEL_ALONE_HOSTILE_P && ev >= MODEL_ALONE_EVIDENCE && ev2 >= MODEL_ALONE_CERTAIN_SECOND && !isQuestion(text)) return true;
  if (ph >= MODEL_ALONE_UNTARGETED_SURE_P && ev >= MODEL_ALONE_UNTARGETED_SURE_EVIDENCE && ev2 >= MODEL_ALONE_UNTARGETED_SECOND) return true;
  return ph >= MODEL_ALONE_UNTARGETED_P && ev >= MODEL_ALONE_UNTARGETED_EVIDENCE && ev2 >= MODEL_ALONE_UNTARGETED_SECOND;
}
/** 1.12: measured on the development halves, +0.003 hostile F1, 2 more false alarms in 4,000 GoEmotions comments. */
const PRAISE_FRAME_VETO_P = 0.99;
/** A reply that disagrees with the reader ("je ne suis pas d'accord avec ton analyse") is not support by the model's word alone. */
const DISAGREE_RE = new RegExp(squeezePattern(' (?:je ne suis pas d accord|je suis pas d accord|pas d accord avec (?:toi|ton|ta|tes|vous|votre|vos)|i (?:don t|do not) agree with (?:you|your|u)|i disagree with (?:you|your|u)|(?:you re|you are|u r|ur) wrong) '));
/** Same for supportive: support without any cue needs a clearly supportive word. */
const MODEL_ALONE_SUPPORT_EVIDENCE = 3;

/** Evaluation toggle: supportive needs an explicit cue or the model-alone path. */
let REQUIRE_SUPPORT_CUE = true;
/** Flips the support-cue requirement (scripts/eval.ts comparisons only). */
export function requireSupportCueForEvaluation(on: boolean): void {
  REQUIRE_SUPPORT_CUE = on;
}

function hasSecondPerson(nz: Normalized): boolean {
  return speaksToReader(nz.tokens);
}

const THIRD_PLURAL = new Set(['ces', 'ceux', 'ils', 'elles', 'those', 'these', 'they', 'them', 'trolls', 'haters', 'harceleurs'].map(squeezePattern));
/** An insult about others (plural, after a demonstrative): "ces connards", "those trolls". */
function thirdPartyInsult(text: string, h: Hit): boolean {
  // Group co-occurrence rules are weak next to explicit counter-speech ("X are our neighbours. This hate has to stop").
  if (h.rule.startsWith('group:')) return true;
  if (h.sub !== 'insult' || h.rule.startsWith('grammar:') || h.rule.startsWith('sarcasm:')) return false;
  const toks = normalize(text.slice(Math.max(0, h.start - 25), h.end)).tokens;
  const last = toks[toks.length - 1] ?? '';
  if (speaksToReader(toks)) return false;
  return (/[sx]$/.test(last) && last.length > 3) || toks.some((t) => THIRD_PLURAL.has(t));
}

/** "she", "him", "elle", "lui": under a post, the person spoken of is most often its author (not "il", which is as often "il faut"). */
const THIRD_PERSON_SINGULAR = new Set(['she', 'her', 'he', 'him', 'elle', 'lui'].map(squeezePattern));
/** Whether the reply speaks of one person (1.21: an all but certain model may then decide, as for "you"). */
function pointsAtAPerson(nz: Normalized): boolean {
  return nz.tokens.some((t) => THIRD_PERSON_SINGULAR.has(t));
}

/** A reply that asks ("quelqu'un peut expliquer ?") is not support by itself, however the model reads its words. */
function isQuestion(text: string): boolean {
  return /\?\s*\S{0,3}\s*$/u.test(text) || /\?\s/.test(text);
}

/** An offer ("if you want", "si tu veux") is advice, not an order: the model may not call it hostile alone. */
const OFFER_RE = / (?:if (?:you|u) want|if (?:you|u) like|si (?:tu|vous) (?:veux|voulez)|si ca te dit) /;

/** A reply that vouches for what it reports ("c'est pas raciste, c'est la vérité"). */
const ENDORSE_RE = new RegExp(squeezePattern(' (?:(?:c est|n est|est|is|s|it s|that s) (?:pas|not) (?:du |de la )?(?:racis\\w*|sexis\\w*|homophob\\w*|hate|haine|hateful|bigot\\w*)|c est (?:juste )?la verite|it s (?:just )?the truth|just facts|que des faits) '));

/** Whether a hit lies wholly inside one of the spans (a quotation, a reporting frame). */
function within(h: { start: number; end: number }, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => h.start >= s && h.end <= e);
}

/** Whether a hit starts on one side of a quotation mark and ends on the other. */
function straddles(h: { start: number; end: number }, [qa, qb]: [number, number]): boolean {
  return (h.start < qa && h.end > qa && h.end <= qb) || (h.start >= qa && h.start < qb && h.end > qb);
}

/** How many of these hits cover separate stretches of text. */
function distinctSpans(hits: Hit[]): number {
  const xs = [...hits].sort((a, b) => a.start - b.start);
  let n = 0;
  let end = -1;
  for (const h of xs) {
    if (h.start >= end) n++;
    end = Math.max(end, h.end);
  }
  return n;
}

/** Whom a reply is aimed at: the reader (2nd person) or a group. */
function hasTarget(nz: Normalized): boolean {
  if (speaksToReader(nz.tokens)) return true;
  if (lastIdentCount > 0) return true;
  return PSEUDO_GROUP_RE.test(nz.norm);
}


interface Hit {
  start: number;
  end: number;
  sub: SubLabel;
  w: Strength;
  rule: string;
}

function reason(text: string, start: number, end: number, label: Label, rule: string, subLabel?: SubLabel): Reason {
  const r: Reason = { start, end, text: text.slice(start, Math.min(end, start + MAX_REASON_TEXT)), label, rule };
  if (subLabel) r.subLabel = subLabel;
  return r;
}

function negated(nz: Normalized, normPos: number, text: string): boolean {
  const from = Math.max(0, normPos - 40);
  const m = NEGATION_RE.exec(nz.norm.slice(from, normPos + 1));
  if (!m) return false;
  // "No more excuses. Mass deportations now.": a negation ends with its sentence
  // (an ellipsis is a pause, "t'es pas... un con" stays negated).
  const negStart = nz.startOf[from + m.index + 1] ?? 0;
  const hitStart = nz.startOf[normPos + 1] ?? text.length;
  const between = text.slice(negStart, hitStart);
  // So does a clause that starts again after a comma ("c'est pas un débat, c'est toi qui es ridicule");
  // "t'es pas, genre, un con" stays negated.
  if (SENTENCE_END_RE.test(between)) return false;
  // "pas X mais Y", "not X but Y" asserts Y ("je ne suis pas raciste mais certaines cultures sont…").
  if (BUT_RE.test(between)) return false;
  // The comma must lie between the negation and the hit; the clause may begin with the hit itself.
  // ("mais" and "but" need no comma: BUT_RE above.)
  const clause = NEW_CLAUSE_RE.exec(text.slice(negStart, hitStart + 12));
  return clause === null || clause.index >= between.length;
}
const BUT_RE = /(?<![\p{L}])(?:mais|but)(?![\p{L}])/iu;
const SENTENCE_END_RE = /(?:[!?]+|(?<!\.)\.(?!\.))\s/;
const NEW_CLAUSE_RE = /[,;:]\s*(?:c['’]est|t['’]es|tu es|vous êtes|vous etes|personne|tout le monde|you['’]re|you are|it['’]s|that['’]s|nobody|no one|everyone|everybody|certain|certaine|certaines|certains|some|most|la plupart)(?![\p{L}])/iu;

/** Things an insult word may judge without judging anyone: English nouns after it, French nouns before it. */
const THING_AFTER = new Set(
  'thing things idea ideas question questions guess move moves mistake mistakes decision decisions rule rules take takes joke jokes comment comments post posts video videos game games plan plans law laws policy policies argument arguments name names song movie film show article headline title design system'
    .split(' ')
    .map(squeezePattern),
);
/** What follows "coconut" or "bounty" when they are food (1.21); not "bar": a "bounty bar" is the slur as often as the sweet. */
const FOOD_AFTER = new Set(
  'cake sponge pie milk water oil cream ice flavour flavor curry macaroon macaroons latte husk flakes shavings rum drink smoothie yogurt yoghurt scent candle shampoo soap palm tree trees shell shells glace glacee lait huile noix gateau'
    .split(' ')
    .map(squeezePattern),
);
const THING_BEFORE = new Set(
  'idee idees question questions truc trucs chose choses regle regles loi lois decision decisions remarque remarques blague blagues commentaire commentaires jeu jeux plan plans film films titre argument arguments erreur erreurs video videos'
    .split(' ')
    .map(squeezePattern),
);

/** "c'est débile", "it's so stupid", "that's pathetic": a judgement of what happened, said of no one. */
const IMPERSONAL = new Set(['c est', 'c etait', 'ce serait', 'ca serait', 'it s', 'it is', 'it was', 'that s', 'that is', 'that was', 'this is', 'this was'].map(squeezePattern));
const INTENSIFIER = new Set('so really just totally pretty quite vraiment trop tellement juste franchement completement carrement grave super'.split(' ').map(squeezePattern));
function saidOfIt(toks: string[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && INTENSIFIER.has(toks[j]!)) j--;
  return j >= 1 && IMPERSONAL.has(toks[j - 1] + ' ' + toks[j]);
}

/** Whether the word at `i` judges a thing, not a person ("a dumb guess", "une idée débile", "it's so stupid"). */
function judgesAThing(toks: string[], i: number): boolean {
  return (i + 1 < toks.length && THING_AFTER.has(toks[i + 1]!)) || (i > 0 && THING_BEFORE.has(toks[i - 1]!)) || saidOfIt(toks, i);
}

// Insults cancelled by a negation in the last hostileHits() call ("t'es pas un connard").
let negatedHits = 0;

/** The phrase lists the last reply's tokens may match (lexicon.ts gateMask). */
let lastGate = 0;
/** Whether the list with this gate bit may match the last reply (bit 0: always scanned). */
function gateOpen(bit: number): boolean {
  return bit === 0 || (lastGate & bit) !== 0;
}

function hostileHits(nz: Normalized, text: string): Hit[] {
  const hits: Hit[] = [];
  negatedHits = 0;
  const toks = nz.tokens;
  let pos = 1;
  let gate = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const g = GRAMMAR_GATE.get(t);
    if (g !== undefined) gate |= g;
    let e = WORD_MAP.get(t);
    // A spaced word swallows a preceding article ("what a d u m b a s s" → "adumbas").
    if (!e && t.length >= 6 && i > 0 && nz.tokEnd[i]! - nz.tokStart[i]! > t.length) e = WORD_MAP.get(t.slice(1));
    // Fused words and hashtags ("#HarkiDeService", "putainsderaclures").
    if (!e && t.length >= 10) {
      FUSED_RE.lastIndex = 0;
      const f = FUSED_RE.exec(t);
      if (f) e = WORD_MAP.get(f[0]);
    }
    // "r3tard", "r e t a r d": disguised, an everyday French word is the English slur.
    if (!e && t.length >= 6 && t.length <= 8) {
      const d = DISGUISED_ONLY_INSULTS.get(t) ?? DISGUISED_ONLY_INSULTS.get(t.slice(1));
      if (d && disguised(text, nz.tokStart[i]!, nz.tokEnd[i]!)) e = d;
    }
    // "a dumb guess", "une idée débile": the word judges a thing, not a person.
    if (e && e.sub === 'insult' && e.w <= 2 && judgesAThing(toks, i)) e = undefined;
    // "a coconut sponge", "un Bounty glacé": the fruit or the bar, not the slur.
    if (e && e.sub === 'identity_attack' && e.w === 1 && i + 1 < toks.length && FOOD_AFTER.has(toks[i + 1]!)) e = undefined;
    if (e && negated(nz, pos - 1, text)) negatedHits++;
    else if (e) {
      hits.push({ start: nz.tokStart[i]!, end: nz.tokEnd[i]!, sub: e.sub, w: e.w, rule: `lexicon:${e.sub}` });
    }
    pos += t.length + 1;
  }
  lastGate = gateMask(nz);
  for (const p of PHRASE_RES) if (gateOpen(p.bit)) negatedHits += scanPattern(nz, text, p.re, p.sub, p.w, `phrase:${p.sub}`, hits);
  if (toks.length <= WHOLE_REPLY_MAX_TOKENS) negatedHits += scanPattern(nz, text, WHOLE_REPLY_MOCKERY_RE, 'insult', 3, 'phrase:insult', hits);
  if (gate !== 0) {
    for (const p of GRAMMAR) if ((gate & p.bit) !== 0) negatedHits += scanPattern(nz, text, p.re, p.sub, p.w, p.rule, hits);
  }
  if (toks.length <= 2 && toks.every((t) => CONTEMPT_EMOJI_FILLERS.has(t))) {
    const m = CONTEMPT_EMOJI_RE.exec(text);
    if (m) hits.push({ start: m.index, end: text.length, sub: 'insult', w: 3, rule: 'phrase:insult' });
  } else if (toks.length <= 6 && (NAMED_CONTEMPT_RE.test(text) || ADDRESSED_CONTEMPT_RE.test(text))) {
    const start = text.search(PICTOGRAPH_RE);
    hits.push({ start, end: text.length, sub: 'insult', w: 3, rule: 'phrase:insult' });
  }
  if (text.indexOf('#') >= 0) identityAttacksOnRawText(HATE_HASHTAG_RE, text, hits);
  // The antisemitic "echo" ("(((they)))") lives in the brackets normalising drops.
  if (text.indexOf('(((') >= 0) identityAttacksOnRawText(ECHO_RE, text, hits);
  // "41%" (the suicide statistic thrown at trans people) loses its sign when normalised, and a bare number is no key.
  if (text.indexOf('41') >= 0) identityAttacksOnRawText(FORTY_ONE_RE, text, hits);
  // Emoji tropes that normalising drops: the gas-chamber "shower", the burning Pride flag, monkeys and a banana.
  if (EMOJI_TROPE_GATE.test(text)) identityAttacksOnRawText(EMOJI_TROPE_RE, text, hits);
  groupHits(nz, hits, text);
  return hits;
}
/** Whether a token was written with digits, masks or spaces between its letters. */
function disguised(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0)) return true;
  }
  return false;
}
/** Adds a strong identity attack for every match of `re` on the text as written (what normalising would drop or split). */
function identityAttacksOnRawText(re: RegExp, text: string, hits: Hit[]): void {
  const spans: Array<[number, number]> = [];
  rawMatches(re, text, spans);
  for (const [start, end] of spans) hits.push({ start, end, sub: 'identity_attack', w: 3, rule: 'phrase:identity_attack' });
}
const EMOJI_TROPE_GATE = /🔥|🐒|🦍/u;
const EMOJI_TROPE_RE = /🔥\s*🚿|🚿\s*🔥|🔥\s*🏳️‍(?:🌈|⚧️?)|🏳️‍(?:🌈|⚧️?)\s*🔥|(?:🐒|🦍)(?:\s*(?:🐒|🦍))+|(?:🐒|🦍)\s*🍌|🍌\s*(?:🐒|🦍)/gu;
const FORTY_ONE_RE = /(?<=^(?:@\w+\s+)*\s*)41\s?%(?=\s*(?:$|hein\b|lol\b|mdr\b|ptdr\b|\.{2,}|…|\p{Extended_Pictographic}))/gu;
const ECHO_RE = /\(\(\(\p{L}[\p{L}\p{M}'’ .-]{0,30}[\p{L}.]\)\)\)/gu;

/** Where a reply's first emoji begins. */
const PICTOGRAPH_RE = /\p{Extended_Pictographic}/u;
/** A match that opens on "ta", "votre", "your": the insult is something the person has. */
const POSSESSED_RE = /^ ?(?:ta|tes|votre|vos|your) /;
/**
 * Adds every match of one phrase or grammar pattern to hits, in original-text
 * offsets; returns how many matches a negation cancelled ("pas un traître").
 */
function scanPattern(nz: Normalized, text: string, re: RegExp, sub: Hit['sub'], w: Hit['w'], rule: string, hits: Hit[]): number {
  let cancelled = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(nz.norm))) {
    const s = tokenMatchStart(m);
    const e = m.index + m[0].length;
    if (e === s) continue;
    // A negated verb leaves the insult it governs standing when the insult is a thing she has
    // ("tes wax ne cachent pas ta laideur", "ça ne compense pas ta nullité"), 1.23.
    if ((sub === 'insult' || sub === 'identity_attack') && !POSSESSED_RE.test(nz.norm.slice(s, s + 7)) && negated(nz, s - 1, text)) {
      cancelled++;
      continue;
    }
    const [os, oe] = toOriginal(nz, s, e);
    hits.push({ start: os, end: oe, sub, w, rule });
  }
  return cancelled;
}

function normMatches(re: RegExp, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push([tokenMatchStart(m), m.index + m[0].length]);
  return out;
}

const NEG_BEFORE_RE = / (?:no|not|never|pas|jamais|aucun|aucune|non) $/;
const REFUTED_BEFORE_RE = new RegExp(squeezePattern(' (?:aucune preuve|pas de preuve|rien ne (?:prouve|montre|dit)|pas vrai|faux (?:de dire|de croire|de penser)?|(?:le )?mythe (?:selon lequel|que)|idee recue (?:selon laquelle|que)|contrairement a ce|no evidence|no proof|nothing (?:shows|proves|suggests)|not true|(?:the )?myth (?:that|of)|it s (?:false|a lie|a myth)|(?:the )?(?:idea|claim|notion|lie) that|l idee (?:que|selon laquelle)|pretendre que|prétendre que) (?:\\w+ ){0,5}$'));
const DENIED_BEFORE_RE = new RegExp(squeezePattern(' (?:loin (?:d|de|du|des)(?: une?| la| le)?|rien (?:d|de)(?: une?)?|far from(?: an?| the)?|no such|not (?:an?|the)|pas (?:d|de|une?)|hardly an?) $'));
const SENTENCE_BREAK_RE = /[.!?;…]+\s+|\n+/g;
const BACK_REFERENCE_RE = /(?:^|[\s'’])(?:they|them|their|these|those|such people|ils|elles|eux|leurs?|ces|vous|ce sont|c'est|c’est)(?=[\s,.!?]|$)|(?:^|\s)(?:je|j'|on|tu|nous|vous|il|elle|ils|elles|faut|faudrait|de|à|a)\s+(?:ne\s+|n'|les\s+)?(?:les|leur)(?=\s)/i;
/**
 * A group and a predicate in different sentences are one statement only when
 * the later sentence points back at the group ("X think they're special. I hate them.").
 */
function sameStatement(text: string, nz: Normalized, a: number, b: number): boolean {
  const [os, oe] = toOriginal(nz, a, b);
  const span = text.slice(os, oe);
  let last = -1;
  SENTENCE_BREAK_RE.lastIndex = 0;
  for (let m = SENTENCE_BREAK_RE.exec(span); m; m = SENTENCE_BREAK_RE.exec(span)) last = m.index + m[0].length;
  return last < 0 || BACK_REFERENCE_RE.test(span.slice(last));
}
let lastGroupPositive = false;
let lastIdentCount = 0;
/** The last reply's group sits in a personal frame ("the women in my family"): no group statement. */
let lastPersonal = false;
/** The last reply praised a group only for something ("great at lying", "welcome to leave"). */
let lastBackhanded = false;
const BACKHAND_RE = / (?:at|to|for|pour|a|au|de|d)(?: being| etre)? ((?:lying|cheating|stealing|complaining|whining|crying|begging|breeding|leaving|taking (?:our|your|the)|scamming|manipulat\w+|leave|go back|get out|go home|die|fuck off|piss off|shut up|mentir|voler|tricher|pleurnicher|se plaindre|mendier|partir|degager|rentrer chez eux|crever|mourir|se taire|faire (?:la vaisselle|le menage|la cuisine|des gosses|des enfants)|the kitchen|the dishes|cooking|cleaning)(?= ))/y;

/** Someone's daughter, wife or boy ("sa fille", "ma femme", "his girl") named right before a group word's span. */
const KIN_BEFORE_RE = new RegExp(squeezePattern(' (?:ma|ta|sa|mon|ton|son|my|his|your) (?:fille|femme|garcon|girl|boy) $'));
/**
 * A protected group named next to hatred, dehumanisation or harm is an
 * identity attack even without a slur ("X are vermin", "I can't stand X").
 */
function groupHits(nz: Normalized, hits: Hit[], text: string): void {
  lastGroupPositive = false;
  lastIdentCount = 0;
  lastPersonal = false;
  lastBackhanded = false;
  const s = nz.norm;
  const ids = normMatches(IDENT_RE, s);
  if (nz.tokens.some((t) => TARGETED_GATE.has(t))) {
    ids.push(...normMatches(TARGETED_RE, s));
    ids.sort((a, b) => a[0] - b[0]);
  }
  // "sa fille", "ma femme", "his girl": someone's family, not a group (1.23). Plural ("leurs femmes", "nos filles") stays a group.
  for (let k = ids.length - 1; k >= 0; k--) if (KIN_BEFORE_RE.test(s.slice(Math.max(0, ids[k]![0] - 8), ids[k]![1] + 1))) ids.splice(k, 1);
  lastIdentCount = ids.length;
  if (ids.length === 0) return;
  const n0 = hits.length;
  const frame = clauseHits(text, nz, ids, hits, (p) => negated(nz, p, text));
  lastPersonal = frame === 'personal';
  if (frame === 'praise' && hits.length === n0) lastGroupPositive = true;
  const negs = normMatches(NEG_PRED_RE, s);
  for (const [is, ie] of ids) {
    for (const [ns, ne] of negs) {
      const a = Math.min(is, ns);
      const b = Math.max(ie, ne);
      if (b - a > 90) continue;
      const negPhrase = s.slice(ns, ne);
      const between = s.slice(Math.min(ie, ne), Math.max(is, ns) + 1);
      if (NEGATOR_RE.test(' ' + between + ' ') && !NEGATOR_RE.test(' ' + negPhrase + ' ')) continue;
      if (COUNTER_CUE_RE.test(' ' + between + ' ')) continue;
      // "Il n'existe aucune preuve que les migrants…", "the myth that X…": a claim reported to be refuted.
      if (REFUTED_BEFORE_RE.test(s.slice(Math.max(0, Math.min(is, ns) - 60), Math.min(is, ns)))) continue;
      // "on est loin d'une invasion", "far from a threat": the predicate is denied.
      if (DENIED_BEFORE_RE.test(s.slice(Math.max(0, ns - 17), ns))) continue;
      // "…makes someone dangerous? Many women choose it": a predicate asked about in an
      // earlier question is no statement about the group named after it.
      if (ne <= is && text.slice(toOriginal(nz, ns, ne)[1], toOriginal(nz, is, ie)[0]).includes('?')) continue;
      const [os, oe] = toOriginal(nz, a, b);
      hits.push({ start: os, end: oe, sub: 'identity_attack', w: 3, rule: 'group:negative' });
      return;
    }
  }
  // A positive predicate about a group is support, unless negated
  // ("women are never attractive", "immigrants are not welcome"): then it is an attack.
  const poss = normMatches(POS_PRED_RE, s);
  for (const [is, ie] of ids) {
    for (const [ps, pe] of poss) {
      const a = Math.min(is, ps);
      const b = Math.max(ie, pe);
      if (b - a > 70 || !sameStatement(text, nz, a, b)) continue;
      const between = s.slice(Math.min(ie, pe), Math.max(is, ps) + 1);
      // "no good fat dyke", "pas bons": the predicate itself is negated.
      const before = s.slice(Math.max(0, ps - 8), ps);
      if (NEGATOR_RE.test(' ' + between + ' ') || NEG_BEFORE_RE.test(before)) {
        if (negs.length > 0) continue;
        const [os, oe] = toOriginal(nz, a, b);
        hits.push({ start: os, end: oe, sub: 'identity_attack', w: 3, rule: 'group:negated_positive' });
        return;
      }
      // Backhanded praise: "great at lying", "welcome to leave", "géniales pour faire la vaisselle".
      BACKHAND_RE.lastIndex = pe;
      const bh = BACKHAND_RE.exec(s);
      if (bh) {
        lastBackhanded = true;
        const [os, oe] = toOriginal(nz, a, pe + bh[0].length);
        hits.push({ start: os, end: oe, sub: 'identity_attack', w: 3, rule: 'group:backhanded' });
        return;
      }
      // A slur for the group ("dyke", "bougnoule") is never praise of the group.
      const slur = WORD_MAP.get(s.slice(is, ie).trim());
      if (negs.length === 0 && !(slur && slur.sub === 'identity_attack') && !lastPersonal) lastGroupPositive = true;
    }
  }
}

function allMatches(re: RegExp, nz: Normalized, out: Array<[number, number]>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(nz.norm))) {
    const s = tokenMatchStart(m);
    const e = m.index + m[0].length;
    if (e > s) out.push(toOriginal(nz, s, e));
  }
}

function rawMatches(re: RegExp, text: string, out: Array<[number, number]>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
}

function addSub(list: SubLabel[], s: SubLabel): void {
  if (!list.includes(s)) list.push(s);
}

const LETTER_RE = /\p{L}/u;
function inWordApostrophe(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "'" && c !== '’') return false;
  return LETTER_RE.test(text[i - 1] ?? '') && LETTER_RE.test(text[i + 1] ?? '');
}

/** A threat followed by a game ("je vais te tuer au Mario Kart") is trash talk, not a threat. */
function gameThreat(text: string, h: Hit): boolean {
  if (h.sub !== 'threat' && h.sub !== 'death_threat') return false;
  if (!GAME_WORD_RE.test(text)) return false;
  return GAME_RE.test(normalize(text.slice(h.end, h.end + 80)).norm);
}

/** Only mild teasing words in the hit ("t'es con", "such a dork"): no slur, threat or strong insult. */
function mildHit(text: string, h: Hit): boolean {
  if (h.sub !== 'insult') return false;
  const toks = normalize(text.slice(h.start, h.end)).tokens;
  for (const t of toks) if (!BANTER_WORDS.has(t)) return false;
  return toks.length > 0;
}

/**
 * Banter between friends: affection (❤️, "love you", "je t'aime", laughter plus an
 * affectionate word) around mild insults only.
 */
function isBanter(text: string, nz: Normalized, hits: Hit[]): boolean {
  if (hits.length === 0) return false;
  AFFECTION_RE.lastIndex = 0;
  // Laughter alone is not enough ("lmao you're such a clown" from a stranger is an insult).
  if (!AFFECTION_RE.test(nz.norm) && !AFFECTION_EMOJI_RE.test(text)) return false;
  for (const h of hits) if (!mildHit(text, h)) return false;
  return true;
}

const LEGAL_RE = /puni|illegal|ill[ée]gal|d[ée]lit|interdit|crime|condamn|sanction|loi\b|law\b|against the/i;
/** Removes law-related counter-speech hits that sit in a question ("is that illegal?", "c'est puni ?"). */
function dropLegalQuestions(text: string, spans: Array<[number, number]>): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const [s, e] = spans[i]!;
    if (!LEGAL_RE.test(text.slice(s, e))) continue;
    const rest = text.slice(e, e + 60);
    const q = rest.indexOf('?');
    if (q < 0) continue;
    const stop = rest.search(/[.!\n]/);
    if (stop >= 0 && stop < q) continue;
    spans.splice(i, 1);
  }
}

/** A hit about a group, with no second-person word in its span (identity attacks, threats against the group). */
function groupOnlyHit(text: string, h: Hit): boolean {
  if (lastIdentCount === 0) return false;
  if (h.sub !== 'identity_attack' && h.sub !== 'threat' && h.sub !== 'death_threat' && !(h.sub === 'insult' && h.rule.startsWith('lexicon:'))) return false;
  // The group window spans the report cue itself ("disgusting that you think X should…").
  if (h.rule.startsWith('group:')) return true;
  const from = h.sub === 'insult' ? Math.max(0, h.start - 25) : h.start;
  if (speaksToReader(normalize(text.slice(from, h.end)).tokens)) return false;
  return true;
}

const CONDEMN_NEG_RE = / (?:not|isn t|ain t|wasn t|pas|no|nothing|rien de|never) (?:\w+ )?$/;
/** A non-negated condemnation cue outside every hostile span ("…is racist", "c'est honteux"). */
function condemnedOutside(nz: Normalized, hh: Hit[]): boolean {
  CONDEMN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONDEMN_RE.exec(nz.norm))) {
    const s = tokenMatchStart(m);
    const [os, oe] = toOriginal(nz, s, m.index + m[0].length);
    if (hh.some((h) => os < h.end && oe > h.start)) continue;
    if (!/^ (?:not|never|pas) /.test(m[0]) && CONDEMN_NEG_RE.test(nz.norm.slice(Math.max(0, s - 20), s))) continue;
    return true;
  }
  return false;
}

/**
 * A hit that may be reported speech: an insult or group attack (no threat), with
 * no second-person word between the frame and the hit ("saying that is vile, you idiot" is not).
 */
function reportedHit(text: string, h: Hit, frames: Array<[number, number]>, fEnd: number): boolean {
  // Inside the quotation marks of a condemned frame, or right after "threatening to", even a threat is reported speech.
  if (within(h, frames)) return true;
  if (frames.some(([, e]) => h.start >= e && h.start - e <= 2)) return true;
  if (h.sub !== 'insult' && h.sub !== 'identity_attack') return false;
  const from = Math.max(h.start - 25, fEnd < h.start ? fEnd : h.start);
  if (speaksToReader(normalize(text.slice(from, h.end)).tokens)) return false;
  return true;
}

/** Whether a reply answers someone: a reply to a post (known as one, or with its parent) or one that mentions the user. */
function answersSomeone(input: ClassifierInput): boolean {
  const c = input.context;
  return c?.mentionsUser === true || c?.isReply === true || !!c?.parentText;
}

/** Labels one reply, reading its parent post when it says nothing of its own. */
export function classify(input: ClassifierInput): Classification {
  const own = classifyText(input);
  const parentText = input.context?.parentText;
  if (typeof parentText !== 'string' || parentText.trim() === '' || own.label === 'doxxing') return own;
  const text = typeof input.text === 'string' ? input.text : '';
  const words = ownWords(text);
  // A long reply always has words of its own.
  const echo = text.length > ECHO_MAX_CHARS ? null : echoOf(words);
  // Only a reply without a word of its own, or one telling the parent off, needs the parent read.
  const pushback = echo === null && own.label === 'neutral' && pushesBack(words);
  if (echo === null && !pushback) return own;
  // The parent is read on its own: its own parent is not known here, and a pile-on reply is one.
  const parentIsReply = input.context?.parentIsReply !== false;
  const parent = classifyText({ text: parentText, lang: input.lang, context: { isReply: parentIsReply } });
  const parentHostile = parent.label === 'hostile' || parent.label === 'doxxing';
  if (pushback) return parentHostile ? echoClassification(text, own, 'supportive', 0.6, 'context:pushes_back_on_hostile_parent', ['counter_speech']) : own;
  return echoed(text, own, parent, echo!, parentIsReply);
}
const ECHO_MAX_CHARS = 300;
/** Sub-labels of hostility a reply that agrees with a hostile parent takes from it. */
const HOSTILE_SUB_LABELS = new Set<SubLabel>(['insult', 'identity_attack', 'threat', 'death_threat', 'sexual', 'incitement']);

/** A label read from the parent: the whole reply is the reason (it has no words of its own to point at). */
function echoClassification(text: string, own: Classification, label: Label, p: number, rule: string, subLabels: SubLabel[]): Classification {
  const rest = (1 - p) / 2;
  const scores = { hostile: rest, supportive: rest, neutral: rest, doxxing: own.scores.doxxing };
  scores[label as 'hostile' | 'supportive' | 'neutral'] = p;
  const subs = label === 'neutral' ? [] : subLabels;
  const reasons = subs.map((sub) => ({ ...reason(text, 0, text.length, label, rule), subLabel: sub }));
  return { label, scores, subLabels: subs, reasons, version: own.version };
}

/**
 * A reply that agrees with (or laughs along with) its parent, labelled as the parent: cheering on a
 * hostile reply piles on, cheering a defender defends. Laughter only piles on: under a defender it says
 * nothing sure. Under a neutral post the agreement is neutral, unless the post opens the conversation
 * (the user's own post, where agreeing with them is support the reply's words already say).
 */
function echoed(text: string, own: Classification, parent: Classification, echo: EchoKind, parentIsReply: boolean): Classification {
  if (parent.label === 'hostile' || parent.label === 'doxxing') {
    const subs = parent.subLabels.filter((s) => HOSTILE_SUB_LABELS.has(s));
    return echoClassification(text, own, 'hostile', Math.max(parent.scores.hostile, 0.6), 'context:echoes_hostile_parent', subs.length > 0 ? subs : ['insult']);
  }
  if (echo === 'laughs') return own;
  if (parent.label === 'supportive') return echoClassification(text, own, 'supportive', Math.max(parent.scores.supportive, 0.6), 'context:echoes_supportive_parent', ['support']);
  if (parentIsReply && own.label === 'supportive') return echoClassification(text, own, 'neutral', Math.max(parent.scores.neutral, 0.6), '', []);
  return own;
}

function classifyText(input: ClassifierInput): Classification {
  const text = typeof input.text === 'string' ? input.text : '';
  const reasons: Reason[] = [];
  const subLabels: SubLabel[] = [];

  // Doxxing: personal data found on the raw text.
  let dox = 0;
  const pii = findPii(text);
  for (const h of pii) {
    if (h.conf > dox) dox = h.conf;
  }
  const nz = normalize(text);
  // Doxxing described in words: the scorer speaks only where the rules found no data at all.
  // Where they found some and judged it public (a shop's listing, one's own number), their
  // reading of the context is the better one.
  const described = pii.length === 0 ? modelDoxxing(text, nz) : null;
  if (described) dox = described.p;

  // Learned component (read by the support cues below and by the decision).
  let ph = 1 / 3;
  let ps = 1 / 3;
  let pn = 1 / 3;
  if (W.length > 0 && nz.tokens.length > 0) {
    const f = featurize(nz);
    predict(W, MW, f.feats, f.n, probs);
    ph = probs[0]!;
    ps = probs[1]!;
    pn = probs[2]!;
  }

  // Hostile evidence, then counter-speech that neutralises quoted or condemned terms.
  let hh = hostileHits(nz, text);
  let gameHits = 0;
  if (hh.length > 0) {
    const kept = hh.filter((h) => !gameThreat(text, h));
    gameHits = hh.length - kept.length;
    hh = kept;
  }
  const counter: Array<[number, number]> = [];
  if (gateOpen(COUNTER_BIT)) allMatches(COUNTER_RE, nz, counter);
  // "c'est puni aussi ?": a question about the law asks, it does not condemn.
  if (counter.length > 0 && text.indexOf('?') >= 0) dropLegalQuestions(text, counter);
  const quotes: Array<[number, number]> = [];
  if (hh.length > 0 && /["“”«»‘’'`]/.test(text)) {
    let m: RegExpExecArray | null;
    DOUBLE_QUOTE_RE.lastIndex = 0;
    while ((m = DOUBLE_QUOTE_RE.exec(text))) quotes.push([m.index, m.index + m[0].length]);
    QUOTE_RE.lastIndex = 0;
    while ((m = QUOTE_RE.exec(text))) {
      const a = m.index;
      const b = a + m[0].length - 1;
      // An apostrophe inside a word ("you're", "c'est") opens or closes no quote.
      if (inWordApostrophe(text, a)) {
        QUOTE_RE.lastIndex = a + 1;
        continue;
      }
      if (inWordApostrophe(text, b)) {
        QUOTE_RE.lastIndex = b;
        continue;
      }
      if (!quotes.some(([qa, qb]) => a < qb && b + 1 > qa)) quotes.push([a, b + 1]);
    }
    // A group rule whose window runs from outside a quotation into it ("aucun respect pour
    // ceux qui écrivent "trop de X"") says something of the quoted words, not of the group.
    hh = hh.filter((h) => !(h.rule.startsWith('group:') && quotes.some((q) => straddles(h, q))));
  }
  // Unambiguous support or counter-speech (help lines, "rien ne justifie", "stay strong").
  const clear: Array<[number, number]> = [];
  for (const c of SUPPORT_CLEAR_RES) if (gateOpen(c.bit)) allMatches(c.re, nz, clear);
  // A reply made only of hearts, hugs or raised fists ("💜", "🫂", "♿❤️") is support, as one of only clowns is contempt (1.20).
  if (nz.tokens.length === 0 && !CONTEMPT_EMOJI_RE.test(text) && !MOCK_EMOJI_RE.test(text)) rawMatches(SUPPORT_EMOJI_RE, text, clear);
  let strongCounter = counter.length > 0 && COUNTER_STRONG_RE.test(nz.norm);
  // v1.9: a rebuttal about a group (evidence, "a myth", "comme tout le monde") is
  // counter-speech even without a support word; a quoted claim it rebuts is reported, not said.
  REBUTTAL_TOPIC_RE.lastIndex = 0;
  const aboutGroup = lastIdentCount > 0 || REBUTTAL_TOPIC_RE.test(nz.norm);
  if (aboutGroup) {
    const rebuttal: Array<[number, number]> = [];
    allMatches(REBUTTAL_RE, nz, rebuttal);
    if (rebuttal.length > 0 && hh.length === 0) clear.push(...rebuttal);
    else if (rebuttal.length > 0 && hh.every((h) => within(h, quotes))) {
      counter.push(...rebuttal);
      strongCounter = true;
    }
  }
  // Reported group hate, condemned ("when you said X are scum you showed your ignorance"):
  // only when every hit is about a group, never next to a direct insult or threat.
  if (hh.length > 0 && hh.every((h) => groupOnlyHit(text, h))) {
    const n0 = counter.length;
    allMatches(REPORTED_RE, nz, counter);
    if (counter.length > n0) strongCounter = true;
  }
  // v1.8: someone else's words reported (quoted, "saying that", "tu as écrit que")
  // and condemned elsewhere in the reply ("…is racist", "c'est honteux").
  if (hh.length > 0 && !strongCounter) {
    const frames: Array<[number, number]> = [];
    allMatches(REPORT_FRAME_RE, nz, frames);
    for (const q of quotes) if (hh.some((h) => within(h, [q]))) frames.push(q);
    if (frames.length > 0 && condemnedOutside(nz, hh)) {
      const fEnd = Math.min(...frames.map((f) => f[1]));
      if (hh.every((h) => reportedHit(text, h, frames, fEnd))) {
        for (const f of frames) counter.push(f);
        strongCounter = true;
      }
    }
  }
  // "Saying it is not racist, it's the truth": the frame endorses what it reports.
  if (counter.length > 0 && hh.length > 0 && ENDORSE_RE.test(nz.norm)) {
    counter.length = 0;
    strongCounter = false;
  }
  let hBonus = 0;
  let hMax = 0;
  const hostileReasons: Hit[] = [];
  const counterHits: Hit[] = [];
  for (const h of hh) {
    const quoted = within(h, quotes);
    // A quoted slur under any counter marker, or an unquoted one under an explicit
    // marker, is being condemned, not used ("sale arabe, arrête avec tes hontes" is not).
    const condemnable = quoted || ((h.sub === 'insult' || h.sub === 'identity_attack') && strongCounter);
    if (counter.length > 0 && condemnable) {
      counterHits.push(h);
      continue;
    }
    let b = HOSTILE_BONUS[h.w];
    // A quoted word is weaker evidence, but without any counter-speech cue it is still an insult.
    if (quoted) b = counter.length > 0 || clear.length > 0 ? HOSTILE_BONUS[1] : HOSTILE_BONUS[2];
    if (b > hMax) {
      hBonus += hMax * 0.3;
      hMax = b;
    } else hBonus += b * 0.3;
    hostileReasons.push(h);
  }
  hBonus = Math.min(hMax + hBonus, 6);
  // Two separate medium cues corroborate each other ("boo hoo, you asked for it").
  if (hMax < HOSTILE_BONUS[3] && distinctSpans(hostileReasons.filter((h) => h.w >= 2)) >= 2) hBonus = Math.max(hBonus, HOSTILE_BONUS[3]);
  // Friends teasing each other: the mild insult is not evidence of hostility.
  const banter = isBanter(text, nz, hostileReasons);
  if (banter) hostileReasons.length = 0;
  // Without any hostile cue the model alone must be clearly confident: it was
  // trained on keyword-collected hate tweets and over-reads ordinary prose.
  if (hh.length === 0 || banter) hBonus = MODEL_ONLY_HOSTILE - (banter || gameHits > 0 ? 1 : 0);
  // The model sees "connard" but not the negation before it.
  if (negatedHits > 0 && hostileReasons.length === 0) hBonus -= 3;

  // Supportive evidence.
  const sup: Array<[number, number]> = [];
  if (gateOpen(SUPPORT_BIT)) allMatches(SUPPORT_RE, nz, sup);
  const tags: Array<[number, number]> = [];
  if (text.indexOf('#') >= 0) rawMatches(SUPPORT_HASHTAG_RE, text, tags);
  const emo: Array<[number, number]> = [];
  rawMatches(SUPPORT_EMOJI_RE, text, emo);
  let sBonus = Math.min(sup.length * SUPPORT_HIT, 5) + (tags.length > 0 ? 4 : 0) + Math.min(emo.length * 0.8, 1.6);
  if (counter.length > 0) sBonus += counterHits.length > 0 ? 5 : 3.5;
  // A praise frame the patterns found ("X deserve…") weighs nothing against a near-certain hostile model.
  if (lastGroupPositive && ph < PRAISE_FRAME_VETO_P) sBonus += 5;
  if (clear.length > 0) sBonus += 1.5;
  // Without any supportive cue the model alone must be clearly confident:
  // "great game tonight" is not support.
  if (sBonus === 0) sBonus = -0.8;
  // Support words next to insults ("courage face à ces connards") still read as support,
  // but plain insults must not be washed out by a stray "merci".
  if (hMax >= HOSTILE_BONUS[3] && counter.length === 0) sBonus *= 0.5;
  // Banter is neither hostile nor support: the hearts are part of the joke.
  if (banter) sBonus = Math.min(sBonus, -0.8);

  // An explicit support or counter-speech cue: without one, supportive needs the
  // confident model-alone path below (a generated-data prior is not support).
  const supportCue = sup.length > 0 || tags.length > 0 || emo.length > 0 || counter.length > 0 || clear.length > 0 || lastGroupPositive;
  // Mock praise: "bravo 👏🙄", "wow so brave 🤡", "courage pour ta démission ahah".
  let mock = false;
  if (supportCue && counter.length === 0 && !banter) {
    MOCK_EMOJI_RE.lastIndex = 0;
    const me = MOCK_EMOJI_RE.exec(text);
    if (me) {
      mock = true;
      // Two mocking emoji ("🙄🤡") leave no doubt even without a "you".
      const secondMock = MOCK_EMOJI_RE.test(text.slice(me.index + me[0].length));
      const w: Strength = hostileReasons.length > 0 || hasSecondPerson(nz) || secondMock ? 3 : 2;
      hostileReasons.push({ start: me.index, end: me.index + me[0].length, sub: 'insult', w, rule: 'sarcasm:mock_praise' });
      hBonus = Math.max(hBonus, HOSTILE_BONUS[w]);
    } else if (clear.length === 0 && hasSecondPerson(nz) && MOCK_LAUGH_RE.test(nz.norm)) mock = true;
    if (mock) sBonus = Math.min(sBonus, -0.8);
  }
  // Hostile evidence beats support words, unless the support is counter-speech that
  // condemns the abuse, or solidarity next to insults aimed at third parties
  // ("courage face à ces connards, on est avec toi", 1.14: "stay safe and don't engage
  // with these idiots", where the support word is no unambiguous phrase).
  const hostileWins = hostileReasons.length > 0 && !banter && counter.length === 0 && !((clear.length > 0 || sup.length > 0) && !mock && hostileReasons.every((h) => thirdPartyInsult(text, h)));

  // A very confident model decides alone, if the reply is aimed at someone. (1.9: a
  // negation elsewhere in the reply no longer vetoes it, "t'as pas de cerveau" is no
  // compliment; a negated insult, "t'es pas un connard", is still held back by negatedHits.)
  let modelAlone: 'hostile' | 'supportive' | null = null;
  if (hh.length === 0 && !banter && negatedHits === 0 && gameHits === 0 && counter.length === 0 && clear.length === 0 && sup.length === 0 && !OFFER_RE.test(nz.norm) && modelMayDecideHostile(text, nz, ph, answersSomeone(input))) {
    hBonus = 0;
    modelAlone = 'hostile';
  } else if (hostileReasons.length === 0 && !banter && !mock && negatedHits === 0 && !lastPersonal && !lastBackhanded && sBonus < 0 && !DISAGREE_RE.test(nz.norm) && ps >= (aboutGroup ? GROUP_SUPPORT_P : MODEL_ALONE_SUPPORT_P) && (aboutGroup ? topEvidence(nz, 1) >= GROUP_SUPPORT_EVIDENCE : !isQuestion(text) && topEvidence(nz, 1) >= MODEL_ALONE_SUPPORT_EVIDENCE)) {
    sBonus = 0;
    modelAlone = 'supportive';
  }
  // The model's log-probabilities are floored so an unambiguous rule can
  // always overrule it: the model never saw most slurs, threats or obfuscations.
  let zh = Math.max(Math.log(ph), LOG_FLOOR) + hBonus;
  let zs = Math.max(Math.log(ps), LOG_FLOOR) + sBonus;
  const zn = Math.max(Math.log(pn), LOG_FLOOR) + NEUTRAL_PRIOR;
  // A clear support or counter-speech phrase wins over a confident neutral model
  // unless the reply also carries hostile evidence.
  if ((clear.length > 0 || tags.length > 0) && hostileReasons.length === 0 && !banter && zs < zn + CLEAR_MARGIN) zs = zn + CLEAR_MARGIN;
  // No support cue and no confident model-alone decision: never supportive.
  if (REQUIRE_SUPPORT_CUE && !supportCue && modelAlone !== 'supportive' && zs >= zn) zs = zn - 0.05;
  // Hostile evidence or mock praise: supportive may not win.
  if ((hostileWins || mock) && zs >= Math.max(zh, zn)) zs = Math.max(zh, zn) - 0.05;
  // Banter is neutral whatever the model makes of "toi" and the hearts.
  if (banter && zs > zn - CLEAR_MARGIN) zs = zn - CLEAR_MARGIN;
  if (banter && zh > zn - CLEAR_MARGIN) zh = zn - CLEAR_MARGIN;
  const mz = Math.max(zh, zs, zn);
  const eh = Math.exp(zh - mz);
  const es = Math.exp(zs - mz);
  const en = Math.exp(zn - mz);
  const sum = eh + es + en;
  const scores = { hostile: eh / sum, supportive: es / sum, doxxing: dox, neutral: en / sum };

  let label: Label;
  if (dox >= DOXXING_THRESHOLD) label = 'doxxing';
  else if (scores.hostile >= scores.supportive && scores.hostile >= scores.neutral) label = 'hostile';
  else if (scores.supportive >= scores.neutral) label = 'supportive';
  else label = 'neutral';
  if (label === 'doxxing') {
    // Keep the non-doxxing scores comparable but below the decision.
    const k = 1 - dox;
    scores.hostile *= k;
    scores.supportive *= k;
    scores.neutral *= k;
  }

  if (dox >= DOXXING_THRESHOLD) {
    for (const h of pii) {
      if (h.conf < DOXXING_THRESHOLD) continue;
      reasons.push(reason(text, h.start, h.end, 'doxxing', h.rule, h.sub));
      addSub(subLabels, h.sub);
    }
    if (described) {
      for (const [s, e] of described.spans) reasons.push(reason(text, s, e, 'doxxing', 'model:doxxing', described.sub));
      addSub(subLabels, described.sub);
    }
  }
  if (label === 'hostile' || label === 'doxxing') {
    for (const h of hostileReasons) {
      // Two rules may flag the same span ("send them back"): one reason is enough.
      if (reasons.some((r) => r.start === h.start && r.end === h.end && r.label === 'hostile' && r.subLabel === h.sub)) continue;
      reasons.push(reason(text, h.start, h.end, 'hostile', h.rule, h.sub));
      addSub(subLabels, h.sub);
    }
    if (label === 'hostile' && hostileReasons.length === 0) modelReasons(text, nz, 0, 'hostile', reasons);
    if (label === 'hostile' && subLabels.length === 0) subLabels.push(modelAlone === 'hostile' && lastIdentCount > 0 ? 'identity_attack' : 'insult');
  }
  if (label === 'supportive') {
    for (const [s, e] of counter) reasons.push(reason(text, s, e, 'supportive', 'lexicon:counter_speech', 'counter_speech'));
    // Several rules may flag the same quoted words: one reason per span.
    for (const h of counterHits) if (!reasons.some((r) => r.start === h.start && r.end === h.end)) reasons.push(reason(text, h.start, h.end, 'supportive', 'counter_speech:quoted', 'counter_speech'));
    for (const [s, e] of sup) reasons.push(reason(text, s, e, 'supportive', 'lexicon:support', 'support'));
    for (const [s, e] of clear) if (!sup.some(([a, b]) => a === s && b === e)) reasons.push(reason(text, s, e, 'supportive', 'lexicon:support_clear', 'support'));
    for (const [s, e] of tags) reasons.push(reason(text, s, e, 'supportive', 'hashtag:support', 'support'));
    for (const [s, e] of emo) reasons.push(reason(text, s, e, 'supportive', 'emoji:support', 'support'));
    if (reasons.length === 0) modelReasons(text, nz, 1, 'supportive', reasons);
    addSub(subLabels, counter.length > 0 ? 'counter_speech' : 'support');
  }
  reasons.sort((a, b) => a.start - b.start || b.end - a.end);
  return { label, scores, subLabels, reasons, version: CLASSIFIER_VERSION };
}

/**
 * The model's hostile probability once the group nouns' own features are left
 * out: the keyword-collected tweet corpora gave "immigrants" alone the weight of
 * an insult, so what matters is what the rest of the reply says about them.
 */
function hostileWithoutGroupWords(nz: Normalized): number {
  const f = featurize(nz);
  if (keptFeats.length < f.n) keptFeats = new Int32Array(f.n * 2);
  let n = 0;
  for (let i = 0; i < nz.tokens.length; i++) {
    if (f.group[i] === 1) continue;
    for (let k = f.tokStart[i]!; k < f.tokStart[i + 1]!; k++) keptFeats[n++] = f.feats[k]!;
  }
  predict(W, MW, keptFeats, n, groupFreeProbs);
  return groupFreeProbs[0]!;
}
let keptFeats = new Int32Array(256);
const groupFreeProbs = new Float64Array(3);

/** Per token, the logit (class `cls` over neutral) it adds; function words count 0. */
function tokenEvidence(nz: Normalized, cls: number): number[] {
  const f = featurize(nz);
  const out: number[] = [];
  for (let i = 0; i < nz.tokens.length; i++) {
    let v = 0;
    if (!FUNCTION_WORDS.has(nz.tokens[i]!)) {
      for (let k = f.tokStart[i]!; k < f.tokStart[i + 1]!; k++) {
        const o = f.feats[k]! * 3;
        v += W[o + cls]! - W[o + 2]!;
      }
    }
    out.push(v);
  }
  return out;
}

/** Explains a model-driven decision by the tokens that pushed it most. */
function modelReasons(text: string, nz: Normalized, cls: number, label: Label, out: Reason[]): void {
  if (W.length === 0) return;
  let best = -1;
  let bestV = 0;
  let second = -1;
  let secondV = 0;
  for (const [i, v] of tokenEvidence(nz, cls).entries()) {
    if (v > bestV) {
      second = best;
      secondV = bestV;
      best = i;
      bestV = v;
    } else if (v > secondV) {
      second = i;
      secondV = v;
    }
  }
  for (const i of [best, second]) {
    if (i < 0) continue;
    out.push(reason(text, nz.tokStart[i]!, nz.tokEnd[i]!, label, `model:${label}`));
  }
}

/** The largest logit (class `cls` over neutral) that one content word adds. */
function topEvidence(nz: Normalized, cls: number): number {
  return topTwoEvidence(nz, cls)[0];
}

/** The two largest logits (class `cls` over neutral) that content words add, largest first. */
function topTwoEvidence(nz: Normalized, cls: number): [number, number] {
  if (W.length === 0) return [0, 0];
  const ev = tokenEvidence(nz, cls);
  const group = featurize(nz).group;
  let best = 0;
  let second = 0;
  for (let i = 0; i < ev.length; i++) {
    // Group nouns, topic words and false friends are never evidence on their own: the
    // tweet corpora collected by group keyword taught the model that "femmes" or
    // "migrants" lean hostile, and both hate and counter-speech talk of "crime".
    const t = nz.tokens[i]!;
    if (group[i] === 1 || EVERYDAY_FALSE_FRIENDS.has(t) || TOPIC_WORDS.has(t)) continue;
    // A mild insult that judges a thing ("a dumb guess") is no evidence against a person, for the model either (1.21).
    const word = WORD_MAP.get(t);
    if (word !== undefined && word.sub === 'insult' && word.w <= 2 && judgesAThing(nz.tokens, i)) continue;
    const v = ev[i]!;
    if (v > best) {
      second = best;
      best = v;
    } else if (v > second) second = v;
  }
  return [best * MW.scale, second * MW.scale];
}

/** The doxxing spans of a classification: what a redacted export must mask (exact UTF-16 offsets). */
export function doxxingSpans(c: Classification): Reason[] {
  return c.reasons.filter((r) => r.label === 'doxxing');
}

/** Finds the personal-data spans of a text directly, whatever its overall label. */
export function findDoxxingSpans(text: string): Array<{ start: number; end: number; subLabel: SubLabel }> {
  const spans = findPii(text)
    .filter((h) => h.conf >= DOXXING_THRESHOLD)
    .map((h) => ({ start: h.start, end: h.end, subLabel: h.sub }));
  if (spans.length > 0) return spans;
  const described = modelDoxxing(text, normalize(text));
  return described ? described.spans.map(([start, end]) => ({ start, end, subLabel: described.sub })) : [];
}

/** Sets the model-alone thresholds (threshold sweeps in scripts/eval.ts only; `null` restores the shipped ones). */
export function useModelAloneThresholdsForEvaluation(t: { hostile: number; supportive: number; evidence?: number } | null): void {
  MODEL_ALONE_HOSTILE_P = t ? t.hostile : SHIPPED_ALONE.hostile;
  MODEL_ALONE_SUPPORT_P = t ? t.supportive : SHIPPED_ALONE.supportive;
  MODEL_ALONE_EVIDENCE = t?.evidence ?? SHIPPED_ALONE.evidence;
  // A sweep of the targeted bar never lets an untargeted reply through below its own bar.
  MODEL_ALONE_UNTARGETED_P = t ? Math.max(t.hostile, SHIPPED_ALONE.untargeted) : SHIPPED_ALONE.untargeted;
}
const SHIPPED_ALONE = { hostile: MODEL_ALONE_HOSTILE_P, supportive: MODEL_ALONE_SUPPORT_P, evidence: MODEL_ALONE_EVIDENCE, untargeted: MODEL_ALONE_UNTARGETED_P };

/** Swaps the learned weights (cross-dataset evaluation only; `null` restores the shipped ones). */
export function useWeightsForEvaluation(mw: ModelWeights | null): void {
  MW = mw ?? WEIGHTS;
  W = MW.w ? decodeWeights(MW) : new Int8Array(0);
}

// V8 optimises only the regexps it compiles before the isolate holds 16 MB of code (see
// compileFirst): those asked of most replies are compiled at load, for text as written in both
// of V8's string representations, then the others for one-byte text only (two-byte replies, with
// emoji or curly quotes, compile theirs when they come). All of it comes to about 14 MB with the
// classifier's own code; the order keeps the hottest in if the lists grow.
/** The regexps asked of most replies, compiled first for both string kinds. */
export const EVERY_REPLY_REGEXPS: RegExp[] = [
  ...DOXXING_GATES,
  ...SUPPORT_CLEAR_RES.map((c) => c.re),
  ...PHRASE_RES.map((p) => p.re),
  IDENT_RE,
  SUPPORT_RE,
  NEG_PRED_RE,
  COUNTER_RE,
  QUOTE_RE,
  REBUTTAL_TOPIC_RE,
  ...DOXXING_ANCHOR_REGEXPS,
  SHAPE_RE,
  SUPPORT_EMOJI_RE,
  AFFECTION_EMOJI_RE,
];
/** The classifier's other regexps, compiled next for one-byte text. */
export const OTHER_REGEXPS: RegExp[] = [
  ...DOXXING_RULES,
  ...CLAUSE_REGEXPS,
  ...DOXXING_MODEL_REGEXPS,
  ...THREAD_REGEXPS,
  REPORT_FRAME_RE,
  POS_PRED_RE,
  TARGETED_RE,
  REBUTTAL_RE,
  REPORTED_RE,
  CONDEMN_RE,
  COUNTER_STRONG_RE,
  AFFECTION_RE,
  MOCK_LAUGH_RE,
  ...GRAMMAR.map((g) => g.re),
  DISAGREE_RE,
  OFFER_RE,
  ENDORSE_RE,
  WISHED_WELL_RE,
  DOUBLE_QUOTE_RE,
  FUSED_RE,
  NEGATION_RE,
  NEGATOR_RE,
  COUNTER_CUE_RE,
  GAME_WORD_RE,
  GAME_RE,
  SUPPORT_HASHTAG_RE,
  WHOLE_REPLY_MOCKERY_RE,
  CONTEMPT_EMOJI_RE,
  HATE_HASHTAG_RE,
];
compileFirst(EVERY_REPLY_REGEXPS);
compileFirst(OTHER_REGEXPS, { twoByte: false });
