/**
 * Counter-speech the way NGOs and bystanders write it: calm replies that rebut a
 * claim about a group with facts, refuse generalisation, humanise, ask for
 * sources or recall the law, mostly without any "support" word. Also the
 * hateful claims they answer (hostile), so the model learns the framing
 * ("aucune preuve que X…" vs "X…, c'est prouvé") rather than the group noun.
 * Written by us; deterministic for a given seed.
 */
import type { Example } from './classifier-data';
import { pick, rng } from './classifier-gen';

type R = () => number;

/** One target group: how to name it, what haters claim (with its negation), what rebuts it. */
interface Topic {
  grp: string[];
  all: string[];
  claims: Array<[claim: string, negated: string]>;
  facts: string[];
  human: string[];
}

const TOPICS_FR: Topic[] = [
  {
    grp: ['les migrants', 'les immigrés', 'les réfugiés', 'les étrangers', 'les demandeurs d\'asile', 'les sans-papiers', 'les exilés'],
    all: ['tous les migrants', 'tous les étrangers', 'tous les réfugiés', 'une population entière'],
    claims: [
      ['augmentent la criminalité', "n'augmentent pas la criminalité"],
      ['volent le travail des Français', 'ne volent le travail de personne'],
      ['vivent des aides sociales', 'ne vivent pas des aides sociales'],
      ["refusent de s'intégrer", "ne refusent pas de s'intégrer"],
      ['envahissent la France', "n'envahissent pas la France"],
      ['coûtent une fortune au pays', 'ne coûtent pas une fortune au pays'],
      ['sont tous des délinquants', 'ne sont pas des délinquants'],
      ['apportent les maladies', "n'apportent pas de maladies"],
    ],
    facts: [
      'la plupart travaillent et paient des impôts comme tout le monde',
      "ils rapportent à peu près autant aux finances publiques qu'ils ne coûtent",
      "le lien entre immigration et délinquance disparaît quand on tient compte de l'âge et des conditions sociales",
      "les demandeurs d'asile n'ont souvent même pas le droit de travailler",
      'la France accueille moins de réfugiés que plusieurs de ses voisins',
      'beaucoup occupent des métiers essentiels : soignants, aides à domicile, agents d\'entretien, livreurs',
      "la part d'immigrés dans la population est stable depuis des années",
      "un tiers des médecins de certains hôpitaux sont nés à l'étranger",
    ],
    human: ['ont fui la guerre et la misère', 'cherchent simplement à vivre en sécurité', 'sont des hommes, des femmes et des enfants qui ont tout perdu', 'ont besoin de protection, pas de haine', 'veulent travailler et élever leurs enfants en paix'],
  },
  {
    grp: ['les musulmans', 'les musulmanes', 'les croyants musulmans', 'les Français musulmans'],
    all: ['tous les musulmans', 'toute une communauté', 'des millions de croyants'],
    claims: [
      ['sont tous des terroristes', 'ne sont pas des terroristes'],
      ['veulent imposer la charia', 'ne veulent pas imposer la charia'],
      ['sont incompatibles avec la République', 'ne sont pas incompatibles avec la République'],
      ['méprisent les femmes', 'ne méprisent pas les femmes'],
      ['remplacent la population', 'ne remplacent personne'],
    ],
    facts: [
      "l'immense majorité condamne le terrorisme",
      'les premières victimes du terrorisme islamiste dans le monde sont des musulmans',
      'des millions de musulmans vivent en France en paix depuis des générations',
      'des milliers de soldats musulmans sont morts pour la France',
      "le terrorisme n'a pas de religion",
      "l'islam est pratiqué pacifiquement par près de deux milliards de personnes",
      'la laïcité protège justement la liberté de croire ou de ne pas croire',
      'porter le voile est un choix personnel protégé par la liberté de conscience',
    ],
    human: ['sont des citoyens comme les autres', 'sont nos voisins, nos collègues, nos amis', 'vivent leur foi tranquillement', 'respectent les lois comme tout le monde'],
  },
  {
    grp: ['les juifs', 'les Français juifs', 'les personnes juives'],
    all: ['tout un peuple', 'toute une communauté', 'tous les juifs'],
    claims: [
      ['contrôlent les médias', 'ne contrôlent pas les médias'],
      ['dirigent la finance mondiale', 'ne dirigent pas la finance mondiale'],
      ['sont responsables de la crise', 'ne sont pas responsables de la crise'],
      ['complotent contre la France', 'ne complotent contre personne'],
    ],
    facts: [
      'ce prétendu complot est un vieux mythe antisémite',
      "ces clichés ont mené aux pires persécutions de l'histoire",
      'les actes antisémites ont fortement augmenté ces dernières années',
      'les juifs vivent en France depuis plus de deux mille ans',
    ],
    human: ['sont des citoyens comme les autres', 'font partie de notre histoire commune', 'ont le droit de vivre sans peur'],
  },
  {
    grp: ['les homosexuels', 'les personnes LGBT', 'les gays et les lesbiennes', 'les personnes trans', 'les couples de même sexe'],
    all: ['toute une communauté', 'des millions de personnes'],
    claims: [
      ['sont des malades', 'ne sont pas des malades'],
      ['sont un danger pour les enfants', 'ne sont pas un danger pour les enfants'],
      ['menacent la famille', 'ne menacent pas la famille'],
      ['sont contre nature', 'ne sont pas contre nature'],
      ['font du prosélytisme dans les écoles', 'ne font pas de prosélytisme'],
    ],
    facts: [
      "l'OMS a retiré l'homosexualité de la liste des maladies en 1990",
      "être trans n'est ni un choix ni une maladie",
      "aimer quelqu'un du même sexe ne fait de mal à personne",
      'les jeunes LGBT sont bien plus exposés au harcèlement et au suicide',
      "les enfants élevés par des couples de même sexe vont aussi bien que les autres, toutes les études le montrent",
      "l'amour n'a pas de genre",
    ],
    human: ['demandent simplement les mêmes droits que tout le monde', 'ne menacent personne', 'ont le droit de vivre et d\'aimer en paix', 'sont des personnes comme les autres'],
  },
  {
    grp: ['les femmes', 'les femmes politiques', 'les militantes féministes'],
    all: ['toutes les femmes', 'la moitié de l\'humanité'],
    claims: [
      ['sont incapables de diriger', 'ne sont pas incapables de diriger'],
      ['sont trop émotives pour la politique', 'ne sont pas trop émotives pour la politique'],
      ['devraient rester à la maison', "n'ont pas à rester à la maison"],
      ['mentent quand elles portent plainte', 'ne mentent pas quand elles portent plainte'],
    ],
    facts: [
      'les fausses accusations de violences sexuelles sont très rares',
      "à poste égal, les femmes réussissent aussi bien que les hommes",
      "la compétence n'a rien à voir avec le genre",
      "une femme sur deux a déjà été harcelée en ligne",
    ],
    human: ['ont autant leur place que les hommes en politique', 'ont le droit de s\'exprimer sans être insultées', 'méritent le même respect que les hommes'],
  },
  {
    grp: ['les Noirs', 'les personnes noires', 'les Roms', 'les gens du voyage', 'les personnes handicapées', 'les Asiatiques', 'les Arabes'],
    all: ['toute une communauté', 'des gens que vous ne connaissez pas', 'tout un groupe'],
    claims: [
      ['sont moins intelligents', 'ne sont pas moins intelligents'],
      ['sont tous des voleurs', 'ne sont pas des voleurs'],
      ['sont un poids pour la société', 'ne sont pas un poids pour la société'],
      ['ne font aucun effort', 'font autant d\'efforts que les autres'],
    ],
    facts: [
      "la couleur de peau ne dit rien de l'intelligence ni de l'honnêteté",
      'les Roms vivent en Europe depuis des siècles et subissent encore de lourdes discriminations',
      "le handicap n'enlève rien à la valeur d'une personne",
      'à CV égal, un nom à consonance étrangère reçoit beaucoup moins de réponses : la discrimination est mesurée',
      "les préjugés racistes n'ont aucun fondement scientifique",
    ],
    human: ['sont des citoyens à part entière', 'sont des êtres humains comme vous et moi', 'méritent le respect comme tout le monde'],
  },
];

const MOVES_FR = {
  noproof: ["Il n'existe aucune preuve que {grp} {claim}.", 'Rien ne prouve que {grp} {claim}.', 'Aucune étude sérieuse ne montre que {grp} {claim}.', 'Aucune statistique ne montre que {grp} {claim}.', 'Les chiffres ne disent pas que {grp} {claim}, ils disent le contraire.'],
  deny: ['Non, {grp} {neg}.', "C'est faux : {grp} {neg}.", 'Dire que {grp} {claim} est {un préjugé|un cliché|une idée reçue|faux|un raccourci dangereux|une fake news}.', 'Prétendre que {grp} {claim}, ce n\'est pas un argument, c\'est un préjugé.', 'Contrairement à ce que vous écrivez, {grp} {neg}.'],
  fact: ['{En réalité|En fait|Rappelons que|Pour rappel,|Petit rappel :|Les faits sont têtus :|Les études montrent que|Selon les chiffres officiels,} {fact}.', '{Sachez que|Il faut savoir que} {fact}.'],
  general: ['{Généraliser|Faire des amalgames|Mettre tout le monde dans le même sac} {n\'a aucun sens|est injuste|ne mène à rien|nourrit la haine|ne fait avancer personne}.', 'On ne peut pas {juger|condamner|accuser} {all} pour {les actes de quelques-uns|quelques individus|ce que font une poignée de gens}.', 'Juger {all} sur un fait divers, c\'est la définition même du préjugé.'],
  human: ['{grp} {human}.', '{grp} sont des êtres humains avant tout.', 'Derrière {grp} il y a des visages, des familles, des histoires.'],
  rights: ['{Tout le monde|Chaque personne|Chacun} mérite {le respect|la dignité|d\'être traité avec respect}, {quelle que soit son origine|quelle que soit sa religion|quelle que soit son orientation|quel que soit son genre}.', "L'égalité des droits n'est pas négociable.", '{La liberté de culte|La liberté de conscience|L\'égalité devant la loi} est garantie à tous.'],
  ask: ['{Qu\'est-ce qui vous permet de dire ça|Sur quoi vous basez-vous|Vous avez des sources|Vous en connaissez personnellement|D\'où tenez-vous ce chiffre} ?', 'Pourquoi juger une personne sur sa {religion|couleur de peau|origine|orientation sexuelle} plutôt que sur ses actes ?', 'Avez-vous déjà pris le temps de parler avec {grp} ?'],
  law: ['{Vos|Ces|De tels} propos sont {racistes|haineux|discriminatoires|homophobes|sexistes|antisémites|stigmatisants}.', "{L'incitation à la haine|La provocation à la discrimination|L'injure raciste|L'injure homophobe} est {un délit|punie par la loi}.", 'Ce {genre de discours|type de commentaire|message} {alimente la haine|fait du mal à des gens bien réels|divise au lieu de rassembler}.', '{Le racisme|L\'homophobie|L\'antisémitisme|La haine|Le sexisme} n\'est pas une opinion.'],
  dialog: ['{Parlons des faits|Débattons avec respect|Restons sur les faits} plutôt que {de propager des stéréotypes|de répandre des préjugés|d\'insulter}.', '{Le dialogue|L\'éducation|La rencontre} vaut mieux que {la haine|le rejet|la peur}.', 'On peut débattre de politique sans stigmatiser des personnes.'],
  empathy: ['Imaginez {devoir tout quitter pour survivre|être jugé chaque jour pour votre religion|être insulté pour la personne que vous aimez|lire ce genre de message sur vous}.', 'Pensez aux {enfants|familles|personnes} qui lisent ces messages.'],
};

const TOPICS_EN: Topic[] = [
  {
    grp: ['migrants', 'immigrants', 'refugees', 'asylum seekers', 'foreigners', 'undocumented people'],
    all: ['all migrants', 'every refugee', 'a whole population'],
    claims: [
      ['increase crime', "don't increase crime"],
      ['steal our jobs', "don't steal anyone's jobs"],
      ['live off benefits', "don't live off benefits"],
      ['refuse to integrate', "don't refuse to integrate"],
      ['are invading the country', "aren't invading anything"],
      ['are a drain on the economy', "aren't a drain on the economy"],
      ['are all criminals', "aren't criminals"],
      ['bring diseases', "don't bring diseases"],
    ],
    facts: [
      'most of them work and pay taxes like everyone else',
      'immigrants contribute about as much to public finances as they receive',
      'the link between immigration and crime disappears once you account for age and poverty',
      "asylum seekers often aren't even allowed to work while they wait",
      'the UK takes in fewer refugees than many of its neighbours',
      'many of them do essential jobs: nurses, carers, cleaners, drivers',
      'a large share of NHS doctors were born abroad',
      'immigrants start businesses at higher rates than the native-born',
    ],
    human: ['fled war and poverty', 'just want to live in safety', 'are men, women and children who lost everything', 'need protection, not hatred', 'want to work and raise their kids in peace'],
  },
  {
    grp: ['Muslims', 'Muslim women', 'British Muslims', 'Muslim families'],
    all: ['all Muslims', 'a whole community', 'nearly two billion people'],
    claims: [
      ['are all terrorists', "aren't terrorists"],
      ['want to impose sharia law', "don't want to impose sharia law"],
      ['are incompatible with our values', "aren't incompatible with our values"],
      ['oppress women', "don't oppress women"],
      ['are replacing us', "aren't replacing anyone"],
    ],
    facts: [
      'the vast majority of Muslims condemn terrorism',
      'most victims of extremist violence worldwide are Muslims',
      'millions of Muslims have lived here peacefully for generations',
      'thousands of Muslim soldiers died fighting for this country',
      'terrorism has no religion',
      'Islam is practised peacefully by almost two billion people',
      'wearing a headscarf is a personal choice protected by freedom of religion',
    ],
    human: ['are citizens like everyone else', 'are our neighbours, colleagues and friends', 'practise their faith quietly', 'obey the law like everyone else'],
  },
  {
    grp: ['Jews', 'Jewish people', 'the Jewish community'],
    all: ['a whole people', 'an entire community', 'all Jews'],
    claims: [
      ['control the media', "don't control the media"],
      ['run the banks', "don't run the banks"],
      ['are behind every crisis', "aren't behind any crisis"],
      ['have too much power', "don't have some secret power"],
    ],
    facts: [
      'that supposed conspiracy is an old antisemitic myth',
      'these tropes led to the worst persecutions in history',
      'antisemitic incidents have risen sharply in recent years',
      'Jewish communities have been part of European history for centuries',
    ],
    human: ['are citizens like everyone else', 'are part of our shared history', 'have the right to live without fear'],
  },
  {
    grp: ['gay people', 'LGBT people', 'gay and lesbian couples', 'trans people', 'same-sex couples', 'trans kids'],
    all: ['a whole community', 'millions of people'],
    claims: [
      ['are mentally ill', "aren't mentally ill"],
      ['are a danger to children', "aren't a danger to children"],
      ['threaten the family', "don't threaten the family"],
      ['are unnatural', "aren't unnatural"],
      ['are grooming kids', "aren't grooming anyone"],
    ],
    facts: [
      'the WHO removed homosexuality from its list of illnesses in 1990',
      "being trans is neither a choice nor an illness",
      'loving someone of the same sex harms no one',
      'LGBT young people face far higher rates of bullying and suicide',
      'children raised by same-sex parents do just as well, every major study shows it',
      'love is love',
    ],
    human: ['simply ask for the same rights as everyone else', 'are no threat to anyone', 'have the right to live and love in peace', 'are people like anyone else'],
  },
  {
    grp: ['women', 'women in politics', 'female politicians', 'feminists'],
    all: ['all women', 'half of humanity'],
    claims: [
      ["can't lead", 'can lead just as well'],
      ['are too emotional for politics', "aren't too emotional for politics"],
      ['should stay at home', "don't have to stay at home"],
      ['lie about assault', "don't lie about assault"],
    ],
    facts: [
      'false reports of sexual assault are rare',
      'in the same job women perform as well as men',
      'competence has nothing to do with gender',
      'one in two women has been harassed online',
    ],
    human: ['belong in politics as much as men', 'have the right to speak without being insulted', 'deserve the same respect as men'],
  },
  {
    grp: ['Black people', 'Roma', 'Travellers', 'disabled people', 'Asian people', 'Arabs'],
    all: ['a whole community', 'people you have never met', 'an entire group'],
    claims: [
      ['are less intelligent', "aren't less intelligent"],
      ['are all thieves', "aren't thieves"],
      ['are a burden on society', "aren't a burden on society"],
      ['are lazy', "aren't lazy"],
    ],
    facts: [
      'skin colour says nothing about intelligence or honesty',
      'Roma have lived in Europe for centuries and still face heavy discrimination',
      "a disability takes nothing away from a person's worth",
      'identical CVs with a foreign-sounding name get far fewer callbacks: discrimination is measured',
      'racist stereotypes have no scientific basis',
    ],
    human: ['are full members of our society', 'are human beings just like you and me', 'deserve respect like everyone else'],
  },
];

const MOVES_EN = {
  noproof: ['There is no evidence that {grp} {claim}.', 'Nothing shows that {grp} {claim}.', 'No serious study shows that {grp} {claim}.', "The statistics don't say {grp} {claim}, they say the opposite.", 'Where is the proof that {grp} {claim}?'],
  deny: ['No, {grp} {neg}.', "That's false: {grp} {neg}.", 'Saying {grp} {claim} is {a prejudice|a cliché|a myth|simply false|a dangerous shortcut|misinformation}.', "Claiming that {grp} {claim} isn't an argument, it's a stereotype.", 'Contrary to what you wrote, {grp} {neg}.'],
  fact: ['{In reality|Actually|Remember that|For the record,|Quick reminder:|Facts matter:|Studies show that|According to official figures,} {fact}.', '{You should know that|It is worth knowing that} {fact}.'],
  general: ["{Generalising|Lumping everyone together|Blaming a whole group} {makes no sense|is unfair|leads nowhere|feeds hatred|helps no one}.", "You can't {judge|condemn|blame} {all} for {the actions of a few|a handful of individuals|what a few people did}.", 'Judging {all} by one news story is the very definition of prejudice.'],
  human: ['{grp} {human}.', '{grp} are human beings first.', 'Behind the word {grp} there are faces, families and stories.'],
  rights: ['{Everyone|Every person} deserves {respect|dignity|to be treated with respect}, {whatever their origin|whatever their religion|whatever their orientation|whatever their gender}.', 'Equal rights are not up for debate.', '{Freedom of religion|Freedom of conscience|Equality before the law} applies to everyone.'],
  ask: ['{What makes you say that|What is that based on|Do you have a source|Do you actually know any of them|Where does that number come from}?', 'Why judge a person by their {religion|skin colour|origin|sexuality} rather than their actions?', 'Have you ever actually talked with {grp}?'],
  law: ['{Your|These|Such} comments are {racist|hateful|discriminatory|homophobic|sexist|antisemitic|stigmatising}.', '{Inciting hatred|Racial abuse|Hate speech} is {a criminal offence|against the law}.', 'This {kind of rhetoric|type of comment|message} {fuels hatred|hurts real people|divides us}.', "{Racism|Homophobia|Antisemitism|Hate|Sexism} isn't an opinion."],
  dialog: ['{Let\'s talk about facts|Let\'s debate respectfully|Let\'s stick to the facts} instead of {spreading stereotypes|repeating prejudice|throwing insults}.', '{Dialogue|Education|Meeting people} works better than {hate|rejection|fear}.', 'You can debate policy without dehumanising people.'],
  empathy: ['Imagine {having to leave everything to survive|being judged every day for your faith|being insulted for who you love|reading messages like this about yourself}.', 'Think of the {children|families|people} who read these messages.'],
};

type Moves = typeof MOVES_FR;

/**
 * Fills `{slot}` and `{a|b}` placeholders pass by pass, left to right, until
 * none is left (the tables nest two levels at most).
 */
function fillSlots(r: R, tpl: string, slot: (name: string) => string): string {
  let s = tpl;
  for (let pass = 0; pass < 8 && s.includes('{'); pass++) {
    s = s.replace(/\{([^{}]+)\}/g, (_, body: string) => (body.includes('|') ? pick(r, body.split('|')) : slot(body)));
  }
  return s;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Calls `make` until `n` distinct texts (or 20 tries per text), each labelled with `meta`. */
function distinctExamples(n: number, meta: Omit<Example, 'text'>, make: () => string): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (let guard = 0; out.length < n && guard < n * 20; guard++) {
    const text = make();
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ ...meta, text });
  }
  return out;
}

function fillTopic(r: R, tpl: string, t: Topic, claim: [string, string]): string {
  return capitalize(
    fillSlots(r, tpl, (body) => {
      switch (body) {
        case 'grp': return pick(r, t.grp);
        case 'all': return pick(r, t.all);
        case 'claim': return claim[0];
        case 'neg': return claim[1];
        case 'fact': return pick(r, t.facts);
        case 'human': return pick(r, t.human);
        default: throw new Error(`unknown slot ${body}`);
      }
    }),
  );
}

const OPENERS: Record<'fr' | 'en', Array<keyof Moves>> = { fr: ['noproof', 'deny', 'general', 'law', 'ask', 'human'], en: ['noproof', 'deny', 'general', 'law', 'ask', 'human'] };
const FOLLOWERS: Array<keyof Moves> = ['fact', 'fact', 'general', 'human', 'rights', 'ask', 'dialog', 'empathy', 'law'];

/** Counter-speech replies (supportive), 1–3 moves on one topic. */
export function genCounterSpeech(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const topics = lang === 'fr' ? TOPICS_FR : TOPICS_EN;
  const moves: Moves = lang === 'fr' ? MOVES_FR : MOVES_EN;
  return distinctExamples(n, { label: 'supportive', lang, source: 'counter-speech', tag: 'counter' }, () => {
    const t = pick(r, topics);
    const claim = pick(r, t.claims);
    const k = r() < 0.3 ? 1 : r() < 0.75 ? 2 : 3;
    const parts: string[] = [];
    const used = new Set<keyof Moves>();
    let m: keyof Moves = r() < 0.15 ? 'fact' : pick(r, OPENERS[lang]);
    for (let i = 0; i < k; i++) {
      used.add(m);
      parts.push(fillTopic(r, pick(r, moves[m]), t, claim));
      for (let g = 0; g < 10 && used.has(m); g++) m = pick(r, FOLLOWERS);
      if (used.has(m)) break;
    }
    let text = parts.join(' ');
    if (r() < 0.25) text = text.toLowerCase();
    if (r() < 0.2) text = stripAccents(text);
    if (r() < 0.2) text = `@${pick(r, ['karim_b', 'julien75', 'tom_d', 'sam_k', 'news_fan', 'patriote_88', 'truthseeker'])} ${text}`;
    return text;
  });
}

const ASSERT_FR = ['{grp} {claim}, {c\'est prouvé|tout le monde le sait|les chiffres le montrent|c\'est un fait|ouvrez les yeux|faut arrêter de le nier}.', '{Il est évident|C\'est un fait|Tout prouve|On sait tous} que {grp} {claim}.', '{La grande|L\'immense} majorité {des} {claimgrp} {claim}.', 'Arrêtez de défendre {grp}, {ils|ces gens} {claim}.', 'Vous pouvez sortir toutes vos statistiques, {grp} {claim}.', '{grp} {claim} et personne n\'ose le dire.', 'Encore une preuve que {grp} {claim}.', '{grp} ne sont pas des citoyens comme les autres, ils {claim}.', '{grp} ne méritent aucun respect, ils {claim}.', 'Les bien-pensants peuvent pleurer, {grp} {claim}.'];
const ASSERT_EN = ['{grp} {claim}, {it\'s proven|everyone knows it|the numbers show it|that\'s a fact|open your eyes|stop denying it}.', '{It is obvious|It\'s a fact|Everything proves|We all know} that {grp} {claim}.', 'The {vast|overwhelming} majority of {claimgrp} {claim}.', 'Stop defending {grp}, {they|these people} {claim}.', 'You can post all the statistics you want, {grp} {claim}.', "{grp} {claim} and nobody dares say it.", 'Yet more proof that {grp} {claim}.', "{grp} aren't citizens like the rest of us, they {claim}.", '{grp} deserve no respect, they {claim}.', 'The snowflakes can cry all they want, {grp} {claim}.'];

/** The hateful claims counter-speech answers (hostile), same topics and vocabulary. */
export function genGroupClaims(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const topics = lang === 'fr' ? TOPICS_FR : TOPICS_EN;
  const tpls = lang === 'fr' ? ASSERT_FR : ASSERT_EN;
  return distinctExamples(n, { label: 'hostile', lang, source: 'group-claims', tag: 'claim' }, () => {
    const t = pick(r, topics);
    const claim = pick(r, t.claims);
    const tpl = pick(r, tpls).replace('{des} {claimgrp}', lang === 'fr' ? pick(r, t.grp).replace(/^les /, 'des ') : '{claimgrp}');
    let text = fillTopic(r, tpl.replace('{claimgrp}', pick(r, t.grp)), t, claim);
    if (r() < 0.3) text = text.toLowerCase();
    if (r() < 0.2) text = stripAccents(text);
    return text;
  });
}

const NEUTRAL_FR = ['{grp} {nfact}.', 'Le rapport sur {grp} sort {quand}.', 'Combien {de} {gn} {nq} ?', 'Reportage sur {grp} de {ville} ce soir.', 'Débat ce soir : la place {des} {gn} dans {lieu}.', '{grp} de {ville} organisent {evt} {quand}.', 'Article intéressant sur l\'histoire {des} {gn} en France.', 'Sondage : ce que pensent {grp} {sujet}.', 'Mon voisin est {sing}, il m\'a aidé à déménager.', 'Une association accompagne {grp} depuis {annee}.'];
const NEUTRAL_EN = ['{grp} {nfact}.', 'The report on {grp} comes out {quand}.', 'How many {gn} {nq}?', 'Documentary about {grp} in {ville} tonight.', 'Debate tonight: {grp} and {lieu}.', '{grp} in {ville} are organising {evt} {quand}.', 'Interesting piece on the history of {gn} in Britain.', 'Poll: what {grp} think {sujet}.', 'My neighbour is {sing}, he helped me move.', 'A charity has supported {grp} since {annee}.'];
const NSLOTS: Record<'fr' | 'en', Record<string, string[]>> = {
  fr: {
    nfact: ['sont arrivés à {ville} en {annee}', 'ont manifesté samedi à {ville}', 'votent dimanche comme tout le monde', 'étaient nombreux au forum de l\'emploi', 'ont ouvert une épicerie rue Pasteur', 'représentent environ 10 % de la population selon le recensement', 'fêtent la fin du ramadan demain', 'sont au cœur du documentaire de ce soir', 'ont été reçus à la mairie ce matin', 'attendent la décision de la préfecture'],
    quand: ['demain', 'lundi', 'la semaine prochaine', 'en mars', 'ce soir'],
    nq: ['sont arrivés en 2023', 'vivent à Lyon', 'travaillent dans la santé', 'ont voté aux dernières élections', 'étudient à la fac'],
    ville: ['Paris', 'Lyon', 'Marseille', 'Lille', 'Nantes', 'Toulouse'],
    lieu: ['le monde du travail', 'les médias', 'le sport', 'l\'école', 'la politique locale'],
    evt: ['une fête de quartier', 'une collecte de sang', 'un tournoi de foot', 'une journée portes ouvertes', 'un repas solidaire'],
    sujet: ['de la réforme des retraites', 'des élections', 'du prix des loyers', 'des transports'],
    annee: ['1920', '1962', '1985', '1998', '2015'],
    sing: ['musulman', 'juif', 'réfugié syrien', 'immigré portugais', 'homo', 'en fauteuil roulant'],
  },
  en: {
    nfact: ['arrived in {ville} in {annee}', 'marched in {ville} on Saturday', 'vote on Sunday like everyone else', 'came out in numbers at the job fair', 'opened a grocery shop on High Street', 'make up about 10% of the population according to the census', 'celebrate the end of Ramadan tomorrow', 'are the subject of tonight\'s documentary', 'were welcomed at city hall this morning', 'are waiting for the Home Office decision'],
    quand: ['tomorrow', 'on Monday', 'next week', 'in March', 'tonight'],
    nq: ['arrived in 2023', 'live in Leeds', 'work in the NHS', 'voted in the last election', 'study at the university'],
    ville: ['London', 'Leeds', 'Manchester', 'Chicago', 'Toronto', 'Bristol'],
    lieu: ['the workplace', 'the media', 'sport', 'schools', 'local politics'],
    evt: ['a street party', 'a blood drive', 'a football tournament', 'an open day', 'a community dinner'],
    sujet: ['about the pension reform', 'about the election', 'about rents', 'about public transport'],
    annee: ['1920', '1948', '1985', '1998', '2015'],
    sing: ['Muslim', 'Jewish', 'a Syrian refugee', 'a Polish immigrant', 'gay', 'a wheelchair user'],
  },
};

/** Neutral mentions of the same groups (news, history, neighbours), so a group noun alone is no evidence. */
export function genGroupNeutral(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  const topics = lang === 'fr' ? TOPICS_FR : TOPICS_EN;
  const tpls = lang === 'fr' ? NEUTRAL_FR : NEUTRAL_EN;
  const slots = NSLOTS[lang];
  return distinctExamples(n, { label: 'neutral', lang, source: 'group-neutral', tag: 'neutral-mention' }, () => {
    const grp = pick(r, pick(r, topics).grp);
    const gn = grp.replace(/^les /, '');
    const filled = fillSlots(r, pick(r, tpls), (k) => {
      if (k === 'grp') return grp;
      if (k === 'gn') return gn;
      if (k === 'des') return 'des';
      if (k === 'de') return /^[aeiouéèh]/i.test(gn) ? "d'" : 'de';
      return pick(r, slots[k]!);
    });
    const text = capitalize(filled.replace("d' ", "d'"));
    return r() < 0.3 ? text.toLowerCase() : text;
  });
}

/** A generator's vocabulary: templates and the slots they draw from. */
interface SlotTable {
  tpl: string[];
  s: Record<string, string[]>;
}

// Teen chat and forum put-downs: appearance, worth, loneliness, intelligence, in
// SMS French and English slang, aimed at "you"; and the friendly chat they sit next to.
const PUTDOWN: Record<'fr' | 'en', SlotTable> = {
  fr: {
    tpl: ['{lead}{pd}{tail}', '{lead}{pd}, {pd2}{tail}', '{pd}{emo}', '{lead}{forum}{tail}'],
    s: {
      lead: ['', '', 'mdr ', 'ptdr ', 'wsh ', 'frr ', 'jpp ', 'sérieux ', 'nan mais ', 'oh ', 'bref '],
      tail: ['', '', ' mdr', ' ptdr', ' lol', ' 💀', ' 😂', ' 🤡', ' frr', ' jpp', ' sérieux'],
      emo: ['', ' 😂😂', ' 💀', ' 🤮', ' 🤡'],
      pd: ["t'es {adj}", 't {adj}', "t'es trop {adj}", "t'es grave {adj}", "t'es tellement {adj}", "t'es vraiment {adj}", 'regarde ta {body}', "t'as vu ta {body}", 'ta {body} me fait {reac}', 'personne veut de toi', "personne t'aime", 'personne te parle', 'tout le monde se fout de toi', 'tout le monde rigole de toi', "t'as zéro pote", "t'as pas d'amis", 'tu sers à rien', 'tu fais pitié', 'tu fais honte', 'tu pues la {smell}', 'retourne jouer aux billes', 'retourne à la maternelle', 'va pleurer chez ta mère', 'va te cacher', 'cache ta {body}', 'même ta mère te supporte pas', "t'es la honte de ta classe", "t'es le plus {adj} du collège", "t'es qu'une {animal}", 'sale {animal}', 'on dirait un {animal}', "avec ta {body} de {animal}", 'arrête de parler tu {verb}', 'tu {verb} sérieux', "t'as un QI de {thing}", 'ton cerveau il est où', "t'es bête comme tes pieds", 'quel {noun}', 'espèce de {noun}'],
      pd2: ['personne veut de toi', 'tout le monde le sait', 'dégage', 'tais-toi', 'ferme-la', "t'es {adj}", 'va pleurer', 'reste chez toi'],
      adj: ['moche', 'laid', 'laide', 'bête', 'con', 'conne', 'nul', 'nulle', 'débile', 'gênant', 'gênante', 'claqué', 'claquée', 'éclaté', 'éclatée', 'immonde', 'dégueu', 'pathétique', 'ridicule', 'inutile', 'grosse', 'gros', 'bizarre', 'chelou', 'teubé', 'golmon', 'cringe', 'boloss', 'pitoyable', 'insupportable', 'sans cerveau', 'décérébré', 'attardé', 'mongol'],
      body: ['tête', 'tronche', 'gueule', 'face', 'dégaine', 'voix', 'coupe', 'dentition', 'peau'],
      reac: ['vomir', 'peur', 'gerber', 'pitié', 'rire'],
      smell: ['merde', 'transpi', 'clope', 'mort'],
      animal: ['vache', 'truie', 'baleine', 'thon', 'cochon', 'singe', 'rat', 'chien', 'hamster', 'crapaud', 'dinde'],
      verb: ['saoules', 'fatigues', 'fais pitié', 'sers à rien', 'racontes que de la merde', 'pues', 'fais honte'],
      thing: ['bulot', "huître", 'moule', 'cailloux', 'chaise'],
      noun: ['boloss', 'clown', 'cassos', 'gogol', 'abruti', 'idiot', 'naze', 'tocard', 'guignol', 'victime', 'bouffon', 'raté'],
      forum: ['encore un {who} {adj2} qui vient donner des leçons', 'les {who}s comme toi sont {adj2}', 'retourne sur ton forum de {who}s', "ton message est d'une bêtise affligeante, comme toi", 'lis avant de poster, {noun}', "t'as le niveau d'un gamin de 10 ans", 'ce sujet prouve que tu es {adj2}', 'personne ne lit tes pavés de {noun}'],
      who: ['gauchiste', 'facho', 'boomer', 'réac', 'bobo', 'wokiste', 'troll', 'cassos', 'puceau'],
      adj2: ['décérébré', 'débile', 'inculte', 'ridicule', 'pathétique', 'lamentable', 'stupide', 'attardé'],
    },
  },
  en: {
    tpl: ['{lead}{pd}{tail}', '{lead}{pd}, {pd2}{tail}', '{pd}{emo}', '{lead}{forum}{tail}'],
    s: {
      lead: ['', '', 'lmao ', 'lol ', 'bro ', 'bruh ', 'ngl ', 'omg ', 'yo ', 'fr '],
      tail: ['', '', ' lmao', ' lol', ' 💀', ' 😂', ' 🤡', ' fr', ' bro', ' ngl'],
      emo: ['', ' 😂😂', ' 💀', ' 🤮', ' 🤡'],
      pd: ["you're {adj}", 'ur {adj}', 'ur so {adj}', "you're so {adj}", 'u r {adj}', 'look at ur {body}', 'ur {body} makes me {reac}', 'nobody wants you here', 'nobody likes you', 'nobody talks to you', 'everyone laughs at you', 'everyone hates you', 'you have zero friends', 'u have no friends', "you're useless", "you're a waste of space", 'you smell like {smell}', 'go back to kindergarten', 'go cry to ur mom', 'go hide', 'hide ur {body}', 'even ur mom hates you', "you're the class joke", "you're the {adj}est kid in school", 'ur such a {animal}', 'you look like a {animal}', 'stop talking you {verb}', "ur iq is lower than a {thing}", 'where is ur brain', 'what a {noun}', 'imagine being you', 'who asked', 'nobody asked', 'cry about it', 'touch grass {noun}', 'L + ratio + {noun}', 'you fell off', 'ur a walking L', "you're a joke"],
      pd2: ['nobody wants you', 'everyone knows it', 'go away', 'shut up', 'stfu', "you're {adj}", 'go cry', 'stay home'],
      adj: ['ugly', 'dumb', 'stupid', 'pathetic', 'cringe', 'weird', 'fat', 'gross', 'disgusting', 'useless', 'annoying', 'braindead', 'clueless', 'worthless', 'irrelevant', 'embarrassing', 'hideous', 'slow', 'mid', 'a loser', 'trash', 'a clown'],
      body: ['face', 'teeth', 'hair', 'voice', 'nose', 'skin', 'body', 'outfit'],
      reac: ['puke', 'sick', 'cringe', 'laugh', 'want to gouge my eyes out'],
      smell: ['shit', 'garbage', 'sweat', 'wet dog', 'a dumpster'],
      animal: ['pig', 'cow', 'whale', 'rat', 'monkey', 'dog', 'hamster', 'toad', 'troll', 'goblin'],
      verb: ['sound dumb', 'annoy everyone', 'embarrass yourself', 'make no sense', 'bore everyone', 'smell'],
      thing: ['rock', 'potato', 'goldfish', 'chair', 'brick'],
      noun: ['loser', 'clown', 'weirdo', 'freak', 'idiot', 'moron', 'dork', 'nerd', 'creep', 'joke', 'simp', 'npc'],
      forum: ['another {who} {adj2} lecturing everyone', '{who}s like you are {adj2}', 'go back to your {who} forum', 'your post is as {adj2} as you are', 'read before posting, {noun}', 'you argue like a 10 year old', 'this thread proves you are {adj2}', 'nobody reads your walls of text, {noun}'],
      who: ['leftist', 'libtard', 'boomer', 'snowflake', 'incel', 'troll', 'fascist', 'karen'],
      adj2: ['brain-dead', 'clueless', 'pathetic', 'ignorant', 'stupid', 'laughable', 'delusional', 'moronic'],
    },
  },
};

function fromTable(r: R, table: SlotTable): string {
  return fillSlots(r, pick(r, table.tpl), (k) => pick(r, table.s[k]!));
}

/** Put-downs aimed at "you" in teen-chat and forum style (hostile). */
export function genPutdowns(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  return distinctExamples(n, { label: 'hostile', lang, source: 'putdowns', tag: 'putdown' }, () => {
    const text = fromTable(r, PUTDOWN[lang]);
    return r() < 0.3 ? stripAccents(text) : text;
  });
}

// Support that insults the attackers, not the person ("ignore these pathetic trolls"):
// the put-downs above must not teach the model that any insult word is an attack on "you".
const DISMISS: Record<'fr' | 'en', SlotTable> = {
  fr: {
    tpl: ['{ignore} {these} {trolls} {adj}, {sup}{emo}', '{these} {trolls} sont {adj}, {sup}{emo}', '{sup}, {these} {trolls} sont juste {adj}{emo}', "laisse {these} {trolls} {adj} parler, {sup}{emo}"],
    s: {
      ignore: ['ignore', 'ne lis pas', 'lis pas', 't\'occupe pas de', 'bloque', 'fais pas attention à'],
      these: ['ces', 'tous ces', 'ces pauvres'],
      trolls: ['trolls', 'haters', 'commentaires', 'rageux', 'harceleurs', 'messages', 'comptes', 'jaloux'],
      adj: ['débiles', 'pathétiques', 'minables', 'lamentables', 'ridicules', 'bêtes', 'lâches', 'aigris', 'immondes', 'stupides'],
      sup: ['tu vaux tellement mieux', 't\'es génial', 'on est avec toi', 'courage', 'ne lâche rien', 'tu fais un super boulot', 'on t\'aime', 'prends soin de toi', 'ils ne te méritent pas', 'continue'],
      emo: ['', '', ' 💪', ' ❤️', ' 🙏', ' ✊'],
    },
  },
  en: {
    tpl: ['{ignore} {these} {adj} {trolls}, {sup}{emo}', '{these} {trolls} are {adj}, {sup}{emo}', '{sup}, {these} {trolls} are just {adj}{emo}', 'let {these} {adj} {trolls} talk, {sup}{emo}'],
    s: {
      ignore: ['ignore', "don't read", 'block', 'mute', "don't mind", 'pay no attention to'],
      these: ['these', 'all these', 'those'],
      trolls: ['trolls', 'haters', 'comments', 'losers', 'harassers', 'replies', 'accounts', 'cowards'],
      adj: ['pathetic', 'stupid', 'sad', 'miserable', 'dumb', 'cowardly', 'bitter', 'disgusting', 'ridiculous', 'jealous'],
      sup: ["you're worth so much more", "you're amazing", "we're with you", 'stay strong', "don't give up", "you're doing great work", 'we love you', 'take care of yourself', "they don't deserve you", 'keep going'],
      emo: ['', '', ' 💪', ' ❤️', ' 🙏', ' ✊'],
    },
  },
};

/** Support that dismisses the attackers (supportive), written against the put-downs. */
export function genTrollDismissals(lang: 'fr' | 'en', n: number, seed: number): Example[] {
  const r = rng(seed);
  return distinctExamples(n, { label: 'supportive', lang, source: 'troll-dismissals', tag: 'dismissal' }, () => {
    const text = capitalize(fromTable(r, DISMISS[lang]));
    return r() < 0.3 ? text.toLowerCase() : text;
  });
}
