/** The popup: a glance at this page and at the case. */
import type { EvidenceRecord } from '../storage/db';
import type { Diagnostics } from '../storage/diagnostics';
import { formatUtc } from './format';
import type { Label } from '../storage/schema';
import type { Settings } from '../storage/settings';
import type { Translate } from './i18n';
import { KeptList } from './KeptList';

/** What the popup shows. */
export interface PopupViewProps {
  t: Translate;
  kept: EvidenceRecord[];
  userLabels: Map<string, Label>;
  pageStatus: { read: number; unreadable: number } | null;
  seen: { byLabel: Record<string, number>; distinctHostileAuthors: number } | null;
  diagnostics: Diagnostics | null;
  /** False when the browser would refuse screenshots (the optional permission is not granted). */
  screenshotsAllowed: boolean;
  onAllowScreenshots: () => void;
  settings: Settings;
  onSettings: (change: Partial<Settings>) => void;
  onOpenCase: () => void;
}

/** The popup view. */
export function PopupView(p: PopupViewProps) {
  const { t } = p;
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {p.pageStatus ? (
        <section data-testid="page-status">
          <div>{t('popupPageRead', [String(p.pageStatus.read)])}</div>
          {p.pageStatus.unreadable > 0 ? (
            <div class="warn" role="alert" data-testid="page-unreadable">
              {t('statusUnreadable', [String(p.pageStatus.unreadable)])}
            </div>
          ) : null}
        </section>
      ) : null}
      {!p.screenshotsAllowed ? (
        <div class="warn" data-testid="screenshots-off">
          {t('popupScreenshotsOff')}{' '}
          <button type="button" onClick={p.onAllowScreenshots}>
            {t('onboardingGrant')}
          </button>
        </div>
      ) : null}
      {p.diagnostics?.last ? (
        <div class="muted" data-testid="diagnostics">
          {t('popupDiagnostics', [String(p.diagnostics.unreadableTotal), formatUtc(p.diagnostics.last.at)])}
        </div>
      ) : null}
      {p.seen ? (
        <div class="muted" data-testid="seen-stats">
          {t('popupSeenStats', [
            String(p.seen.byLabel.hostile ?? 0),
            String(p.seen.byLabel.supportive ?? 0),
            String(p.seen.byLabel.doxxing ?? 0),
            String(p.seen.distinctHostileAuthors),
          ])}
        </div>
      ) : null}
      <h2>
        {t('popupKeptHeading')} <span data-testid="kept-count">({p.kept.length})</span>
      </h2>
      {p.kept.length === 0 ? <p class="muted">{t('popupEmpty')}</p> : <KeptList items={p.kept} userLabels={p.userLabels} t={t} limit={8} />}
      <p>
        <button type="button" class="primary" data-testid="open-case" onClick={p.onOpenCase}>
          {t('popupOpenCase')}
        </button>
      </p>
      <fieldset class="settings">
        <label>
          {t('settingsBlur')}{' '}
          <select
            data-testid="blur-mode"
            value={p.settings.blurMode}
            onChange={(e) => p.onSettings({ blurMode: (e.currentTarget as HTMLSelectElement).value as Settings['blurMode'] })}
          >
            <option value="hostile">{t('settingsBlurHostile')}</option>
            <option value="all-non-supportive">{t('settingsBlurAll')}</option>
            <option value="off">{t('settingsBlurOff')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={p.settings.highlightSupportive}
            onChange={(e) => p.onSettings({ highlightSupportive: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('settingsHighlight')}
        </label>
      </fieldset>
    </main>
  );
}
