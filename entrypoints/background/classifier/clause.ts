/**
 * Clause-level group derogation (v1.6): a protected group and, in the same
 * clause (no sentence break, a few tokens apart), a predicate of contempt,
 * disgust, dehumanisation, inferiority, exclusion or harm. Complements the
 * wider group window of index.ts with predicates too common to be trusted
 * 90 characters away from a group ("normal", "a pain", "in the kitchen").
 *
 * Runs only when the reply names a group and one of the gate tokens occurs.
 */
import type { SubLabel } from '../../../storage/schema';
import { IDENT_EN, IDENT_FR, TARGETED_EN, TARGETED_FR } from './groups';
import { squeezePattern, toOriginal, type Normalized } from './normalize';
import { tokenMatchStart, tokenPattern } from './alternation';

const DET = '(?:(?:all|any|every|the next|le prochain|la prochaine|les prochains|chaque|those|these|the|a|an|some|les|des|ces|tous les|toutes les|aux|une|un|cette|ce|la|le|l) )?';
const GRP = `${DET}(?:${IDENT_EN}|${IDENT_FR}|${TARGETED_EN}|${TARGETED_FR})`;
/** Up to n filler tokens. */
const gap = (n: number): string => `(?:\\w+ ){0,${n}}`;

// Predicates after the group (subject position). Negations inside are part of the predicate.
const PRED_EN =
  '(?:are not|aren t|is not|isn t) (?:real )?(?:human beings|humans)|(?:are not|aren t|is not|isn t) worthy of (?:life|living)|(?:is|are) not worth (?:protecting|saving|anything)|(?:is|are) worth nothing|incapable of|(?:aren t|are not) (?:made|meant|built) (?:to|for) (?:lead|think|rule|work|vote)|(?:shouldn t|should not) (?:have the right to|be allowed to) (?:vote|work|lead|speak|exist|marry)|in power (?:what a|is a) (?:joke|disaster)|a waste of (?:space|oxygen|air|money)|only (?:know how to )?(?:steal|lie|cheat|complain|whine|breed)|nothing but (?:thieves|liars|leeches|freeloaders)|freeloaders|spongers|vile|filthy|scum|parasites|a plague|a disease|a cancer|a virus|worthless|subhuman|inferior|dangerous|criminals|thugs|lazy|so predictable|predictable|a pain|such a pain|a nuisance|a menace|a burden|a problem|the problem|trouble|nothing but (?:trouble|problems|a burden|a drain)|' +
  'don t belong|do not belong|should (?:all )?(?:leave|go back|get out|be banned|be sent back)|need to (?:leave|go back|be put in their place)|can t be trusted|cannot be trusted|are ruining|are destroying|are a threat|a threat|make me sick|make me want to (?:puke|vomit)|disgust me|repulse me|sicken me|' +
  '(?:will|would) never be (?:normal|equal|human|real|good|accepted)|never be (?:normal|equal|human)|not normal|abnormal|unnatural|not real (?:women|men|people|humans)|not (?:fully )?human|not people|(?:aren t|are not|isn t|is not) (?:fit|capable|smart|intelligent|good) (?:to|enough|at|as)|(?:aren t|are not) as (?:smart|good|capable|intelligent)|' +
  'can never be (?:a )?(?:good|real|proper|decent)|will never be (?:a )?(?:good|real|proper|decent)|(?:lives|life) (?:don t|do not|doesn t|does not) matter|(?:lives|life) (?:are|is) worthless|place is in the (?:kitchen|home)|belong in the kitchen|' +
  // 1.19: measures against a group stated as policy ("Roma migrants should be required to register with the police").
  '(?:should|must|ought to|need to|needs to)(?: all)?(?: be)? (?:required to (?:register|report|disclose|carry|wear|undergo|sign)|registered (?:with (?:the |local )?police|on a (?:list|register|database))|tracked|monitored|surveilled|fingerprinted|barred from|banned from|excluded from|kept out of|segregated|detained|interned|stripped of)|be required to (?:register|report to|disclose|carry|wear)|(?:shouldn t|should not) be (?:allowed|permitted) (?:to )?(?:teach|adopt|foster|enter|serve|own|rent|buy)|' +
  '(?:would|will|should|were|are) (?:all )?(?:be )?(?:better off )?dead|(?:would|will|should) (?:all )?be (?:executed|killed|shot|hanged|gassed|exterminated|eliminated|wiped out|put down|locked up|deported)|should be wiped off|deserve to (?:die|suffer|be killed)|(?:need|needs) to be (?:put down|eliminated|exterminated|eradicated|euthanised|euthanized|sterilised|sterilized|removed)|should (?:all )?be (?:euthanised|euthanized|eradicated|sterilised|sterilized|lynched|tortured|beaten|burned|burnt)|(?:not|never) worth (?:anything|a thing|it)|worth nothing|(?:will|would) never be (?:a )?part of|never be (?:a )?part of|must be stopped|(?:sent|put|locked|rounded up) (?:to|in|into) (?:camps|cages|concentration camps|gas chambers)';
const PRED_FR =
  '(?:ne sont pas|sont pas|n est pas) (?:des |un |une )?(?:etres? humains?|dign(?:e|es|s)? de vivre)|ne (?:vaut|valent) rien|ne (?:vaut|valent) pas la peine d etre \\w+|ne devraient compter pour personne|incapables? de|chiant(?:e|s|es)|(?:ne sont pas|sont pas) (?:faits|faites) pour (?:diriger|commander|gouverner|penser|reflechir|travailler|voter)|(?:ne devraient pas|devraient pas) avoir le droit de|au pouvoir (?:quelle|c est une|c est la) (?:blague|catastrophe|honte)|ne (?:font|savent) que (?:voler|profiter|mentir|se plaindre|pleurer|tricher|frauder|casser|detruire)|(?:la |des )?racailles?|des profiteurs|des assistes|un poids|une charge|des menteu(?:rs|ses)|des tricheu(?:rs|ses)|degoutantes?|repugnant\\w*|immondes|ignobles|une plaie|un fleau|des parasites|des sous hommes|inferieur\\w*|dangereu\\w+|des criminels|des delinquants|des voyous|faineants|paresseux|feignasses|une calamite|un probleme|le probleme|des problemes|une honte|une menace|un danger|un cancer|une maladie|une peste|' +
  'n ont rien a faire (?:ici|en france|chez nous)|doivent (?:partir|degager|rentrer chez eux|quitter)|devraient (?:partir|degager|rentrer chez eux|quitter)|ne sont pas (?:les )?bienvenu\\w*|detruisent|ruinent|pourrissent|envahissent|me degoutent|me font vomir|me debectent|m insupportent|me donnent envie de vomir|me rendent malade|' +
  'pas normaux|pas normales|anormaux|anormales|contre nature|pas des vrai\\w*|pas humains|pas humaines|pas des humains|ne (?:peut|peuvent|pourra|pourront|seront|sera) (?:jamais |pas )?(?:etre )?(?:des |un |une |de )?(?:bons?|bonnes?|vrais?|vraies?|normaux|normales|egaux|egales|competent\\w*|capables?)|(?:jamais|pas) capables? de|' +
  '(?:devraient|doivent|faudrait qu ils soient)(?: tous| toutes)? (?:etre )?(?:fiches|fichees|recenses|recensees|surveilles|surveillees|pistes|pistees|parques|parquees|exclus d\\w*|exclues d\\w*|interdits d\\w*|interdites d\\w*|bannis d\\w*|bannies d\\w*)|(?:ne devraient pas|devraient pas) (?:pouvoir|avoir le droit d) (?:enseigner|adopter|entrer)|' +
  'a la cuisine|aux fourneaux|(?:seraient|devraient etre|doivent etre|meritent d etre|faudrait qu ils soient) (?:tous |toutes )?(?:morts?|mortes|tues|executes|elimines|extermines|enfermes|pendus|fusilles|abattus|deportes)|(?:vies|vie) (?:ne comptent pas|ne valent rien|ne compte pas|ne vaut rien)|(?:devraient|doivent|meritent d|meriteraient d) (?:tous |toutes )?(?:etre )?(?:violees?|violes|battues?|battus|frappees?|frappes|tabassees?|tabasses|brulees?|brules|pendus|pendues|abattues?|abattus|tuees?|tues|enfermees?|enfermes|gazees?|gazes|sterilisees?|sterilises|euthanasiees?|euthanasies)|dans des camps|en camps';

// Subject-first: the speaker's contempt or exclusion aimed at the group.
const LEAD_EN =
  '(?:i|we|i m|i am|i d|we d)(?: \\w+){0,2} (?:contempt for|disdain for|hatred for|disgust for|nothing but (?:contempt|hatred|disgust|disdain) for|can t stomach|cannot stomach|can t tolerate|cannot tolerate|can t bear|won t tolerate|don t respect|do not respect|will never respect|ll never (?:respect|hire|trust|date|accept|rent to)|never respect|won t (?:hire|rent to|serve)|don t want|do not want|would never (?:trust|hire|date|marry|rent to|vote for)|will never (?:trust|hire|date|marry|rent to|vote for)|rather die than (?:date|marry|be|work with|live next to)|want nothing to do with|sick of|tired of|fed up with|despise|loathe|detest|abhor|can t stand|cannot stand|don t like|do not like|dislike|would never want|will never want|never want|ll never be friends with|will never be friends with|would never be friends with|have no respect for|have zero respect for)';
const LEAD_FR =
  '(?:je|j|on|nous)(?: \\w+){0,2} (?:meprise|meprisons|deteste|detestons|hais|haissons|supporte pas|supporte plus|respecte pas|respecte plus|respecterai jamais|peux pas (?:voir|supporter|sentir|blairer|encadrer)|peux plus (?:voir|supporter|sentir|blairer)|veux pas de|veux plus de|veux pas voir|ferai jamais confiance (?:a|aux)|embaucherai jamais|sortirai jamais avec|epouserai jamais|prefere mourir que|prefererais mourir que|ai que du mepris pour|ai du mepris pour|ai de la haine pour|vomis|en ai marre des|en ai assez des|en ai rien a (?:foutre|faire|cirer) des|laisserais jamais|laisserai jamais|aime pas|aime plus|ai aucun respect pour|ai pas de respect pour|serai jamais ami avec|serai jamais amie avec)';

// Threats against a group (direct and normative).
const THREAT_EN =
  '(?:i|we|someone|somebody|people)(?: ll| will| m| am| re| are| wanna| want to| gonna| going to| should| must| need to| d| would| can t wait to| plan to)+(?: just| finally| gladly| personally)? (?:hurt|beat up|beat|kill|murder|shoot|stab|punch|attack|hunt down|hunt|burn|lynch|hang|bash|torture|slaughter|exterminate|eliminate|gas|wipe out|get rid of|blow up|run over|slit|torch|drown|strangle|behead|poison|set fire to|firebomb|bomb|rape|choke|cut|butcher|make sure (?:every|all|each)|put a bullet in) ' +
  `(?:\\w+ ){0,5}${GRP}|(?:i|we)(?: ll| will| m| am| re| are| wanna| want to| gonna| going to| d| would)+ make (?:\\w+ ){0,2}${GRP} (?:pay|suffer|bleed|regret)|(?:if it (?:was|were) up to me|in my ideal world)(?: \\w+){0,3} ${GRP} (?:would|will) (?:all )?(?:be )?(?:dead|gone|killed|executed|deported|locked up|exterminated)|(?:it s time to|let s|we need to|we must|we should) (?:kill|shoot|hang|burn|exterminate|eliminate|get rid of|wipe out|deport|beat up) (?:\\w+ ){0,2}${GRP}`;
const THREAT_FR =
  '(?:je|j|on|nous|il)(?: vais| va| allons| veux| voudrais| devrait| devrions| devrais| faudrait| faut| doit| devons| aimerais| rêve de)+(?: tous| toutes)? (?:(?:les|leur) )?(?:tuer|buter|frapper|tabasser|eliminer|exterminer|abattre|bruler|pendre|egorger|massacrer|flinguer|cogner|agresser|gazer|fusiller|lyncher|eradiquer|casser la gueule a|faire la peau a|faire payer|planter|poignarder|violer|noyer|tirer sur|taper) ' +
  `(?:\\w+ ){0,2}${GRP}|(?:je|j|on|nous)(?: veux| voudrais| aimerais| reve de)+ voir (?:tous |toutes )?${GRP} (?:pendus|pendues|morts|mortes|brules|brulees|souffrir|crever|mourir|bruler)|(?:faut|faudrait|devrait|devrions|doit|va|vais) (?:tous |toutes )?mettre ${GRP} (?:dans des camps|en camps|en cage|dans des cages|au four)|(?:il faudrait|il faut|faudrait|faut|on devrait|on doit|on va) (?:tous |toutes )?les (?:tuer|buter|eliminer|exterminer|abattre|bruler|pendre|egorger|massacrer|gazer|fusiller|eradiquer|deporter|expulser)`;

// Positive predicates that, negated, still praise nothing: "X are not terrorists" is a defence of the group.
const DEFENCE =
  '(?:are not|aren t|ne sont pas|sont pas) (?:all )?(?:des |tous des )?(?:terrorists|criminals|rapists|the enemy|a threat|dangerous|terroristes|criminels|violeurs|l ennemi|une menace|dangereux|des voleurs|thieves)';

// Group statements that praise: "immigrants make our country stronger", "trans lives matter".
const PRAISE_AFTER =
  `(?:(?:\\w+ ){0,2}(?:make|makes) (?:our|this|the) (?:\\w+ )?(?:stronger|better|richer)|(?:lives|rights) (?:matter|are human rights)|deserve (?:the same|equal|respect|dignity|rights|better)|(?:are|re) (?:my|our) (?:friends|neighbours|neighbors|family|colleagues|brothers|sisters)|enrichissent|rendent (?:notre|ce|la) \\w+ (?:plus )?(?:fort|forte|riche|meilleur|meilleure)|meritent (?:le respect|les memes|l egalite|la dignite)|sont (?:nos|mes) (?:amis|amies|voisins|voisines|freres|soeurs|collegues))`;
const PRAISE_BEFORE = `(?:we need|need) more ${GRP}|(?:proud to be|fier d etre|fiere d etre|fiers d etre) (?:a |an |un |une )?(?:${IDENT_EN}|${IDENT_FR})`;

interface ClauseRule {
  /** Tried in order until one gives a hit: a rule whose source would pass 20 KB is split, since V8 never optimises such a regexp. */
  res: RegExp[];
  sub: SubLabel;
  /** The match may span a sentence break (pronoun reference to an earlier group). */
  crossSentence?: boolean;
  name: string;
}

const mk = (src: string): RegExp => tokenPattern(squeezePattern(src));
const RULES: ClauseRule[] = [
  { res: [mk(`(?:${LEAD_EN}|${LEAD_FR}) (?:\\w+ ){0,2}${GRP}`)], sub: 'identity_attack', name: 'clause:contempt' },
  // One regexp per language: together their source passed 20 KB.
  { res: [mk(THREAT_EN), mk(THREAT_FR)], sub: 'threat', name: 'clause:group_threat' },
  // Negated praise with a determiner: "no woman can ever be a good leader", "aucune femme ne sera jamais…".
  { res: [mk(`(?:no|not a single|not one) (?:${IDENT_EN}) (?:can|will|could|is|should|would|deserves?)(?: ever)?(?: be)? (?:a |an )?(?:good|welcome|trusted|smart|capable|real|normal|equal|decent|competent|qualified|respected|fit)|(?:aucun|aucune|pas un|pas une) (?:${IDENT_FR}) (?:ne|n) (?:sera|peut|pourra|merite|est)(?: jamais| vraiment)? (?:etre )?(?:un |une )?(?:bon|bonne|bons|bonnes|vrai|vraie|capable|competent\\w*|bienvenu\\w*|normal\\w*|digne\\w*)|(?:nothing|there s nothing|there is nothing) (?:good|nice|positive|redeeming|decent|admirable) about ${GRP}|rien de (?:bon|bien|positif) (?:chez|dans|avec) ${GRP}|(?:nothing|no one|nobody|rien|personne) (?:is |n est |de )?(?:worse|lower|more disgusting|pire|plus degoutant|plus bas) (?:than|qu|que) ${GRP}`)], sub: 'identity_attack', name: 'clause:negated_praise' },
  // Pronoun reference: "I met some immigrants. They are vermin." (group checked earlier in the reply by the caller).
  { res: [mk(`(?:they|they re|they are|ils|elles|ils sont|elles sont|ce sont|c est|eux) (?:\\w+ ){0,2}(?:${PRED_EN}|${PRED_FR})`)], sub: 'identity_attack', crossSentence: true, name: 'clause:pronoun_predicate' },
];
/** Sticky patterns run right after each group mention (no scan of the whole reply). */
const after = (src: string): RegExp => new RegExp('(?:' + squeezePattern(src) + ')(?= )', 'y');
const PRED_AFTER_RE = after(`(?<mid>(?:\\w+ ){0,6}?)(?:${PRED_EN}|${PRED_FR})`);
const DEFENCE_AFTER_RE = after(`${gap(1)}${DEFENCE}`);
const PRAISE_AFTER_RE = after(PRAISE_AFTER);
const PRAISE_BEFORE_RE = mk(PRAISE_BEFORE);
const PRAISE_GATE = new Set(['more', 'proud', 'fier', 'fiere', 'fiers']);
/** A group inside a personal frame ("the women in my family", "les femmes de ma vie") is no statement about the group. */
const PERSONAL_AFTER_RE = after(`(?:in|of|from) (?:my|our) (?:family|life|lives|team|office|class|house|friends|street)|(?:de|dans) (?:ma|mon|mes|notre|nos)`);

/** Tokens of which one must occur before any clause rule runs (cheap prefilter). */
const GATE = new Set(
  squeezePattern(
    'required registered tracked monitored surveilled fingerprinted barred excluded kept segregated detained interned stripped permitted fiches fichees recenses recensees surveilles surveillees pistes pistees parques parquees exclus exclues interdits interdites bannis bannies enseigner adopter ' +
      'disgusting vile filthy scum parasites plague disease cancer virus worthless subhuman inferior dangerous criminals thugs lazy predictable pain nuisance menace burden problem trouble belong leave back banned trusted ruining destroying threat sick puke vomit disgust repulse sicken never normal abnormal unnatural real human people fit capable smart intelligent good matter kitchen home dead executed killed shot hanged gassed exterminated eliminated wiped put locked deported deserve ' +
      'chiant chiante chiants chiantes faits faites droit pouvoir power allowed made meant built foutre cirer laisserais laisserai tirer taper incapable incapables font savent racaille racailles profiteurs assistes poids charge menteurs menteuses tricheurs tricheuses waste only freeloaders spongers no single one nobody bullet stopped camps cages chambers violees violes battues battus frappees frappes tabassees tabasses brulees brules pendues abattues tuees enfermees gazees gazes sterilisees sterilises euthanasiees euthanasies planter poignarder violer noyer mettre voir like dislike friends respect worth part euthanised euthanized eradicated sterilised sterilized lynched tortured beaten burned burnt removed blow run slit torch drown strangle behead poison fire firebomb bomb rape choke cut butcher aime ami amie good nice positive redeeming decent admirable bon positif worse lower respect respecte respecterai aucun aucune personne pire contempt disdain hatred stomach tolerate bear want trust hire date marry rent vote rather nothing tired fed despise loathe detest abhor stand hurt beat kill murder shoot stab punch attack hunt burn lynch hang bash torture slaughter exterminate eliminate gas wipe rid make sure up world time ' +
      'degoutant degoutants degoutante degoutantes repugnant repugnants repugnante repugnantes immondes ignobles plaie fleau sous hommes inferieur inferieurs inferieure inferieures dangereux dangereuse dangereuses criminels delinquants voyous faineants paresseux feignasses calamite probleme problemes honte menace danger maladie peste rien partir degager rentrer quitter bienvenus bienvenues bienvenu detruisent ruinent pourrissent envahissent degoutent vomir debectent insupportent malade normaux normales anormaux anormales nature vrai vrais vraie vraies humains humaines peut peuvent pourra pourront seront sera capable capables cuisine fourneaux morts mortes tues executes elimines extermines enfermes pendus fusilles abattus deportes comptent valent vaut ' +
      'meprise meprisons deteste detestons hais haissons supporte voir sentir blairer encadrer veux ferai embaucherai sortirai epouserai prefere prefererais mepris haine vomis marre assez tuer buter frapper tabasser eliminer exterminer abattre bruler pendre egorger massacrer flinguer cogner agresser gazer fusiller lyncher eradiquer casser peau payer deporter expulser',
  ).split(' '),
);

const NEG_BETWEEN_RE = / (?:not|never|no|n t|aren t|isn t|pas|jamais|aucun|aucune|ni|non) /;
const BREAK_RE = /[.!?;\n]/;

/**
 * Adds clause-level group derogation and threat hits for a reply that names a
 * group (`ids`: normalised spans of the group mentions). Returns 'personal'
 * when a group sits in a personal frame, 'praise' for a clear positive group
 * statement or defence ("muslims are not terrorists"), else null.
 */
export function clauseHits(text: string, nz: Normalized, ids: Array<[number, number]>, out: Array<{ start: number; end: number; sub: SubLabel; w: 1 | 2 | 3; rule: string }>, negatedBefore: (normPos: number) => boolean): 'praise' | 'personal' | null {
  const s = nz.norm;
  let frame: 'praise' | 'personal' | null = null;
  let predDone = false;
  for (const [is, ie] of ids) {
    const at = ie + 1;
    if (at >= s.length) continue;
    PERSONAL_AFTER_RE.lastIndex = at;
    if (PERSONAL_AFTER_RE.test(s)) frame = 'personal';
    if (frame === null) {
      DEFENCE_AFTER_RE.lastIndex = at;
      PRAISE_AFTER_RE.lastIndex = at;
      if (DEFENCE_AFTER_RE.test(s) || PRAISE_AFTER_RE.test(s)) frame = 'praise';
    }
    if (predDone) continue;
    PRED_AFTER_RE.lastIndex = at;
    const m = PRED_AFTER_RE.exec(s);
    if (!m) continue;
    const b = at + m[0].length;
    const [os, oe] = toOriginal(nz, is, b);
    if (BREAK_RE.test(text.slice(os, oe).replace(/\.(?=\w)/g, ''))) continue;
    if (negatedBefore(is - 1)) continue;
    // "muslims are not dangerous": a negation outside the predicate cancels it.
    const mid = m.groups?.mid;
    if (mid && NEG_BETWEEN_RE.test(' ' + mid)) continue;
    out.push({ start: os, end: oe, sub: 'identity_attack', w: 3, rule: 'clause:group_predicate' });
    predDone = true;
  }
  let open = false;
  let praiseGate = false;
  for (const t of nz.tokens) {
    if (GATE.has(t)) open = true;
    if (PRAISE_GATE.has(t)) praiseGate = true;
  }
  if (frame === null && praiseGate) {
    PRAISE_BEFORE_RE.lastIndex = 0;
    if (PRAISE_BEFORE_RE.test(s)) frame = 'praise';
  }
  if (!open) return frame;
  // One hit per rule: the first match that stands, from the first of its regexps that has one.
  rules: for (const r of RULES) {
    for (const re of r.res) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const a = tokenMatchStart(m);
        const b = m.index + m[0].length;
        const [os, oe] = toOriginal(nz, a, b);
        if (r.crossSentence) {
          // The group must be named before the pronoun, in an earlier clause.
          if (!ids.some(([, e]) => e <= a)) continue;
          if (BREAK_RE.test(text.slice(os, oe))) continue;
        } else if (BREAK_RE.test(text.slice(os, oe).replace(/\.(?=\w)/g, ''))) continue;
        if (r.sub === 'identity_attack' && negatedBefore(a - 1)) continue;
        out.push({ start: os, end: oe, sub: r.sub, w: 3, rule: r.name });
        continue rules;
      }
    }
  }
  return frame;
}

/** The clause rules' regexps, for compileFirst. */
export const CLAUSE_REGEXPS: RegExp[] = [...RULES.flatMap((r) => r.res), PRED_AFTER_RE, PERSONAL_AFTER_RE, DEFENCE_AFTER_RE, PRAISE_AFTER_RE, PRAISE_BEFORE_RE];
