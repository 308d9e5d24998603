/** A list of kept items, verbatim, newest first. */
import type { EvidenceRecord } from '../storage/db';
import type { Label } from '../storage/schema';
import type { Translate } from './i18n';
import { formatUtc } from './format';
import { LabelPill } from './LabelPill';

/** Props: records and the user's current label per status id. */
export interface KeptListProps {
  items: EvidenceRecord[];
  userLabels: Map<string, Label>;
  t: Translate;
  limit?: number;
}

/** The list. Text is rendered as text nodes (never HTML): it is attacker-written. */
export function KeptList({ items, userLabels, t, limit }: KeptListProps) {
  const shown = limit ? items.slice(0, limit) : items;
  return (
    <ul class="kept-list">
      {shown.map((r) => (
        <li key={r.id} data-testid="kept-item" data-status-id={r.statusId}>
          <div class="kept-head">
            <LabelPill label={userLabels.get(r.statusId) ?? r.classification.label} t={t} />
            <bdi class="name">{r.snapshot.author.displayName}</bdi>
            <span class="handle">@{r.snapshot.author.handle}</span>
          </div>
          <p class="kept-text" dir="auto">
            {r.snapshot.text}
          </p>
          <div class="kept-meta">{formatUtc(r.snapshot.postedAt)}</div>
        </li>
      ))}
    </ul>
  );
}
