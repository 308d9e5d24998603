/**
 * Grammar-level hostile patterns (French and English): a hostile reading needs
 * a construction (a second-person lead before an insult, a threat verb aimed at
 * "you", a dehumanising predicate about "these people"), not a single word.
 * Written over the normalised text of normalize.ts (lowercase ASCII, apostrophes
 * as spaces, doubled letters squeezed at compile time).
 *
 * Every rule has a gate: a set of tokens of which at least one must occur in the
 * reply before its regex runs. Gates are rare words (the insult or the threat
 * verb), so ordinary replies pay a few Set lookups and no regex.
 */
import type { SubLabel } from '../../../storage/schema';
import { squeezePattern } from './normalize';
import { tokenPattern } from './alternation';
import type { Strength } from './lexicon';
import { GROUP_EN, GROUP_FR, IDENT_EN, IDENT_FR, PSEUDO_GROUP } from './groups';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** French insults used after a second-person lead ("t'es un X", "espèce de X", "bande de X"). */
const INS_FR_STRONG = words(`
con conne cons connes abruti abrutie abrutis abruties idiot idiote idiots idiotes debile debiles cretin cretine cretins
cretines imbecile imbeciles naze nazes bouffon bouffonne bouffons guignol guignols clown clowns boulet boulets merde
merdes rate ratee rates ratees minable minables pitoyable pitoyables pathetique pathetiques menteur menteuse menteurs
menteuses hypocrite hypocrites traitre traitresse traitres vendu vendue vendus incapable incapables incompetent
incompetente incompetents parasite parasites dechet dechets ordure ordures porc porcs truie chien chienne chiens chiennes
rat rats cafard cafards singe singes animal animaux vermine larbin larbins laquais toutou tare taree tares psychopathe
hysterique hysteriques frustre frustree frustres aigri aigrie aigris moche moches laid laide laids obese obeses thon
baleine cochon cochonne cochons loser losers looser loosers nazi nazis facho fachos escroc escrocs voleur voleuse voleurs
mythomane mythomanes charlatan imposteur ignare ignares inculte incultes analphabete demeure demeuree neuneu attarde
attardee attardes tocard tocarde tocards clochard clocharde cassos raclure raclures pourriture enflure batard batards
sous-merde soushomme vaurien vauriens minus nullard nullarde nullards bouffonne gueux plouc ploucs beauf beaufs
grognasse poufiasse pouffiasse pouf tache taches victime victimes manche mongol mongole gogol triso dechet
`);
/** Milder French words: a directed use is still an insult, but a weaker one. */
const INS_FR_MILD = words(`nul nulle nuls nulles bete betes stupide stupides inutile inutiles ridicule ridicules lache laches gamin gamine gamins honte`);
/** French fillers between the lead and the insult ("t'es vraiment qu'un gros X"). */
const FILL_FR =
  '(?:(?:vraiment|trop|tellement|qu|que|un|une|1|des|de|d|grand|grande|gros|grosse|petit|petite|sale|pauvre|vieux|vieille|vieil|juste|rien|le|la|l|dernier|derniere|plus|meme|bien|completement|totalement|franchement|carrement|toujours|encore|belle|beau|sacre|sacree|putain|espece|bande|gros|enorme|immense|veritable|vrai|vraie|sombre|parfait|parfaite|pur|pure|simple) ){0,5}';
/** Second-person and vocative leads (French). */
const LEAD_FR =
  '(?:t es|tu es|tes|t etais|tu etais|t etait|vous etes|vs etes|t as toujours ete|tu restes|tu seras toujours|espece d|espece de|bande d|bande de|quel|quelle|quels|quelles|pauvre|toi le|toi la|toi l|toi espece de|vous les|sale|tu n es|t est|tu fais|tu ressembles a|t as une tete de|gueule de|tete de|face de|sac a)';
/** Demonstrative leads ("ce débile de maire") for strong insults only. */
const LEAD_FR_DEM = '(?:ce|cette|ces|cet|le|la|les|l)';

/** English insults used after "you(r)/you're/ur/what a/such a". */
const INS_EN_PERSON = words(`
idiot idiots moron morons imbecile imbeciles retard retards loser losers clown clowns liar liars hypocrite hypocrites coward
cowards traitor traitors sellout sellouts scumbag scumbags pig pigs cow cows rat rats snake snakes worm worms parasite parasites
leech leeches cockroach cockroaches freak freaks creep creeps weirdo weirdos psycho psychos lunatic lunatics nutjob nutjobs
nutcase degenerate degenerates pervert perverts jerk jerks tool tools dick dicks prick pricks twat twats cunt cunts bitch
bitches whore whores slut sluts hoe hoes simp simps incel incels neckbeard dumbass dumbasses asshole assholes dipshit
halfwit halfwits nitwit dimwit dimwits buffoon buffoons fool fools bigot bigots racist racists nazi nazis fascist grifter
grifters fraud frauds failure nobody scum lowlife lowlifes dork virgin bum bums witch hag hags skank pos
`);
/** English insults that also describe things ("a joke", "a disgrace"): second-person leads only. */
const INS_EN_THING = words(`
joke disgrace embarrassment trash garbage waste dumbest stupidest ugliest idiotic stupid dumb ugly fat disgusting pathetic
worthless useless brainless clueless spineless gutless braindead ignorant incompetent repulsive vile filthy retarded
delusional deranged dense thick mental unhinged insufferable annoying gross irrelevant nothing trashy braindead
`);
const EN_MILD = new Set(['annoying', 'dense', 'thick', 'dork', 'virgin', 'mental', 'gross', 'irrelevant', 'fool', 'fools', 'witch']);
const FILL_EN =
  '(?:(?:a|an|the|so|such|just|literally|absolute|absolutely|fucking|fuckin|fking|effing|freaking|friggin|total|complete|utter|little|lil|big|fat|dumb|stupid|ugly|pathetic|worthless|sad|biggest|real|really|truly|most|nothing|but|no|better|than|one|sorry|excuse|for|piece|of|waste|an|as|bloody|damn|dang|goddamn|pure|certified|walking|low|life|brain|dead|dirty|filthy|actual|complete|genuine|clear|disgusting|lying|useless|insufferable|fake|entitled|bitter|jealous|miserable|old|ol) ){0,5}';
const LEAD_EN_2P =
  '(?:you|you re|you are|you r|ur|u|u r|u re|u are|youre|your a|your an|your such|your so|yall|y all|yall are|y all are|you guys are|you people are|you all are|you were|you look like|you sound like|u look like|u sound like|you act like|you re acting like|stay|go away|shut up|stfu|gtfo|fuck off|fuck you|bye)';
const LEAD_EN_EXCL = '(?:what a|what an|such a|such an|bunch of|pack of|this|that) ';

const DEHUM =
  'animals?|vermin|rats?|cockroach(?:es)?|parasites?|leeches|scum|subhumans?|savages|apes|monkeys|pigs|insects|not human|aren t human|less than human|(?:should|deserve to|need to|must|ought to|have to) (?:all )?(?:be )?(?:die|killed|shot|hanged|exterminated|deported|locked up|put down|removed|wiped out|gassed|burned|eliminated|treated like (?:animals|dogs|rats|it|shit|trash))|treated like (?:animals|dogs|rats|it|shit|trash|the animals)|belong in (?:a zoo|a cage|cages|the kitchen|prison|jail|the trash|the gutter)|animaux|vermines?|cafards|parasites|sous hommes|singes|chiens|porcs|betes|bestiaux|sauvages|nuisibles|pas humains|pas des humains|dechets|ordures|rats|(?:devraient|doivent|faut les|meritent de|meriteraient de|faudrait les) (?:tous |toutes )?(?:etre )?(?:crever|mourir|tues|bruler|brules|pendus|extermines|enfermes|deportes|abattus|piques|gazes|eliminer|elimines|exterminer|exploser|virer|expulser|expulses|chasser|chasses|traites comme des (?:chiens|animaux|betes))|(?:ne )?meritent pas de vivre|meritez pas de vivre|meritent pas d exister|ne meritent pas d exister|a la poubelle|au zoo|en cage|dans des cages';

type Rule = { sub: SubLabel; w: Strength; src: string; gate: string[]; name: string };

const RULES: Rule[] = [];
const alt = (xs: string[]): string => '(?:' + xs.map((x) => x.replace(/-/g, ' ')).join('|') + ')';

// Directed insults.
RULES.push({ sub: 'insult', w: 3, name: 'directed', src: `${LEAD_FR} ${FILL_FR}${alt(INS_FR_STRONG)}`, gate: INS_FR_STRONG });
RULES.push({ sub: 'insult', w: 2, name: 'directed', src: `(?:t es|tu es|tes|vous etes|t etais|tu n es|espece d|espece de|bande d|bande de|pauvre|quel|quelle) ${FILL_FR}${alt(INS_FR_MILD)}`, gate: INS_FR_MILD });
RULES.push({ sub: 'insult', w: 2, name: 'directed', src: `${LEAD_FR_DEM} ${alt(INS_FR_STRONG.filter((w) => w.length >= 5 && !/^(?:merde|animal|animaux|chien|chiens|chienne|singe|singes|rat|rats|porc|porcs|tache|taches|manche|victime|victimes|laquais|pourriture|baleine|toutou|minus|cochon|cochons|thon|boulet|boulets|voleur|voleurs|voleuse|clown|clowns|beauf|beaufs|pouf)$/.test(w)))} (?:de|d|qui|la|l|va|il|elle|a|avec)`, gate: INS_FR_STRONG });
const EN_P_STRONG = INS_EN_PERSON.filter((w) => !EN_MILD.has(w));
const EN_T_STRONG = INS_EN_THING.filter((w) => !EN_MILD.has(w));
RULES.push({ sub: 'insult', w: 3, name: 'directed', src: `${LEAD_EN_2P} ${FILL_EN}${alt([...EN_P_STRONG, ...EN_T_STRONG])}`, gate: [...EN_P_STRONG, ...EN_T_STRONG] });
RULES.push({ sub: 'insult', w: 2, name: 'directed', src: `${LEAD_EN_EXCL}${FILL_EN}${alt(EN_P_STRONG.filter((w) => !/^(?:tool|tools|nobody|failure|fraud|frauds|bum|bums|snake|snakes|worm|worms|pig|pigs|cow|cows|rat|rats|pos)$/.test(w)))}`, gate: EN_P_STRONG });
RULES.push({ sub: 'insult', w: 1, name: 'directed', src: `${LEAD_EN_2P} ${FILL_EN}${alt([...EN_MILD])}`, gate: [...EN_MILD] });
// Other directed abuse (no insult noun).
RULES.push({
  sub: 'insult', w: 2, name: 'directed',
  src: '(?:ferme|fermes|fermez|ferme donc) (?:ta|la|ton|ta grande|ta grosse|ta sale) (?:bouche|gueule|clapet|mouille)|(?:shut|close) (?:your|ur|that) (?:mouth|trap|face|pie hole|piehole)|nobody asked (?:you|u)|no one asked (?:you|u)|personne (?:t a|ne t a) (?:sonne|demande|rien demande)|on t a pas sonne|on t a rien demande|nobody (?:wants|likes|cares about|needs) (?:you|u)|no one (?:wants|likes|cares about|needs) (?:you|u)|personne ne (?:veut (?:de toi|de vous|d eux|d elles|d elle|de lui|te voir|t entendre|te lire|plus de toi|plus te voir)|t aime|te supporte|t ecoute)|personne(?<!dont personne) ne (?:veut|voudrait)(?= ?$)|personne (?:te|t) (?:supporte|aime|ecoute|veut)|tu sers a rien|you(?: re| are) (?:a )?waste of (?:a )?(?:human|human being|life|skin|sperm|oxygen|space|air)|waste of (?:a )?(?:human being|human|life|skin|sperm)|(?:degage|degagez|casse toi|cassez vous|barre toi|barrez vous) (?:de (?:twitter|x|ce pays|ici|la|notre pays|france)|d ici)|get (?:the fuck )?(?:out|off) (?:of )?(?:my|our|this) (?:country|timeline|planet)|gtfo|stfu|va (?:te faire voir|te cacher|pleurer|chialer)|go (?:cry|fuck yourself|choke)|f off|fck off|fck you|fk you|fuk you|fuck u|fuck ur|fuck your|fuck off',
  gate: words('ferme fermes fermez shut close asked sonne demande wants likes cares needs veut aime supporte ecoute sers waste degage degagez casse cassez barre barrez country timeline planet gtfo stfu voir cacher pleurer chialer cry choke yourself fuck fck fk fuk off'),
});
// Threats (direct and veiled).
RULES.push({
  sub: 'threat', w: 3, name: 'threat',
  src: '(?:on|je|j|nous|ils|il|elle|quelqu un) (?:va|vais|vas|allons|vont|v|ira|irai|irons) (?:bientot |vite |venir |aller |finir par |)(?:te|vous|t) (?:trouver|retrouver|chercher|attendre|apprendre|calmer|faire (?:taire|mal|regretter|la peau|payer|ta fete|ton affaire|passer l envie)|regler|ecraser|defoncer|casser|eclater|marave|maraver|allumer|detruire|pourrir|humilier|afficher|exposer|balancer|doxer|doxxer|remettre a ta place|briser|faire la misere|montrer (?:qui|ce que))|(?:tu|vous) (?:vas|allez) (?:regretter|le regretter|morfler|souffrir|prendre cher|le payer|payer|voir ce qui va|voir ta gueule|comprendre ta douleur|en chier|manger)|(?:merite|merites|meriterait|meriterais|merite bien|meriterait bien) (?:une |des |un )?(?:bonne |bonnes |petite |grosse )?(?:correction|raclee|claques?|baffes?|balle|lecon|gifles?|coups?|tarte|patate|droite)|on t attend (?:a la sortie|dehors|en bas|devant)|je t attends (?:a la sortie|dehors|en bas|devant)|on sait qui (?:tu es|t es)|(?:fais|faites|fait|fait) (?:bien|tres|tres tres|vraiment) attention a (?:toi|vous)|attention a toi (?:si|la prochaine|quand|petit|petite|ma|mon)|attention a ta (?:peau|gueule|tronche)|attention a tes (?:fesses|arrieres)|tu sais pas a qui tu parles|je connais ton adresse|on connait ton adresse|(?:je|on) (?:vais|va) m occuper de (?:toi|ton cas|vous)|(?:i|we|someone|somebody|people|they)(?: ll| will| m| am| re| are| should| need to| needs to| ought to| d| would| gonna| going to)*(?: going to| gonna)? (?:beat|punch|slap|smack|hurt|break|smash|hunt|track down|come for|come after|deal with|shut|teach|stab|jump|rape|kill|murder|shoot) (?:you|u|ya|your|ur)(?: (?:up|down|a lesson|face|teeth|legs|neck|skull|mouth))?(?! (?:a|an) (?:message|text|dm|email|e mail|mail|line|note|pm|link|invite|quick)(?= ))|(?:find|found|finds) (?:you|u|ya) and|(?:hope|hopes|wish) (?:someone|somebody|a man|a guy) (?:finds|find|beats|hurts|teaches|shuts|kills|rapes|stabs|shoots) (?:you|u|ya|your|ur)|before (?:someone|somebody|i|we) (?:shuts|shut|does|makes|hurts|teaches|closes) (?:it|you|u|ya)|(?:deserves?|need|needs|could use) (?:a |an )?(?:good |proper |real )?(?:beating|slap|bullet|punch|smack|ass whooping|kick in the teeth)|should be (?:beaten|slapped|punched)|or else|you d better (?:watch|be careful|shut|run|hide)|wait (?:til|till|until) i (?:find|get|see|catch) (?:you|u)|i know where (?:you|u) (?:live|work|sleep)|we ll see how (?:brave|tough) you are|(?:mouth|mouths) taped shut',
  gate: words('trouver retrouver chercher attendre apprendre calmer faire regler ecraser defoncer casser eclater marave maraver allumer detruire pourrir humilier afficher exposer balancer doxer doxxer remettre briser montrer regretter morfler souffrir prendre payer voir comprendre chier manger merite merites meriterait meriterais attend attends sait attention sais occuper connais connait beat punch slap smack hurt break smash hunt track come deal shut teach stab jump rape kill murder shoot find found finds shuts does makes closes deserve deserves need needs could beaten slapped punched else better wait know see taped'),
});
// Veiled waiting threats: someone will be waiting for the target at a place or time.
RULES.push({
  sub: 'threat', w: 3, name: 'threat',
  src: '(?:we|they|people|some of us|the boys|a few of us)(?: ll| will| are| re| gonna be| going to be)? (?:be )?waiting (?:for )?(?:you|u|ya) (?:after (?:the|your)|outside|when you (?:leave|get out|come out)|in the parking|on your way)|(?:on|ils|nous) (?:t attendra|t attendrons|t attendront) (?:a la sortie|dehors|en bas|devant|apres|au parking|pres de chez)',
  gate: words('waiting attendra attendrons attendront'),
});
// Incitement to suicide phrased around the account ("delete your account and then yourself").
RULES.push({
  sub: 'incitement', w: 3, name: 'suicide',
  src: '(?:delete|deactivate|close) (?:your|ur|yr) (?:account|acc|acct|twitter|profile) (?:and|then|&) (?:then |after that )?(?:yourself|urself|your life|ur life|you)|supprime (?:ton|ta) (?:compte|page|profil) (?:et|puis) (?:toi avec|ta vie|toi aussi|toi-meme|toi meme|toi)|(?:personne|nobody|no one|noone) (?:ne )?(?:t aime|t aimera|loves you|loves u|likes you|cares about you|will miss you|would miss you)(?: \\w+){0,3} (?:disparais|disappear|vanish|go away forever|crève|creve|die|leave this earth)',
  gate: words('delete deactivate close supprime disparais disappear vanish die creve forever earth'),
});
// Group hate that needs no slur: dehumanising predicates about pseudo-groups ("these people are animals").
RULES.push({
  sub: 'identity_attack', w: 3, name: 'dehumanisation',
  src: `(?:${PSEUDO_GROUP}) (?:\\w+ ){0,6}(?:${DEHUM})`,
  gate: words('people ppl folks creatures things savages animals kind gens individus personnes types mecs autres race espece communaute'),
});
// Exclusion of groups and slogans.
RULES.push({
  sub: 'identity_attack', w: 3, name: 'exclusion',
  src: 'la france aux francais|remigration|grand remplacement|(?:send|ship|kick) (?:them|em) (?:all )?(?:back|out)(?! (?:the|a|an|my|your|his|her|our|their|this|that|it|some|to me|to us|by|before|after|tomorrow|today|later|asap|now|soon|in|on|at|with|for|please|pls|thanks) )|renvoyez les (?:chez eux|dans leur pays)|qu ils (?:rentrent|retournent) chez eux|(?:women|woman|girls|femmes) (?:like you )?(?:belong|belongs) (?:in|at) (?:the )?(?:kitchen|home)|(?:ta|sa|leur) place (?:est )?(?:a la cuisine|au foyer)|retourne (?:a la|dans ta) cuisine',
  gate: words('france remigration remplacement send ship kick renvoyez rentrent retournent belong belongs place retourne'),
});
// Sexual harassment and sextortion.
RULES.push({
  sub: 'sexual', w: 3, name: 'sexual',
  src: '(?:envoie|envoies|envoyez|montre|montres) (?:moi |nous )?(?:des |tes |une |ta |un )?(?:photos?|pics?|videos?|nudes?) (?:de toi )?(?:nue?s?|en sous vetements|en culotte|en string|en maillot|sexy|de tes (?:seins|fesses))|sinon je (?:publie|balance|diffuse|poste|envoie) (?:tout|tes photos|les photos|ta video|tes nudes)|or i (?:post|leak|share|send) (?:them|your (?:pics|nudes|photos))|i d (?:smash|tap that|hit that|destroy that)|on your knees|i wanna see you naked|wanna see (?:you|u) naked|(?:suce|sucer|lecher) (?:ma|mes|mon)|bouche (?:a pipe|pleine)|mouth full',
  gate: words('envoie envoies envoyez montre montres publie balance diffuse poste post leak share smash tap hit knees naked suce sucer lecher pipe pleine full'),
});
// Incitement to suicide and to pile-ons.
RULES.push({
  sub: 'incitement', w: 3, name: 'incitement',
  src: 'va (?:te noyer|te foutre en l air|sauter d un pont|te jeter (?:d un pont|sous un train|par la fenetre))|(?:jette|jetes) toi (?:sous|d un|par)|(?:tu|vous) devriez (?:mourir|crever|disparaitre)|(?:go|just) (?:die|unalive|off yourself)|(?<!tell (?:\\w+ ){1,2})off yourself|(?:should|ought to|need to|needs to) (?:kill|off|unalive) (?:yourself|urself|themselves|himself|herself)|nobody would care if (?:you|u) died|personne ne (?:te )?pleurera|tout le monde sur (?:elle|lui|cette|ce)|allez (?:tous )?(?:le|la|les|lui) (?:harceler|insulter|defoncer|afficher)|everyone (?:go )?(?:at|after) (?:her|him)|dogpile',
  gate: words('noyer foutre sauter jeter jette jetes mourir crever disparaitre die unalive yourself urself themselves himself herself died pleurera monde harceler insulter defoncer afficher everyone dogpile'),
});

// Exclusion of groups: deport / send back, with a destination so "renvoyer au vestiaire" stays out.
const DEST_FR = '(?:chez eux|chez elles|dans leurs? pays|dans leurs? bled|au bled|d ou ils viennent|d ou elles viennent|en afrique|de france|du pays|hors de france|hors d europe|a la frontiere|dans leur jungle|a la mer)';
RULES.push({
  sub: 'identity_attack', w: 3, name: 'exclusion',
  src: `(?:on devrait|il faudrait|faudrait|il faut|faut|on doit|faudra|on va|ils devraient|il faudra) (?:tous |toutes )?(?:les|l) (?:renvoyer|expulser|deporter|rapatrier|degager|foutre dehors|mettre dehors|chasser|virer|reexpedier|remettre dans (?:un|le|leur) (?:bateau|avion)) (?:tous |toutes )?${DEST_FR}|(?:renvoyez|renvoyons|expulsez|expulsons|virez|deportez|degagez|rapatriez|chassez) (?:les )?(?:tous |toutes )?${DEST_FR}|(?:renvoyer|expulser|deporter|virer|degager|chasser) (?:tous |toutes )?(?:les|ces) (?:${GROUP_FR})|(?:${GROUP_FR}|ils|elles|ces gens(?: la)?) (?:doivent|devraient|faut qu ils|vont) (?:tous |toutes )?(?:rentrer|retourner|etre renvoyes|etre expulses|degager|partir) ${DEST_FR}`,
  gate: words('renvoyer expulser deporter rapatrier degager foutre mettre chasser virer reexpedier remettre renvoyez renvoyons expulsez expulsons virez deportez degagez rapatriez chassez rentrer retourner renvoyes expulses partir'),
});
RULES.push({
  sub: 'identity_attack', w: 3, name: 'exclusion',
  src: `(?:send|ship|kick|deport|throw|boot) (?:them|em|every (?:last |single )?one of (?:them|em)|all of (?:them|em)|these people|those people|them all|the lot of them|(?:all )?(?:the )?(?:${GROUP_EN})) (?:all )?(?:back|out|home)(?! (?:the|a|an|my|your|his|her|our|their|this|that|it|some|to me|to us|by|before|after|tomorrow|today|later|asap|now|soon|in|on|at|with|for|please|pls|thanks) )|(?:should|must|need to|needs to|ought to|have to|has to|gotta) (?:all )?be (?:shipped|sent|kicked|thrown|booted|deported) (?:back|out|home)|(?:${GROUP_EN}|they|them) (?:should|must|need to|ought to) (?:all )?go back (?:home|to (?:their|where))`,
  gate: words('send ship kick deport throw boot shipped sent kicked thrown booted deported back'),
});
// Death wishes and "deserve to be killed" about people or groups, and normative killing.
RULES.push({
  sub: 'death_threat', w: 3, name: 'death_wish',
  src: `qu (?:ils|elles|il|elle|tu|vous) (?:crevent|creve|creves|crevez|meurent|meure|meures|mourez|brulent|brule|brules|pourrissent|pourrisse|pourrisses|degagent)(?! (?:un|une|des|les|ses|leurs|son|sa) (?:cierges?|bougies?|calories|etapes|feux|cartouches|jokers?))(?: tous| toutes| la)?|(?:ils|elles|il|elle|tu|vous|ces \\w+|les \\w+|ce \\w+|cette \\w+|ca|beaucoup|certains|certaines) (?:meriteraient|meritent|merite|meriterait|merites|meritez|mereterait) (?:tous |toutes |bien |juste |vraiment |qu une chose |qu un truc )?(?:d etre|de se faire|d etres) (?:pendu|tue|abattu|fusille|brule|gaze|lynche|extermine|egorge|viole|execute|decapite|elimine|massacre|frappe|battu|cogne|tabasse|guillotine|pique|lapide|noye|brulee|pendue|tuee|abattue|violee|egorgee|lynchee|executee|decapitee|eliminee|massacree|frappee|battue|tabassee|lapidee|noyee)(?:e|s|es)?|(?:merite|meritent|meriterait|meriteraient|merites|meritez) (?:bien |juste |vraiment )?(?:la mort|de mourir|de crever|une balle|la corde|la guillotine|le peloton|la chaise electrique|des coups|une raclee|le bucher|la potence|la pendaison)|laissons (?:le|la|les) (?:mourir|crever|agoniser)|(?:on|il) (?:devrait|faudrait|faut) (?:tous )?(?:les|le|la) (?:laisser (?:mourir|crever)|noyer|aligner|mettre contre un mur|raser)|(?:should|must|need to|needs to|ought to|deserve to|deserves to|all need to) (?:all )?be (?:shot|executed|hanged|hung|lynched|gassed|exterminated|put down|strung up|burned alive|burnt alive|wiped out|eliminated|beheaded|drowned|killed off|culled)|(?:hope|hopes|wish|pray) (?:your|ur|his|her|their) (?:house|home|car|family|kids|children|mom|mother|dad|dog|daughter|son) (?:burns|gets|get|catches|dies|die|explodes|blows|is burned|crashes)|j espere que (?:ta|ton|tes|sa|son|ses|leur|leurs) (?:maison|famille|voiture|gosses|enfants|mere|pere|fille|fils|chien) (?:brule|crame|meurt|meurent|creve|crevent|explose|saute|prenne feu|y passe|y passent)`,
  gate: words('crevent creve creves crevez meurent meure meures mourez brulent brule brules pourrissent pourrisse pourrisses degagent meriteraient meritent merite meriterait merites meritez mereterait laissons laisser noyer aligner mur raser shot executed hanged hung lynched gassed exterminated put strung burned burnt wiped eliminated beheaded drowned killed culled burns catches explodes blows crashes dies crame meurt explose saute feu passe passent'),
});
// Veiled threats: "elle va finir comme l'autre", "someone should deal with her", "tu devrais avoir peur".
RULES.push({
  sub: 'threat', w: 3, name: 'veiled_threat',
  src: `(?:il|elle|tu|vous|ils|elles|t) (?:va|vas|vont|allez|risque de|risques de|risquent de) (?:finir|terminer) comme (?:l autre|les autres|samuel paty|paty|charlie|lola|philippine|sa copine|son pote|ton pote|ta copine|ta pote|l autre prof|le prof|la derniere|le dernier|celle d avant|celui d avant|eux|ces gens)|(?:il|elle|tu|vous) (?:finira|finiras|finirez|finiront) comme (?:l autre|les autres|samuel paty|paty|charlie|lola|la derniere|le dernier)|(?:someone|somebody|anyone|one of us|we|people|they) (?:ll |will |should |needs to |need to |ought to |has to |have to |gotta |gonna |is going to |are going to |better |d better |really )*(?:deal with|take out|get rid of|shut (?:her|him|them) up|silence|sort out|put down|teach (?:her|him|them) a lesson|pay (?:her|him|them) a visit|do something about|end|shut (?:her|him|them) down|find) (?:her|him|them|this (?:bitch|guy|woman|clown|idiot|girl)|that (?:bitch|guy|woman|clown|idiot|girl))|(?:tu|vous) (?:devrais|devriez|ferais mieux d|feriez mieux d) (?:avoir peur|te mefier|vous mefier|dormir avec un oeil ouvert|surveiller tes arrieres|faire attention a toi|faire gaffe)|you (?:should|better|d better) (?:be (?:scared|afraid|very scared|very afraid)|watch (?:out|yourself|your back)|sleep with one eye open)|(?:je|on) (?:sait|sais|connait|connais) (?:ta|ton|tes) (?:ecole|lycee|college|boulot|travail|bureau|voiture|famille|mere|gosses|enfants|fille|fils)|(?:we|i) know (?:your|ur) (?:school|work|office|car|family|kids|mom|daughter|son)`,
  gate: words('finir terminer finira finiras finirez finiront someone somebody anyone deal rid shut silence sort teach pay something devrais devriez ferais feriez scared afraid sleep watch ecole lycee college boulot bureau gosses school office daughter'),
});
// Dehumanising comparisons about groups: "they breed like rats", "ils se reproduisent comme des lapins".
RULES.push({
  sub: 'identity_attack', w: 3, name: 'dehumanisation',
  src: `(?:${PSEUDO_GROUP}|${GROUP_EN}|${GROUP_FR}|they|ils|elles) (?:\\w+ ){0,3}(?:breed|multiply|live|behave|act|smell|stink|se reproduisent|se multiplient|vivent|puent|se comportent) (?:like|comme) (?:rats|rabbits|animals|cockroaches|vermin|flies|insects|pigs|dogs|apes|monkeys|des (?:rats|lapins|animaux|cafards|betes|insectes|porcs|chiens|singes|sauvages|mouches))`,
  gate: words('breed multiply behave smell stink reproduisent multiplient puent comportent'),
});
// Forum-style degradation (ToxiFrench): misogynist and dehumanising insults about a person.
RULES.push({
  sub: 'insult', w: 3, name: 'degrading',
  src: `mal (?:baisee|baise|baisees)|race de boue|races de boue|sac a viande|sac de viande|reine des (?:merdes|connes|putes|salopes)|roi des (?:cons|connards|abrutis)|(?:grosse|sale|vieille|petite) (?:tchoin|trainee|chaudasse|pouffe|blondasse|morue|truie|grognasse|pucelle)|(?:t es|tu es|t as l air d etre|vous etes) (?:un |une )?(?:enorme |gros |grosse |vrai |vraie |sacre |sacree )?(?:tare|taree|tares|malade mental|malade mentale|malades mentaux|consanguin|consanguine|consanguins|attarde mental|cas social|cassos|kssos|ksos|sous race|erreur de la nature|dechet humain|dechet de la societe|rebut|tchoin|trainee|chaudasse)|(?:quel|quelle|ce|cette|le|la) (?:dechet|dechets) (?:humain|humains|de la societe)|dechet humain|dechets humains|(?:je|on) (?:la|le|te) (?:toucherais|touche|toucherai) pas (?:avec|meme avec) un baton|(?:tais|tait|taisez) toi (?:le|la|les|sale|espece)`,
  gate: words('baisee baise baisees race races viande reine roi pouffe blondasse morue truie grognasse pucelle tare taree tares malade malades consanguin consanguine consanguins attarde cas cassos kssos ksos sous erreur dechet dechets rebut tchoin trainee chaudasse baton tais tait taisez'),
});

// Forum-style sexual degradation of a person ("je vais la culbuter", "envie de te baiser").
RULES.push({
  sub: 'sexual', w: 3, name: 'sexual',
  src: `(?:je|j|on|il|ils) (?:vais |veux |voudrais |aimerais |va |vont |compte |reve de |kiffe )?(?:la|te|t|lui|les|vous) (?:baiser|culbuter|sodomiser|violer|doigter|peloter|tringler|engrosser|fourrer)|(?:envie|hate) de (?:la|te|t|lui|les) (?:baiser|culbuter|sodomiser|lecher|doigter|tringler)|(?:envie|hate) de (?:teter|lecher|toucher|peloter) (?:tes|ses) (?:seins|fesses|nichons|pieds)|(?:tu|elle) (?:me )?(?:suces|suce|sucerais|sucera)|si tu me suces|je (?:lui|te) leche (?:le|la|l|les)`,
  gate: words('baiser culbuter sodomiser violer doigter peloter tringler engrosser fourrer teter lecher suces suce sucerais sucera leche'),
});
RULES.push({
  sub: 'insult', w: 2, name: 'directed',
  src: `(?:t es|tu es|vous etes|sale|espece de|ce|le|gros|grosse|quel|quelle) (?:un |une |gros |sale |vieux )?(?:pedo|pedophile|pedophiles|zoophile|pedos|puceau|puceaux|mal baise|mal baisee|cocu|clodo|clochard|sdf|chomeur|assiste|cassos)`,
  gate: words('pedo pedophile pedophiles zoophile pedos puceau puceaux baise baisee cocu clodo clochard sdf chomeur assiste cassos'),
});

// "No X deserves to live", "typical woman": denial of a group's right to exist, stereotyping.
RULES.push({
  sub: 'identity_attack', w: 3, name: 'group_denial',
  src: `(?:(?:no|not a single|not one|aucun|aucune|pas un seul|pas une seule) (?:${IDENT_EN}|${IDENT_FR})|aucun noir|aucune noire) (?:\\w+ )?(?:deserves? to (?:live|exist|be here)|merite de (?:vivre|exister)|merite d exister)|(?:typical|typique d un|typique d une|typique des|typique) (?:${IDENT_EN}|${IDENT_FR})`,
  gate: words('deserve deserves merite typical typique'),
});

/** A compiled grammar rule with its token gate. */
export interface GrammarRule {
  sub: SubLabel;
  w: Strength;
  re: RegExp;
  rule: string;
  bit: number;
}

// Mock praise: thanks or congratulations wrapped around contempt ("merci de nous débarrasser", "thanks for proving…").
RULES.push({
  sub: 'insult', w: 2, name: 'mock_praise',
  src: 'merci de nous (?:debarrasser|liberer)|bon debarras|(?:tu|t) (?:ne )?merites? (?:rien|que dalle|que le mepris)|(?:belle|grosse|encore une) connerie|(?:grand |beau )?moment de (?:betise|connerie|honte|ridicule)|(?:t es|tu es|vous etes) (?:vraiment |juste )?la honte|le prix (?:de la|du) (?:plus gros(?:se)? )?(?:connerie|betise|con|conne|nul|nulle|idiot|idiote|abruti)|la plus grosse (?:conne|con|idiote|nulle|honte)|thanks? (?:you )?for (?:proving|showing (?:us |everyone )?(?:how|what a|that you)|reminding us (?:how|why) (?:dumb|stupid))|love how you (?:people|guys|lot|always)|you people (?:always|never|can t)|(?:nobody|no one|noone) (?:takes|cares about|likes|listens to) (?:you|u)|(?:the |most )?(?:dumbest|stupidest|ugliest|most pathetic) (?:person|man|woman|girl|guy|take|thing|clown)|for being (?:a |an |such a )?(?:total |complete |absolute )?(?:idiot|moron|clown|joke|loser|disgrace|failure)|women can t (?:think|drive|lead|do)|les femmes (?:ne )?(?:savent|peuvent) pas (?:penser|conduire|reflechir)',
  gate: words('debarrasser liberer debarras merites merite connerie betise honte ridicule prix grosse thanks thank love people takes listens cares likes dumbest stupidest ugliest pathetic being can femmes'),
});

// Pile-on calls about a third person: "tout le monde sur son compte", "on la lâche pas", "RT massif",
// "faut qu'elle comprenne", "everyone go to her account", "don't let her off".
RULES.push({
  sub: 'incitement', w: 3, name: 'pile_on',
  src: '(?:tout le monde|tous|toutes|everyone|everybody|y all|let s all|lets all) (?:sur|a|on|to|at|into) (?:son|sa|ses|her|his|their) (?:compte|profil|tweets?|posts?|mentions|dms?|mp|commentaires|account|profile|replies|inbox)|(?:on|faut pas|il faut pas|ne) (?:la|le|l) (?:lache|lachera|lachez|lachons) (?:pas|plus|rien|jamais)|(?:rt|retweets?|signalements?|reports?|spam|raid|mentions) (?:massifs?|massives?|en masse) (?:sur|contre|on|against) (?:elle|lui|son|sa|ses|her|him|his)|mass (?:rt|retweet|report|reporting|spam|tag|tagging) (?:her|him|his)|(?:faut|il faut|faudrait) (?:qu|que) (?:elle|il) (?:degage|ferme sa gueule|se taise|craque)|(?:don t|do not|never) let (?:her|him) (?:off the hook|breathe|rest|forget|live this down)|make (?:her|him) (?:regret (?:it|this|everything|ever)|pay for|quit (?:twitter|x|social media)|delete (?:her|his) account)',
  gate: words('monde tous toutes allez go everyone everybody all lache lachera lachez lachons massif massifs massive massives masse mass comprenne paie paye degage demissionne taise craque breathe hook rest forget regret pay quit delete'),
});
// Calls to dox a third person (no data yet): "balancez le numéro de sa mère", "postez son adresse", "someone drop her address".
RULES.push({
  sub: 'incitement', w: 3, name: 'dox_call',
  src: '(?:balancez|balance|lachez|postez|diffusez|trouvez|cherchez|leakez|leak|publiez|faites tourner|envoyez nous|donnez nous|filez nous) (?:aussi )?(?:le |la |l |les )?(?:numero|num|tel|telephone|portable|06|07|adresse|adresses|adresse perso|coordonnees|plaque|boulot|ecole|infos perso) (?:perso )?(?:de (?:sa|son|ses|cette|ce|cet) \\w+|(?:de )?(?:sa|son|ses) (?:\\w+ )?(?:mere|pere|soeur|frere|famille|parents|femme|mari|copain|copine|gosses|enfants|fille|fils))|(?:balancez|balance|lachez|postez|diffusez|leakez|publiez|faites tourner) (?:aussi )?(?:son|sa|ses) (?:numero|num|tel|telephone|portable|06|07|adresse|coordonnees|plaque|adresse perso|infos perso)|(?:someone|somebody|anyone|everyone|y all|guys|go|pls|please) (?:post|drop|leak|dig up) (?:her|his|their) (?:home |real |personal |mom s |moms |mother s |dad s |parents |family s |wife s )?(?:address|addy|number|phone number|phone|info|details|dox|workplace)|(?:post|drop|leak|dig up) (?:her|his|their) (?:home address|address|addy|phone number|personal info|mom s (?:number|address)|parents (?:number|address))',
  gate: words('balancez balance lachez postez diffusez trouvez cherchez leakez leak publiez tourner envoyez donnez filez post drop find share dig get'),
});
// Knowing where a third person lives, then announcing a visit: "je connais sa rue. Je passe ce soir", "we know where she lives".
RULES.push({
  sub: 'threat', w: 3, name: 'location_visit',
  src: '(?:je|j|on|nous) (?:connais|connait|connaissons|sais|sait|savons) (?:(?:sa|son|ses|leur) (?:rue|adresse|immeuble|quartier|maison|porte|batiment|residence|domicile|appart|appartement|bureau|ecole|voiture)|ou (?:elle|il|ils|elles) (?:habite|habitent|vit|vivent|dort|dorment|bosse|travaille|traine|se cache|gare)) (?:\\w+ ){0,8}?(?:je|j|on|nous|moi) (?:y |lui |leur |la |le |vais |va |vas |allons )?(?:passe|passerai|passera|passons|passer|viens|viendrai|viendra|venir|arrive|arrivons|debarque|debarquerai|serai la|sera la|serons la|y vais|y va|rendre visite|rends visite|rend visite|attends|attend|attendrai|attendra)(?: (?:ce soir|cette nuit|demain(?: soir| matin)?|bientot|tout a l heure|un de ces jours|ce week end|cette semaine|lui dire bonjour|la voir|le voir|chez (?:elle|lui)|en bas de chez (?:elle|lui)))|(?:i|we) know (?:where (?:she|he|they) (?:lives?|sleeps?|works?|parks?)|(?:her|his|their) (?:street|address|house|building)) (?:\\w+ ){0,8}?(?:i|we) (?:ll |will |m |re |am |are |might |may )?(?:coming|come|drop by|stop by|swing by|pay (?:her|him|them) a visit|visit|be there|be waiting|wait)(?: (?:tonight|tomorrow(?: night)?|soon|later|one of these days|this weekend|to say hi|for (?:her|him)|over))',
  gate: words('connais connait connaissons sais sait savons know'),
});
// Mocking a target's complaint as whining: "cry more", "ouin ouin", "tu l'as bien cherché", "t'avais qu'à pas tweeter".
RULES.push({
  sub: 'insult', w: 2, name: 'mock_whining',
  src: 'cry (?:more|harder|about it)|boo hoo|ouin ouin|bouhou|pleurnich\\w+|chiale (?:plus|encore|pas)|(?:tu l|vous l|elle l|il l) (?:as|avez|a) (?:bien |un peu |quand meme |tellement )?cherche|(?:t avais|tu avais|elle avait|il avait|vous aviez|fallait) (?:qu a|qu a pas|pas|qu a ne pas) (?:\\w+ )?(?:pas )?(?:tweeter|poster|parler|l ouvrir|ouvrir ta|ouvrir sa|ecrire|publier|te montrer|se montrer)|(?:you|she|he) (?:asked for it|had it coming)|(?:you|u|ur|such a|little|lil|poor|precious|typical|triggered|petit|petite|pauvre|espece de|sale) (?:snowflakes?|flocons? de neige)|cope (?:harder|and seethe|more)|(?:stay|keep) mad',
  gate: words('cry boo ouin bouhou pleurnicheuse pleurnicheur pleurnicheuses pleurnicheurs pleurnicher pleurniche pleurniches chiale cherche avais avait aviez fallait asked had snowflake snowflakes flocon cope mad seethe'),
});
// Contempt for the target as one of a group: "les élus comme toi c'est la honte du pays", "people like you are a disgrace".
RULES.push({
  sub: 'insult', w: 3, name: 'like_you_shame',
  src: '(?:\\w+ )?comme (?:toi|vous) (?:c est|ce sont|sont|vous etes|on en veut plus|devraient) (?:vraiment |juste |que |tous |toutes )?(?:la honte|une honte|des hontes|des parasites|des nuls|des bouffons|des clowns|des incapables|des minables|des guignols|des rates|des dechets|la plaie|le cancer|des boulets|pas des \\w+|dehors|degager)|(?:t es|tu es|vous etes|t etais|elle est|il est) (?:vraiment |juste |une |la |tellement )*honte (?:du pays|de la france|de la nation|de la republique|de ta famille|de l humanite|de la politique|de ta profession|de ton parti|de la profession|de l assemblee)|(?:like you|like her|like him) (?:are|is) (?:a |the )?(?:disgrace|embarrassment|shame|problem|cancer|plague) (?:to|of|for) (?:this|the|our) (?:country|nation|profession|party)',
  gate: words('comme honte like'),
});

/** Compiled rules, in order. */
export const GRAMMAR: GrammarRule[] = RULES.map((r, i) => ({
  sub: r.sub,
  w: r.w,
  re: tokenPattern(squeezePattern(r.src)),
  rule: `grammar:${r.name}`,
  bit: 1 << i,
}));

/** Token → bitmask of the rules it opens. */
export const GRAMMAR_GATE = new Map<string, number>();
RULES.forEach((r, i) => {
  for (const g of r.gate) {
    const k = squeezePattern(g.replace(/-/g, ''));
    GRAMMAR_GATE.set(k, (GRAMMAR_GATE.get(k) ?? 0) | (1 << i));
    if (g.includes('-')) for (const part of g.split('-')) GRAMMAR_GATE.set(squeezePattern(part), (GRAMMAR_GATE.get(squeezePattern(part)) ?? 0) | (1 << i));
  }
});
