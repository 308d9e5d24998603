/** Display helpers shared by the popup, the case view and (later) the report. */

/** "2026-11-20 18:42 UTC": times in evidence always say their zone. */
export function formatUtc(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
