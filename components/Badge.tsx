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

// Inline SVG, not emoji: the badge must render the same on machines without an emoji font.
const EYE_ICON = (
  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
    <path fill="currentColor" d="M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z" />
  </svg>
);
const EYE_OFF_ICON = (
  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
    <path fill="currentColor" d="M2.3 3.7 3.7 2.3l18 18-1.4 1.4-3.2-3.2A11.9 11.9 0 0 1 12 19c-5 0-9.3-3.1-11-7a12.3 12.3 0 0 1 4.2-5.1L2.3 3.7zM12 5c5 0 9.3 3.1 11 7a12.4 12.4 0 0 1-3.1 4.2l-3.6-3.6A4.5 4.5 0 0 0 11.4 7.7L9 5.3C10 5.1 11 5 12 5z" />
  </svg>
);

/**
 * The badge. The label is itself the correction control (a select styled as a
 * pill) so the badge stays narrow enough to sit inline in X's author row.
 */
export function Badge(p: BadgeProps) {
  const name = p.t(LABEL_MESSAGE[p.label]);
  const reason = reasonText(p.subLabels, p.t);
  const describedBy = `temoin-reason-${p.statusId}`;
  const keepText = p.kept ? p.t('actionKept') : p.keeping ? p.t('actionKeeping') : p.keepError ? p.t('actionKeepRetry') : p.t('actionKeep');
  return (
    <span class="badge" data-label={p.label} role="group" aria-label={p.t('badgeGroupName', [name])}>
      <select
        class="label"
        style={{ backgroundColor: LABEL_COLOR[p.label] }}
        data-temoin-action="correct"
        aria-label={`${p.t('badgeGroupName', [name])}. ${p.t('actionCorrect')}`}
        aria-describedby={reason ? describedBy : undefined}
        value={p.label}
        onChange={(e) => p.onCorrect((e.currentTarget as HTMLSelectElement).value as Label)}
      >
        {LABELS.map((l) => (
          <option value={l} key={l}>
            {p.t(LABEL_MESSAGE[l])}
            {l === p.label && p.corrected ? ' ✎' : ''}
          </option>
        ))}
      </select>
      {reason ? (
        <span class="reason" id={describedBy} role="tooltip" data-temoin-part="reason">
          {reason}
        </span>
      ) : null}
      {p.blurrable ? (
        <button
          type="button"
          class="action eye"
          data-temoin-action={p.blurred ? 'reveal' : 'hide'}
          aria-label={p.blurred ? p.t('actionReveal') : p.t('actionHide')}
          title={p.blurred ? p.t('actionReveal') : p.t('actionHide')}
          onClick={p.onToggleBlur}
        >
          {p.blurred ? EYE_ICON : EYE_OFF_ICON}
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
        {keepText}
      </button>
    </span>
  );
}

/** Shadow-root styles of the badge; isolated from x.com's CSS both ways. */
export const BADGE_CSS = `
:host { all: initial; display: inline-flex; flex-shrink: 0; vertical-align: middle; margin-inline-start: 6px; height: 18px; }
.badge { display: inline-flex; align-items: center; gap: 3px; font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; position: relative; white-space: nowrap; color: #0f1419; }
.label { appearance: none; -webkit-appearance: none; color: #fff; border: 0; border-radius: 9px; padding: 1px 16px 1px 7px; background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='5'%3E%3Cpath fill='white' d='M0 0h8L4 5z'/%3E%3C/svg%3E"); background-repeat: no-repeat; background-position: right 5px center; font: inherit; font-weight: 600; cursor: pointer; height: 18px; }
.label option { color: #0f1419; background: #fff; }
.reason { display: none; position: absolute; top: 20px; inset-inline-start: 0; z-index: 10; background: #0f1419; color: #fff; padding: 2px 6px; border-radius: 4px; }
.label:hover + .reason, .label:focus + .reason { display: block; }
.action { font: inherit; height: 18px; padding: 0 6px; border-radius: 9px; border: 1px solid #8b98a5; background: transparent; color: inherit; cursor: pointer; }
.eye { padding: 0 4px; display: inline-flex; align-items: center; }
.keep[aria-pressed="true"] { border-color: #1b6e3a; color: #1b6e3a; font-weight: 600; }
.label:focus-visible, .action:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .badge { color: #e7e9ea; } .keep[aria-pressed="true"] { color: #6fcf97; border-color: #6fcf97; } }
:host([data-theme="dark"]) .badge { color: #e7e9ea; }
:host([data-theme="dark"]) .keep[aria-pressed="true"] { color: #6fcf97; border-color: #6fcf97; }
:host([data-theme="light"]) .badge { color: #0f1419; }
@media (prefers-reduced-motion: no-preference) { .action { transition: background-color .15s; } }
.action:hover { background: rgba(29,155,240,.12); }
`;
