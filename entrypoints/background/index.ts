import { getDb } from '../../storage/db';
import { recordUnreadable } from '../../storage/diagnostics';
import { sessionTabStatus } from '../../storage/tab-status';
import { capturePost } from './capture';
import { messenger, type PageStatus } from './protocol';
import {
  handleClassifyPosts,
  handleGetTabStatus,
  handleKeepPost,
  handleReportPageStatus,
  handleSetUserLabel,
  type HandlerDeps,
} from './handlers';

const KEEP_MENU_ID = 'temoin-keep';

export default defineBackground(() => {
  const deps: HandlerDeps = {
    db: getDb(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    environment: () => ({
      extensionVersion: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
      locale: browser.i18n.getUILanguage(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    tabStatus: sessionTabStatus,
    onTabStatus: showTabStatus,
    recordUnreadable,
    capturePost,
  };

  messenger.onMessage('classifyPosts', (m) => handleClassifyPosts(m.data, m.sender, deps));
  messenger.onMessage('keepPost', (m) => handleKeepPost(m.data, m.sender, deps));
  messenger.onMessage('setUserLabel', (m) => handleSetUserLabel(m.data, m.sender, deps));
  messenger.onMessage('reportPageStatus', (m) => handleReportPageStatus(m.data, m.sender, deps));
  messenger.onMessage('getTabStatus', (m) => handleGetTabStatus(m.data, m.sender, deps));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    // A context-menu click also grants activeTab, so this path gets a screenshot
    // even when the user has not granted the broader optional permission.
    // Menus survive updates: start from none so the id is never a duplicate.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: KEEP_MENU_ID,
        title: browser.i18n.getMessage('contextKeep'),
        contexts: ['page', 'link', 'image', 'selection'],
        documentUrlPatterns: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === KEEP_MENU_ID && tab?.id !== undefined) {
      void messenger.sendMessage('keepContextPost', undefined, tab.id).catch(() => undefined);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'keep-focused' && tab?.id !== undefined) {
      void messenger.sendMessage('keepFocusedPost', undefined, tab.id).catch(() => undefined);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void deps.tabStatus.delete(tabId));
});

/**
 * A failure to read the page must be visible even with the popup closed: the
 * toolbar icon shows "!" while posts on the tab cannot be read.
 */
function showTabStatus(tabId: number, status: PageStatus): void {
  // Firefox's build is MV2, where the toolbar button is browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const broken = status.unreadable > 0;
  void action.setBadgeText({ tabId, text: broken ? '!' : '' });
  if (broken) void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  void action.setTitle({
    tabId,
    title: broken
      ? browser.i18n.getMessage('statusUnreadable', [String(status.unreadable)])
      : browser.i18n.getMessage('extName'),
  });
}
