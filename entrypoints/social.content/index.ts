import { getSettings, watchSettings } from '../../storage/settings';
import { messenger } from '../background/protocol';
import { PageController } from './controller';
import { xAdapter } from './sites/x';

/**
 * A background that crashed or never started leaves a message unanswered rather
 * than failing it; without a deadline the page would silently stay unprotected.
 */
const CLASSIFY_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the background in ${ms / 1000} s`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // getMessage is a synchronous call into the browser; badges ask for the same
    // few strings hundreds of times, so answers are memoised.
    const messages = new Map<string, string>();
    const t = (key: string, subs?: string | string[]) => {
      const id = subs === undefined ? key : `${key}\u0000${[subs].flat().join('\u0000')}`;
      let text = messages.get(id);
      if (text === undefined) {
        text = browser.i18n.getMessage(key as never, subs) || key;
        messages.set(id, text);
      }
      return text;
    };
    const controller = new PageController(
      document,
      xAdapter,
      {
        classify: (posts, parents) => withTimeout(messenger.sendMessage('classifyPosts', { posts, parents }), CLASSIFY_TIMEOUT_MS),
        keep: (snapshot, method, capture, parent) => messenger.sendMessage('keepPost', { snapshot, method, capture, parent }),
        setUserLabel: (statusId, label) => messenger.sendMessage('setUserLabel', { statusId, label }),
        reportStatus: (status) => void messenger.sendMessage('reportPageStatus', status).catch(() => undefined),
        t,
        nextFrame: (cb) => ctx.requestAnimationFrame(cb),
      },
      await getSettings(),
    );
    controller.start();

    const unwatch = watchSettings((s) => controller.applySettings(s));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => controller.onNavigate(newUrl.href));
    // Only the background may ask (keyboard command); the data carries nothing to trust.
    const removeKeepListener = messenger.onMessage('keepFocusedPost', () => controller.keepFocused());
    // The context menu says only "this tab": remember what was right-clicked.
    let contextTarget: Element | null = null;
    ctx.addEventListener(document, 'contextmenu', (e) => (contextTarget = e.target instanceof Element ? e.target : null), { capture: true });
    const removeContextListener = messenger.onMessage('keepContextPost', () => controller.keepAround(contextTarget, 'context-menu'));

    ctx.onInvalidated(() => {
      unwatch();
      removeKeepListener();
      removeContextListener();
      controller.stop();
    });
  },
});
