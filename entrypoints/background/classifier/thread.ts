/**
 * Replies that say nothing of their own: "this", "💯", "exactement", "lmaooo so true". Their
 * meaning is the post they answer. Under a hostile reply they pile on, under a defender they
 * defend, under a post about the weather they are about the weather (1.22).
 */
import { normalize, squeezePattern, type Normalized } from './normalize';

/** What a reply without content of its own does to the post it answers. */
export type EchoKind = 'agrees' | 'laughs';

// Normalised, squeezed spellings: "that's" is "that s", "c'est" is "c est", "+1" is "un".
const AGREE_CORE = [
  // English
  'this', 'this one', 'this is it', 'this right here', 'this tweet', 'this reply', 'this post', 'this take', 'this is the one',
  'exactly', 'exactly this', 'exactly that', 'facts', 'big facts', 'fact', 'true', 'so true', 'too true', 'very true', 'tru',
  'that s true', 'thats true', 'true that', 'truth', 'the truth', 'nothing but the truth', 'right', 'so right', 'he s right', 'hes right',
  'she s right', 'shes right', 'they re right', 'you re right', 'youre right', 'your right', 'u right', 'ur right',
  'he s not wrong', 'she s not wrong', 'not wrong', 'agreed', 'agree', 'i agree', 'totally agree', 'fully agree', 'couldn t agree more',
  'couldnt agree more', '100', 'un', '100 percent', 'one hundred percent', 'same', 'same here', 'preach', 'based', 'real', 'so real',
  'too real', 'w', 'big w', 'absolutely', 'well said', 'said it', 'you said it', 'say it louder', 'say it again', 'louder',
  'couldn t have said it better', 'couldnt have said it better', 'can t argue with that', 'cant argue with that', 'no notes',
  'nailed it', 'spot on', 'bingo', 'period', 'periodt', 'best reply', 'best take', 'my thoughts exactly', 'exactly what i was thinking',
  'spitting', 'spittin', 'he s spitting', 'she s spitting', 'on god', 'ong', 'for real', 'frfr', 'amen', 'yes', 'yep', 'yup', 'yess',
  'hell yes', 'hell yeah', 'yeah', 'ya', 'correct', 'accurate', 'so accurate', 'underrated tweet', 'underrated reply', 'this needs more likes',
  'i said what i said', 'what he said', 'what she said', 'what they said', 'second this', 'i second this', 'seconded', 'co signed', 'cosign',
  'all of this', 'all of it', 'louder for the people in the back', 'finally someone said it', 'someone had to say it', 'thank you for saying it',
  'thanks for saying it', 'took the words right out of my mouth', 'you took the words out of my mouth', 'this is the way', 'so much this', 'exactly my point',
  '1000', '1000 percent', '10000', 'a thousand percent', 'let s go', 'lets go', 'let s gooo',
  // French
  'exactement', 'exact', 'exactement ca', 'c est exactement ca', 'c est ca', 'c est bien ca', 'voila', 'voila tout', 'vrai', 'trop vrai',
  'tellement vrai', 'si vrai', 'tout a fait', 'c est vrai', 'c est tellement vrai', 'c est trop vrai', 'grave', 'carrement', 'clairement',
  'totalement', 'completement', 'd accord', 'daccord', 'dac', 'je suis d accord', 'entierement d accord', 'tout a fait d accord',
  'on est d accord', 'pareil', 'pareil pour moi', 't as tout dit', 'tu as tout dit', 'tout est dit', 'il a raison', 'elle a raison',
  'ils ont raison', 't as raison', 'tu as raison', 'vous avez raison', 'il a pas tort', 'elle a pas tort', 't as pas tort', 'pas faux',
  'c est pas faux', 'bien dit', 'bien vu', 'enfin quelqu un qui le dit', 'enfin qqn qui le dit', 'voila quelqu un qui a compris',
  'voila qqn qui a compris', 'merci de le dire', 'ce tweet', 'ce tweet la', 'ce post', 'ce com', 'ce commentaire', 'ce message', 'signe',
  'je valide', 'valide', 'je plussoie', 'plus un', 'mot pour mot', 'la verite', 'que dire de plus', 'rien a ajouter', 'rien a dire',
  'oui', 'ouais', 'ouai', 'ui', 'mais oui', 'trop ca', 'c est ca meme', 'de ouf', 'validé', 'approuve', 'j approuve', 'je confirme',
  'confirme', 'meme avis', 'meme pensee', 'je pense pareil', 'je pense la meme chose', 'lui il a compris', 'elle a compris', 'celui la il a compris',
  'tellement', 'mais tellement', 'ca', 'c est ca', 'ca meme', 'reel', 'trop reel', 'dis le plus fort', 'plus fort pour ceux du fond', 'tu m enleves les mots de la bouche',
  'enfin quelqu un qui le dit', 'fallait le dire', 'merci de l avoir dit', 'on y va', 'go', 'allez', 'ptn oui', 'oui oui', 'trop ca', 'tout a fait ca',
];

// Words that add tone, not content ("omg", "bro", "honnêtement"), and laughter.
const FILLERS = [
  'omg', 'omfg', 'oh', 'ah', 'oof', 'honestly', 'literally', 'literaly', 'ngl', 'tbh', 'fr', 'bro', 'bruh', 'sis', 'man', 'dude', 'mate',
  'guys', 'lads', 'so', 'very', 'much', 'really', 'just', 'like', 'and', 'but', 'the', 'a', 'too', 'also', 'me', 'seriously', 'wow',
  'damn', 'god', 'lord', 'jesus', 'okay', 'ok', 'yo',
  'wsh', 'frr', 'frero', 'frerot', 'frere', 'frangin', 'khey', 'poto', 'gars', 'les gars', 'mec', 'meuf', 'ma soeur', 'soeur', 'sah', 'genre', 'trop', 'tellement', 'vraiment', 'mais', 'et', 'bref', 'perso', 'moi', 'aussi',
  'honnetement', 'serieux', 'serieusement', 'franchement', 'putain', 'ptn', 'wallah', 'wesh', 'bon', 'la', 'le', 'ce', 'un', 'alors',
];
// Squeezed as the tokens are: "mdrrrr" is "mdr", "jpp" is "jp".
const LAUGH = '(?:lol|lmao|lmfao|rofl|kek|xd|mdr|ptdr|xptdr|jp|jptdr|(?:ha|ah|he|hi|ja|ka|ks|hu)+h?|a?ha(?:ha)+h?|sk|ds)';

const alt = (xs: string[]): string =>
  [...new Set(xs.map(squeezePattern))]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** A reply made only of agreement words, tone words and laughter, with at least one agreement word. */
const AGREE_ONLY_RE = new RegExp(`^ (?:(?:${alt(FILLERS)}|${LAUGH}) )*(?:${alt(AGREE_CORE)})(?: (?:${alt(AGREE_CORE)}|${alt(FILLERS)}|${LAUGH}))* $`);
/** A reply made only of laughter. */
const LAUGH_ONLY_RE = new RegExp(`^ (?:${LAUGH} )+$`);
// Emoji that agree or cheer on, and emoji that laugh: a reply of only these has no text of its own.
const AGREE_EMOJI_RE = /💯|👆|☝|👏|✅|👍|🎯|🙌|✔|🤝|🔝|‼/u;
const LAUGH_EMOJI_RE = /😂|🤣|💀|😹|😆|😭/u;
/** What a reply of emoji may hold besides them (its mentions taken out): spaces, punctuation, skin tones and joiners. */
const EMOJI_ONLY_RE = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]*$/u;
const MENTION_RE = /(?<![\w@])@\w{1,30}/g;

/**
 * Telling a hostile post off without a word of support ("so what?", "how old are you people?",
 * "lâche-la", "zéro preuve"): under a hostile parent, that is defending the one it targets.
 */
const PUSHBACK_RE = new RegExp(
  squeezePattern(
    ' (?:' +
      [
        'leave (?:her|him|them|it) (?:alone|be)', 'leave (?:her|him|them) out of', 'so what', 'grow up', 'how old are (?:you|u|y all|you people)', 'knock it off', 'cut it out',
        'calm down', 'get a life', '(?:nothing|anything) better to do', '(?:zero|no) (?:evidence|proof)', 'you think (?:that s|this is|it s) funny', '(?:can|could|will) get you (?:charged|arrested|sued|banned)',
        'that s (?:illegal|a crime|harassment)', 'are you (?:serious|ok|okay)', 'what is wrong with (?:you|u|people)', 'what s wrong with (?:you|u|people)', 'do better', 'be better', 'nobody s waiting',
        'she s (?:not|doing nothing) wrong', 'he s (?:not|doing nothing) wrong', 'give it a rest', 'back off', 'that s enough', 'enough(?= ?$| already| now| of this)',
        'lache (?:la|le|les|lui)', 'lachez (?:la|le|les|lui)', 'laisse (?:la|le|les|lui)(?: tranquilles?| en paix| vivre)?', 'laissez (?:la|le|les|lui)(?: tranquilles?| en paix| vivre)?', 'et alors', 'grandis', 'grandissez',
        '(?:vous avez|t as|tu as) quel age', 'redescends', 'redescendez', 'calme toi', 'calmez vous', 'rien de mieux a faire', '(?:zero|aucune|pas de|pas une) preuve',
        'tu te trouves drole', 'vous vous trouvez droles?', '(?:t es|tu es|vous etes) serieu(?:x|se|ses)', 'c est (?:puni|illegal|du harcelement|un delit)', 'ca suffit', 'arrete(?:z)?(?= ?$| (?:ca|tout de suite|maintenant|un peu|de))',
        'elle a rien fait', 'il a rien fait', 'personne (?:ne )?(?:t attend|attend personne)', 'fiche (?:lui|leur) la paix', 'foutez (?:lui|leur) la paix', 'fous (?:lui|leur) la paix',
      ].join('|') +
      ')(?= |$)',
  ),
);

/** A reply's own words: the text without its mentions, and that text normalised. */
export interface OwnWords {
  bare: string;
  nz: Normalized;
}

/** The reply without its mentions: they are no words of the reply ("@marc_b facts"), X puts them before every reply. */
export function ownWords(text: string): OwnWords {
  const bare = text.replace(MENTION_RE, ' ');
  return { bare, nz: normalize(bare) };
}

/** Whether a reply tells its (hostile) parent off. */
export function pushesBack({ nz }: OwnWords): boolean {
  return PUSHBACK_RE.test(nz.norm);
}

/** What a reply does to the post it answers, when it says nothing of its own; null when it says something. */
export function echoOf({ bare, nz }: OwnWords): EchoKind | null {
  const toks = nz.tokens;
  if (toks.length > 10) return null;
  if (toks.length === 0) {
    if (!EMOJI_ONLY_RE.test(bare)) return null;
    if (AGREE_EMOJI_RE.test(bare)) return 'agrees';
    return LAUGH_EMOJI_RE.test(bare) ? 'laughs' : null;
  }
  if (AGREE_ONLY_RE.test(nz.norm)) return 'agrees';
  return LAUGH_ONLY_RE.test(nz.norm) ? 'laughs' : null;
}

/** The regular expressions of this module, for the unit test that checks every one compiles optimised. */
export const THREAD_REGEXPS: RegExp[] = [AGREE_ONLY_RE, LAUGH_ONLY_RE, PUSHBACK_RE];
