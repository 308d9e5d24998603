/** The per-page summary: "12 hostiles · 30 soutiens · 1 doxxing", and read failures. */
import type { Translate } from './i18n';

/** Counts for the current page. */
export interface SummaryProps {
  hostile: number;
  supportive: number;
  doxxing: number;
  neutral: number;
  unreadable: number;
  /** A failure to show (e.g. the background did not answer). */
  error?: string;
  t: Translate;
}

/** The chip. */
export function SummaryChip(p: SummaryProps) {
  const parts = [
    p.t('summaryHostile', [String(p.hostile)]),
    p.t('summarySupportive', [String(p.supportive)]),
    p.t('summaryDoxxing', [String(p.doxxing)]),
  ];
  return (
    <div class="chip" role="status" aria-live="polite" data-temoin-part="summary">
      <strong>Témoin</strong> <span data-temoin-part="counts">{parts.join(' · ')}</span>
      {p.unreadable > 0 ? (
        <div class="warn" role="alert" data-temoin-part="unreadable">
          {p.t('statusUnreadable', [String(p.unreadable)])}
        </div>
      ) : null}
      {p.error ? (
        <div class="warn" role="alert" data-temoin-part="error">
          {p.error}
        </div>
      ) : null}
    </div>
  );
}

/** Shadow-root styles of the chip. */
export const SUMMARY_CSS = `
:host { all: initial; position: fixed; inset-inline-start: 12px; bottom: 12px; z-index: 2147483000; }
.chip { font: 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #0f1419; color: #fff; border-radius: 12px; padding: 6px 10px; box-shadow: 0 1px 6px rgba(0,0,0,.3); max-width: 320px; }
.warn { margin-top: 4px; color: #ffb4ab; font-weight: 600; white-space: normal; }
`;
