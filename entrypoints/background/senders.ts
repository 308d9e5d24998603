/** Who may send what: messages are checked against their sender before anything else. */

/** Hosts whose pages our content script runs on. */
export const SOCIAL_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] as const;

/** The parts of a runtime.MessageSender we rely on. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
}

/** Thrown for a message from a context that may not send it. */
export class ForbiddenSenderError extends Error {
  constructor(what: string) {
    super(`Témoin: refused ${what} from an unexpected sender`);
    this.name = 'ForbiddenSenderError';
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Our content script in a tab on a supported site. */
export function isSocialContentScript(sender: SenderLike, extensionId: string): boolean {
  const host = hostOf(sender.url);
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    host !== undefined &&
    (SOCIAL_HOSTS as readonly string[]).includes(host)
  );
}

/** One of our own pages (popup, case view, onboarding). */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
