/**
 * The per-page summary chip: "12 hostiles · 30 soutiens · 1 doxxing", and any
 * failure the user must know about. Plain DOM and textContent only, like the
 * badge: the content script carries no UI framework into x.com.
 */
import type { Translate } from '../../components/i18n';

/** What the chip shows. */
export interface SummaryState {
  hostile: number;
  supportive: number;
  doxxing: number;
  neutral: number;
  unreadable: number;
  /** A failure to show (e.g. the background did not answer). */
  error?: string;
}

/** Shadow-root styles of the chip. */
export const SUMMARY_CSS = `
:host { all: initial; position: fixed; inset-inline-start: 12px; bottom: 12px; z-index: 2147483000; }
.chip { font: 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #0f1419; color: #fff; border-radius: 12px; padding: 6px 10px; box-shadow: 0 1px 6px rgba(0,0,0,.3); max-width: 320px; }
.warn { margin-top: 4px; color: #ffb4ab; font-weight: 600; white-space: normal; }
.warn:empty { display: none; }
`;

/** The chip's elements, built once and patched. */
export class SummaryView {
  private readonly counts: HTMLElement;
  private readonly unreadable: HTMLElement;
  private readonly error: HTMLElement;

  constructor(
    container: ParentNode,
    private readonly t: Translate,
  ) {
    const doc = (container as Node).ownerDocument!;
    const chip = doc.createElement('div');
    chip.className = 'chip';
    chip.setAttribute('role', 'status');
    chip.setAttribute('aria-live', 'polite');
    chip.setAttribute('data-temoin-part', 'summary');
    const name = doc.createElement('strong');
    name.textContent = 'Témoin';
    this.counts = doc.createElement('span');
    this.counts.setAttribute('data-temoin-part', 'counts');
    this.unreadable = this.warning(doc, 'unreadable');
    this.error = this.warning(doc, 'error');
    chip.append(name, ' ', this.counts, this.unreadable, this.error);
    container.append(chip);
  }

  private warning(doc: Document, part: string): HTMLElement {
    const el = doc.createElement('div');
    el.className = 'warn';
    el.setAttribute('role', 'alert');
    el.setAttribute('data-temoin-part', part);
    el.hidden = true;
    return el;
  }

  /** Shows the new state. */
  update(s: SummaryState): void {
    const { t } = this;
    setText(
      this.counts,
      [t('summaryHostile', [String(s.hostile)]), t('summarySupportive', [String(s.supportive)]), t('summaryDoxxing', [String(s.doxxing)])].join(' · '),
    );
    setText(this.unreadable, s.unreadable > 0 ? t('statusUnreadable', [String(s.unreadable)]) : '');
    setText(this.error, s.error ?? '');
  }
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = text === '' && el.classList.contains('warn');
}
