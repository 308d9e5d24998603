/**
 * Every message between contexts: names and types. The zod schemas in
 * messages.ts are the contract: the receiving side parses with them, so a
 * compromised page that tricks the content script cannot slip malformed data
 * into storage.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { ClassifyRequestSchema, KeepRequestSchema, KeepResponseSchema, PageStatus, PostVerdict, SetLabelRequestSchema } from './messages';

export type { PageStatus, PostVerdict } from './messages';

/** Typed message map. Data types are what senders pass; receivers still parse. */
export interface ProtocolMap {
  classifyPosts(data: z.input<typeof ClassifyRequestSchema>): PostVerdict[];
  keepPost(data: z.input<typeof KeepRequestSchema>): z.infer<typeof KeepResponseSchema>;
  setUserLabel(data: z.input<typeof SetLabelRequestSchema>): void;
  reportPageStatus(data: PageStatus): void;
  /** Popup → background: status of the active tab's page. */
  getTabStatus(data: { tabId: number }): PageStatus | null;
  /** Background → content script: keep the post that has keyboard focus. */
  keepFocusedPost(): boolean;
  /** Background → content script: keep the post the user right-clicked. */
  keepContextPost(): boolean;
}

/** The one messenger every context uses. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
