/** A label as a coloured pill. */
import type { Label } from '../storage/schema';
import type { Translate } from './i18n';
import { LABEL_COLOR, LABEL_MESSAGE } from './labels';

/** The pill. */
export function LabelPill({ label, t }: { label: Label; t: Translate }) {
  return (
    <span class="label-pill" data-label={label} style={{ background: LABEL_COLOR[label] }}>
      {t(LABEL_MESSAGE[label])}
    </span>
  );
}
