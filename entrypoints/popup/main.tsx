import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import '../../components/ui.css';
import { PopupView } from '../../components/PopupView';
import { useObservable } from '../../components/use-observable';
import { listEvidence } from '../../storage/evidence.repository';
import { currentUserLabels } from '../../storage/labels.repository';
import { getDiagnostics, type Diagnostics } from '../../storage/diagnostics';
import { seenSummary } from '../../storage/seen.repository';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../../storage/settings';
import { messenger, type PageStatus } from '../background/protocol';
import { pageTranslate } from './page-i18n';
import { SCREENSHOT_PERMISSION } from './permissions';

function Popup() {
  const t = pageTranslate;
  const kept = useObservable(() => liveQuery(() => listEvidence()));
  const labels = useObservable(() => liveQuery(() => currentUserLabels((kept.value ?? []).map((r) => r.statusId))), [kept.value]);
  const seen = useObservable(() => liveQuery(() => seenSummary()));
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [pageStatus, setPageStatus] = useState<PageStatus | null>(null);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const [screenshotsAllowed, setScreenshotsAllowed] = useState(true);

  useEffect(() => {
    void getSettings().then(setSettings);
    void getDiagnostics().then(setDiagnostics);
    void browser.permissions.contains(SCREENSHOT_PERMISSION).then(setScreenshotsAllowed);
    const unwatch = watchSettings(setSettings);
    // Opened from the toolbar, the popup describes the active tab; opened as a page
    // (tests, or a helper's window) it can be pointed at a tab with ?tab=<id>.
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    const tabId = Number.isInteger(asked) && asked > 0
      ? Promise.resolve(asked)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);
    void tabId.then(async (id) => {
      if (id !== undefined) setPageStatus(await messenger.sendMessage('getTabStatus', { tabId: id }));
    });
    return unwatch;
  }, []);

  return (
    <PopupView
      t={t}
      kept={kept.value ?? []}
      userLabels={labels.value ?? new Map()}
      pageStatus={pageStatus}
      diagnostics={diagnostics}
      screenshotsAllowed={screenshotsAllowed}
      onAllowScreenshots={() => void browser.permissions.request(SCREENSHOT_PERMISSION).then(setScreenshotsAllowed)}
      seen={seen.value ?? null}
      settings={settings}
      onSettings={(change) => void updateSettings(change).then(setSettings)}
      onOpenCase={() => void browser.tabs.create({ url: browser.runtime.getURL('/case.html') })}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
