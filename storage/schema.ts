/**
 * The single source of truth for every data shape that crosses a boundary
 * (page → content script → background → IndexedDB → export). Types are derived
 * from the zod schemas so a value that passed `parse` is the type it claims.
 */
import { z } from 'zod';
import { LABELS } from './labels';

export { LABELS, type Label } from './labels';
/** A reply's label. */
export const LabelSchema = z.enum(LABELS);

/** Sub-labels used by the legal mapping (hostile ones, then doxxing ones). */
export const SUB_LABELS = [
  'insult',
  'identity_attack',
  'threat',
  'death_threat',
  'sexual',
  'incitement',
  'address',
  'phone',
  'email',
  'plate',
  'id_number',
  'geo',
  'workplace_school',
  'relative',
  'support',
  'counter_speech',
] as const;
/** A sub-label: why a reply got its label, in legal terms. */
export const SubLabelSchema = z.enum(SUB_LABELS);
/** A sub-label. */
export type SubLabel = z.infer<typeof SubLabelSchema>;

// Upper bounds protect the background and the database from a hostile page that
// sends megabytes in one field; they are far above anything X displays.
const shortText = z.string().max(512);
const longText = z.string().max(20_000);
const httpsUrl = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

/** X status ids are decimal snowflakes. */
export const StatusIdSchema = z.string().regex(/^\d{1,25}$/, 'status id must be digits');

/** Why a reply got its label: a span of its text and what it matched. */
export const ReasonSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The matched text, verbatim. */
  text: z.string().max(2000),
  subLabel: SubLabelSchema.optional(),
  label: LabelSchema,
  /** A short machine code for the rule or model feature (e.g. `lexicon:insult`). */
  rule: z.string().max(128),
});
/** A reason. */
export type Reason = z.infer<typeof ReasonSchema>;

/** What the classifier returns for one reply. */
export const ClassificationSchema = z.object({
  label: LabelSchema,
  /** Score per label in [0, 1]. */
  scores: z.object({
    hostile: z.number(),
    supportive: z.number(),
    doxxing: z.number(),
    neutral: z.number(),
  }),
  subLabels: z.array(SubLabelSchema),
  reasons: z.array(ReasonSchema),
  version: z.string(),
});
/** A classification. */
export type Classification = z.infer<typeof ClassificationSchema>;

/** The author of a post, as displayed. */
export const AuthorSchema = z.object({
  /** Without the leading @. */
  handle: z.string().regex(/^[A-Za-z0-9_]{1,50}$/),
  /** Verbatim, emoji included, right-to-left names untouched. */
  displayName: shortText,
  profileUrl: httpsUrl,
  verified: z.boolean(),
});
/** An author. */
export type Author = z.infer<typeof AuthorSchema>;

/** A link in a post: what the reader saw and where it points. */
export const LinkSchema = z.object({ display: shortText, href: httpsUrl });

/** A media item attached to a post. */
export const MediaSchema = z.object({
  type: z.enum(['photo', 'video', 'card']),
  url: httpsUrl.optional(),
});

/** A post quoted inside another, kept apart from the quoting post. */
export const QuotedPostSchema = z.object({
  author: AuthorSchema.partial({ profileUrl: true, verified: true }).optional(),
  text: longText,
  postedAt: z.string().datetime().optional(),
  statusId: StatusIdSchema.optional(),
});

/** Where a post stands relative to the conversation on screen. */
export const PostRoleSchema = z.enum([
  'focal',
  'ancestor',
  'reply',
  'after-replies',
  'timeline',
]);
/** A post role. */
export type PostRole = z.infer<typeof PostRoleSchema>;

/** Page types the content script distinguishes from the URL. */
export const PageTypeSchema = z.enum([
  'status',
  'media',
  'notifications',
  'mentions',
  'search',
  'home',
  'profile',
  'other',
]);
/** A page type. */
export type PageType = z.infer<typeof PageTypeSchema>;

/**
 * Everything read from one post on the page. Attacker-controlled: it is parsed
 * with this schema where it enters the background.
 */
export const PostSnapshotSchema = z.object({
  site: z.enum(['x.com']),
  statusId: StatusIdSchema,
  /** Canonical permalink https://x.com/<handle>/status/<id>. */
  url: httpsUrl,
  /** The page the user was on when it was read. */
  pageUrl: httpsUrl,
  pageType: PageTypeSchema,
  author: AuthorSchema,
  /** Verbatim, NFC, emoji from img[alt], links as displayed. */
  text: longText,
  lang: z.string().max(16).optional(),
  hashtags: z.array(shortText).max(200),
  mentions: z.array(shortText).max(200),
  links: z.array(LinkSchema).max(100),
  media: z.array(MediaSchema).max(50),
  /** ISO UTC from time[datetime]; absent if the page showed none. */
  postedAt: z.string().datetime().optional(),
  /** ISO UTC derived from the snowflake id. */
  postedAtFromId: z.string().datetime().optional(),
  /** True when the two times differ by more than a minute. */
  timeMismatch: z.boolean(),
  edited: z.boolean(),
  role: PostRoleSchema,
  /** Status id (or handles) of what this post answers, when the page shows it. */
  inReplyTo: z
    .object({
      statusId: StatusIdSchema.optional(),
      handles: z.array(shortText).max(50),
    })
    .optional(),
  quoted: QuotedPostSchema.optional(),
  /** Reposted by (socialContext), kept verbatim. */
  socialContext: shortText.optional(),
});
/** A post snapshot. */
export type PostSnapshot = z.infer<typeof PostSnapshotSchema>;
