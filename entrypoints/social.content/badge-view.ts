/**
 * The per-post badge, built from a cloned template and patched in place.
 * It runs once per post on pages with hundreds of posts, where a virtual-DOM
 * render per badge cost more than reading the post itself, so it is plain DOM.
 * Every string it shows is set with textContent: nothing is parsed as HTML.
 */
import { CONTEXT_REASON_MESSAGE, LABEL_COLOR, LABEL_MESSAGE, SUB_LABEL_MESSAGE } from '../../components/labels';
import type { Translate } from '../../components/i18n';
import { LABELS, type Label } from '../../storage/labels';

/** What the badge shows. */
export interface BadgeState {
  statusId: string;
  label: Label;
  /** True when the label is the user's correction. */
  corrected: boolean;
  subLabels: string[];
  /** The classifier rule that read the label from the parent post (`context:…`), if it did. */
  contextRule?: string;
  kept: boolean;
  keeping: boolean;
  keepError?: string;
  blurred: boolean;
  /** Whether this label gets blurred at all (so a hide/show toggle makes sense). */
  blurrable: boolean;
}

/** What the badge's controls do. */
export interface BadgeHandlers {
  keep(): void;
  toggleBlur(): void;
  correct(label: Label): void;
}

/** Shadow-root styles of the badge; isolated from x.com's CSS both ways. */
export const BADGE_CSS = `
:host { all: initial; display: inline-flex; flex-shrink: 0; vertical-align: middle; margin-inline-start: 6px; height: 18px; }
.badge { display: inline-flex; align-items: center; gap: 3px; font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; position: relative; white-space: nowrap; color: #0f1419; }
.label { appearance: none; -webkit-appearance: none; color: #fff; border: 0; border-radius: 9px; padding: 1px 16px 1px 7px; background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='5'%3E%3Cpath fill='white' d='M0 0h8L4 5z'/%3E%3C/svg%3E"); background-repeat: no-repeat; background-position: right 5px center; font: inherit; font-weight: 600; cursor: pointer; height: 18px; }
.label option { color: #0f1419; background: #fff; }
.reason { display: none; position: absolute; top: 20px; inset-inline-start: 0; z-index: 10; background: #0f1419; color: #fff; padding: 2px 6px; border-radius: 4px; }
.label:hover + .reason, .label:focus + .reason { display: block; }
.reason:empty { display: none !important; }
.action { font: inherit; height: 18px; padding: 0 6px; border-radius: 9px; border: 1px solid #8b98a5; background: transparent; color: inherit; cursor: pointer; }
.eye { padding: 0 4px; display: inline-flex; align-items: center; }
.eye[hidden] { display: none; }
.eye svg { width: 14px; height: 14px; }
.eye .off { display: none; }
.eye[data-temoin-action="hide"] .on { display: none; }
.eye[data-temoin-action="hide"] .off { display: inline; }
.keep[aria-pressed="true"] { border-color: #1b6e3a; color: #1b6e3a; font-weight: 600; }
.label:focus-visible, .action:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .badge { color: #e7e9ea; } .keep[aria-pressed="true"] { color: #6fcf97; border-color: #6fcf97; } }
:host([data-theme="dark"]) .badge { color: #e7e9ea; }
:host([data-theme="dark"]) .keep[aria-pressed="true"] { color: #6fcf97; border-color: #6fcf97; }
:host([data-theme="light"]) .badge { color: #0f1419; }
@media (prefers-reduced-motion: no-preference) { .action { transition: background-color .15s; } }
.action:hover { background: rgba(29,155,240,.12); }
`;

const SVG_NS = 'http://www.w3.org/2000/svg';
// Inline SVG, not emoji: the badge must look the same on machines without an emoji font.
const EYE_PATH = 'M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z';
const EYE_OFF_PATH =
  'M2.3 3.7 3.7 2.3l18 18-1.4 1.4-3.2-3.2A11.9 11.9 0 0 1 12 19c-5 0-9.3-3.1-11-7a12.3 12.3 0 0 1 4.2-5.1L2.3 3.7zM12 5c5 0 9.3 3.1 11 7a12.4 12.4 0 0 1-3.1 4.2l-3.6-3.6A4.5 4.5 0 0 0 11.4 7.7L9 5.3C10 5.1 11 5 12 5z';

function icon(doc: Document, path: string, cls: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', cls);
  const p = doc.createElementNS(SVG_NS, 'path');
  p.setAttribute('fill', 'currentColor');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

/** Builds the badge markup once per page; each badge is a deep clone of it. */
export function badgeTemplate(doc: Document, t: Translate): HTMLElement {
  const root = doc.createElement('span');
  root.className = 'badge';
  root.setAttribute('role', 'group');
  const select = doc.createElement('select');
  select.className = 'label';
  select.setAttribute('data-temoin-action', 'correct');
  for (const l of LABELS) {
    const option = doc.createElement('option');
    option.value = l;
    option.textContent = t(LABEL_MESSAGE[l]);
    select.append(option);
  }
  const reason = doc.createElement('span');
  reason.className = 'reason';
  reason.setAttribute('role', 'tooltip');
  reason.setAttribute('data-temoin-part', 'reason');
  const eye = doc.createElement('button');
  eye.type = 'button';
  eye.className = 'action eye';
  eye.append(icon(doc, EYE_PATH, 'on'), icon(doc, EYE_OFF_PATH, 'off'));
  const keep = doc.createElement('button');
  keep.type = 'button';
  keep.className = 'action keep';
  keep.setAttribute('data-temoin-action', 'keep');
  root.append(select, reason, eye, keep);
  return root;
}

/** Reason text for the tooltip, e.g. "insulte, menace", or "insulte · approuve la réponse hostile…". */
export function reasonText(subLabels: string[], t: Translate, contextRule?: string): string {
  const keys = [...new Set(subLabels)].map((s) => SUB_LABEL_MESSAGE[s]).filter((k): k is string => Boolean(k));
  const own = keys.map((k) => t(k)).join(', ');
  const context = contextRule ? CONTEXT_REASON_MESSAGE[contextRule] : undefined;
  return context ? [own, t(context)].filter(Boolean).join(' · ') : own;
}

/** One badge: its elements and the last state written to them. */
export class BadgeView {
  private readonly select: HTMLSelectElement;
  private readonly reason: HTMLElement;
  private readonly eye: HTMLButtonElement;
  private readonly keep: HTMLButtonElement;
  private state?: BadgeState;

  constructor(
    readonly root: HTMLElement,
    private readonly t: Translate,
    handlers: BadgeHandlers,
  ) {
    this.select = root.querySelector('select')!;
    this.reason = root.querySelector('.reason')!;
    this.eye = root.querySelector('.eye')!;
    this.keep = root.querySelector('.keep')!;
    this.select.addEventListener('change', () => handlers.correct(this.select.value as Label));
    this.eye.addEventListener('click', () => handlers.toggleBlur());
    this.keep.addEventListener('click', () => handlers.keep());
  }

  /** Writes what changed since the last update. */
  update(s: BadgeState): void {
    const prev = this.state;
    this.state = s;
    const { t } = this;
    if (!prev || prev.label !== s.label || prev.corrected !== s.corrected) {
      const name = t(LABEL_MESSAGE[s.label]);
      this.root.setAttribute('data-label', s.label);
      this.root.setAttribute('aria-label', t('badgeGroupName', [name]));
      this.select.value = s.label;
      this.select.style.backgroundColor = LABEL_COLOR[s.label];
      this.select.setAttribute('aria-label', `${t('badgeGroupName', [name])}. ${t('actionCorrect')}`);
      // The template's option texts are right until a correction adds its mark.
      if (s.corrected || prev?.corrected) {
        for (const option of this.select.options) {
          const l = option.value as Label;
          option.textContent = t(LABEL_MESSAGE[l]) + (l === s.label && s.corrected ? ' ✎' : '');
        }
      }
    }
    if (!prev || prev.subLabels.join() !== s.subLabels.join() || prev.contextRule !== s.contextRule || prev.statusId !== s.statusId) {
      const reason = reasonText(s.subLabels, t, s.contextRule);
      this.reason.textContent = reason;
      this.reason.id = `temoin-reason-${s.statusId}`;
      if (reason) this.select.setAttribute('aria-describedby', this.reason.id);
      else this.select.removeAttribute('aria-describedby');
    }
    if (!prev || prev.blurrable !== s.blurrable || prev.blurred !== s.blurred) {
      this.eye.hidden = !s.blurrable;
      const text = s.blurred ? t('actionReveal') : t('actionHide');
      this.eye.setAttribute('data-temoin-action', s.blurred ? 'reveal' : 'hide');
      this.eye.setAttribute('aria-label', text);
      this.eye.title = text;
    }
    if (!prev || prev.kept !== s.kept || prev.keeping !== s.keeping || prev.keepError !== s.keepError) {
      this.keep.setAttribute('aria-pressed', String(s.kept));
      this.keep.disabled = s.keeping;
      this.keep.textContent = s.kept
        ? t('actionKept')
        : s.keeping
          ? t('actionKeeping')
          : s.keepError
            ? t('actionKeepRetry')
            : t('actionKeep');
      if (s.keepError) this.keep.title = s.keepError;
      else this.keep.removeAttribute('title');
    }
  }
}
