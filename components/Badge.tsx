/** The per-post badge: label, reason, keep, reveal and label correction. */
import { LABELS, type Label } from '../storage/schema';
import type { Translate } from './i18n';
import { LABEL_COLOR, LABEL_MESSAGE, SUB_LABEL_MESSAGE } from './labels';

/** Everything the badge shows; it owns no state. */
export interface BadgeProps {
  statusId: string;
  label: Label;
  /** True when the label is the user's correction. */
  corrected: boolean;
  subLabels: string[];
  kept: boolean;
  keeping: boolean;
  keepError?: string;
  blurred: boolean;
  /** Whether this label is one that gets blurred (so "hide again" makes sense). */
  blurrable: boolean;
  t: Translate;
  onKeep: () => void;
  onToggleBlur: () => void;
  onCorrect: (label: Label) => void;
}

/** Reason text for the badge tooltip, e.g. "insulte, menace". */
export function reasonText(subLabels: string[], t: Translate): string {
  const parts = [...new Set(subLabels)].map((s) => SUB_LABEL_MESSAGE[s]).filter(Boolean).map((k) => t(k!));
  return parts.join(', ');
}

/** The badge. */
export function Badge(p: BadgeProps) {
  const name = p.t(LABEL_MESSAGE[p.label]);
  const reason = reasonText(p.subLabels, p.t);
  const describedBy = `temoin-reason-${p.statusId}`;
  return (
    <div class="badge" data-label={p.label} role="group" aria-label={p.t('badgeGroupName', [name])}>
      <span
        class="pill"
        style={{ background: LABEL_COLOR[p.label] }}
        tabIndex={0}
        aria-describedby={reason ? describedBy : undefined}
        data-temoin-part="label"
      >
        {name}
        {p.corrected ? ' ✎' : ''}
      </span>
      {reason ? (
        <span class="reason" id={describedBy} role="tooltip">
          {reason}
        </span>
      ) : null}
      {p.blurrable ? (
        <button type="button" class="action" data-temoin-action={p.blurred ? 'reveal' : 'hide'} onClick={p.onToggleBlur}>
          {p.blurred ? p.t('actionReveal') : p.t('actionHide')}
        </button>
      ) : null}
      <button
        type="button"
        class="action keep"
        data-temoin-action="keep"
        aria-pressed={p.kept}
        disabled={p.keeping}
        onClick={p.onKeep}
        title={p.keepError}
      >
        {p.kept ? p.t('actionKept') : p.keeping ? p.t('actionKeeping') : p.keepError ? p.t('actionKeepRetry') : p.t('actionKeep')}
      </button>
      <select
        class="correct"
        data-temoin-action="correct"
        aria-label={p.t('actionCorrect')}
        value={p.label}
        onChange={(e) => p.onCorrect((e.currentTarget as HTMLSelectElement).value as Label)}
      >
        {LABELS.map((l) => (
          <option value={l} key={l}>
            {p.t(LABEL_MESSAGE[l])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Shadow-root styles of the badge; isolated from x.com's CSS both ways. */
export const BADGE_CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 6px; max-height: 20px; }
.badge { display: inline-flex; align-items: center; gap: 4px; font: 12px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; position: relative; white-space: nowrap; }
.pill { color: #fff; border-radius: 9px; padding: 0 7px; font-weight: 600; cursor: default; }
.pill:focus-visible, .action:focus-visible, .correct:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.reason { display: none; position: absolute; top: 20px; inset-inline-start: 0; z-index: 10; background: #0f1419; color: #fff; padding: 2px 6px; border-radius: 4px; }
.pill:hover + .reason, .pill:focus + .reason { display: block; }
.action, .correct { font: inherit; height: 18px; padding: 0 6px; border-radius: 9px; border: 1px solid #8b98a5; background: transparent; color: inherit; cursor: pointer; }
.keep[aria-pressed="true"] { border-color: #1b6e3a; color: #1b6e3a; font-weight: 600; }
.correct { padding: 0 2px; max-width: 92px; }
.badge { color: #0f1419; }
@media (prefers-color-scheme: dark) { .badge { color: #e7e9ea; } .keep[aria-pressed="true"] { color: #6fcf97; border-color: #6fcf97; } }
:host([data-theme="dark"]) .badge { color: #e7e9ea; }
:host([data-theme="light"]) .badge { color: #0f1419; }
@media (prefers-reduced-motion: no-preference) { .action { transition: background-color .15s; } }
.action:hover { background: rgba(29,155,240,.12); }
`;
