/**
 * Zod schemas of every message a context receives. Only receivers import this
 * (the background, extension pages): the content script sends plain data and
 * stays free of the validation library.
 */
import { z } from 'zod';
import { ClassificationSchema, LabelSchema, PostSnapshotSchema, StatusIdSchema } from '../../storage/schema';

/** Content script → background: classify a batch of posts read on screen. */
export const ClassifyRequestSchema = z.object({
  posts: z.array(PostSnapshotSchema).max(200),
  /**
   * The posts they answer, as last read on the page, when not in the batch: a reply that only
   * says "this" or "💯" means what its parent says. Matched by status id, like a kept post's parent.
   */
  parents: z.array(PostSnapshotSchema).max(200).optional(),
});
/** One post's verdict as the content script shows it. */
export const PostVerdictSchema = z.object({
  statusId: StatusIdSchema,
  classification: ClassificationSchema,
  /** The user's correction, which wins over the classifier everywhere. */
  userLabel: LabelSchema.optional(),
  kept: z.boolean(),
});
/** A verdict. */
export type PostVerdict = z.infer<typeof PostVerdictSchema>;

/** Content script → background: keep a post as evidence. */
const finite = z.number().finite();
export const KeepRequestSchema = z.object({
  snapshot: PostSnapshotSchema,
  /** The post it answers, as last read on the page (context for the report). */
  parent: PostSnapshotSchema.optional(),
  method: z.enum(['button', 'keyboard', 'context-menu']),
  /**
   * Where the post is on screen, for the screenshot (CSS pixels, viewport-relative).
   * Odd geometry drops the screenshot, never the evidence.
   */
  capture: z
    .object({
      rect: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
      viewport: z.object({ width: finite.positive(), height: finite.positive() }),
    })
    .optional()
    .catch(undefined),
});
/** Background's answer to a keep. */
export const KeepResponseSchema = z.object({
  evidenceId: z.string(),
  alreadyKept: z.boolean(),
  /** Why the item has no screenshot, when it has none. */
  screenshotError: z.string().optional(),
});

/** Content script → background: the user corrected a label. */
export const SetLabelRequestSchema = z.object({ statusId: StatusIdSchema, label: LabelSchema });

/** Content script → background: how reading the current page went. */
export const PageStatusSchema = z.object({
  pageUrl: z.string().max(2048),
  read: z.number().int().min(0),
  unreadable: z.number().int().min(0),
  skipped: z.number().int().min(0),
  /** Why posts could not be read, for diagnostics (distinct reasons). */
  reasons: z.array(z.string().max(200)).max(20),
});
/** A page status. */
export type PageStatus = z.infer<typeof PageStatusSchema>;
