/** The full-page case view: every kept item, verbatim, with its seal. */
import type { EvidenceRecord } from '../storage/db';
import type { Label } from '../storage/schema';
import type { Translate } from './i18n';
import { formatUtc } from './format';
import { LabelPill } from './LabelPill';

/** What the case view shows. */
export interface CaseViewProps {
  t: Translate;
  items: EvidenceRecord[];
  userLabels: Map<string, Label>;
  /** Seal check per evidence id: true intact, false altered, absent while checking. */
  seals: Map<string, boolean>;
  /** Object URL of each item's screenshot, by evidence id. */
  screenshots: Map<string, string>;
}

/** The case view. */
export function CaseView({ t, items, userLabels, seals, screenshots }: CaseViewProps) {
  const authors = new Set(items.map((r) => r.snapshot.author.handle.toLowerCase()));
  return (
    <main class="case">
      <h1>{t('caseTitle')}</h1>
      <p class="muted">{t('caseIntro')}</p>
      <p data-testid="case-summary">
        {t('popupKeptCount', [String(items.length)])} · {t('caseDistinctAuthors', [String(authors.size)])}
      </p>
      <table data-testid="case-table">
        <thead>
          <tr>
            <th>{t('caseColLabel')}</th>
            <th>{t('caseColAuthor')}</th>
            <th>{t('caseColText')}</th>
            <th>{t('caseColScreenshot')}</th>
            <th>{t('caseColPosted')}</th>
            <th>{t('caseColCaptured')}</th>
            <th>{t('caseColLink')}</th>
            <th>{t('caseColSeal')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const seal = seals.get(r.id);
            return (
              <tr key={r.id} data-testid="case-row" data-status-id={r.statusId}>
                <td>
                  <LabelPill label={userLabels.get(r.statusId) ?? r.classification.label} t={t} />
                </td>
                <td>
                  <bdi>{r.snapshot.author.displayName}</bdi>
                  <br />
                  <span class="muted">@{r.snapshot.author.handle}</span>
                </td>
                <td class="text" dir="auto">
                  {r.snapshot.text}
                  {r.parent ? (
                    <div class="parent muted" data-testid="case-parent">
                      {t('caseInReplyTo', [`@${r.parent.author.handle}`])} <q dir="auto">{r.parent.text}</q>
                    </div>
                  ) : null}
                </td>
                <td class="shot">
                  {screenshots.has(r.id) ? (
                    <img src={screenshots.get(r.id)} alt={t('caseScreenshotAlt', [`@${r.snapshot.author.handle}`])} data-testid="case-screenshot" />
                  ) : (
                    <span class="muted">{r.screenshotError ? t('caseNoScreenshot') : '—'}</span>
                  )}
                </td>
                <td>{formatUtc(r.snapshot.postedAt)}</td>
                <td>{formatUtc(r.capturedAt)}</td>
                <td>
                  <a href={r.snapshot.url} rel="noreferrer noopener" target="_blank">
                    {r.snapshot.url.replace(/^https:\/\//, '')}
                  </a>
                </td>
                <td class="hash">
                  {r.sealSha256}
                  <br />
                  {seal === undefined ? '' : seal ? <span class="muted">{t('caseSealOk')}</span> : <span class="warn">{t('caseSealBroken')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}
