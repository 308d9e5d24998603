import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import '../../components/ui.css';
import { CaseView } from '../../components/CaseView';
import { useObservable } from '../../components/use-observable';
import { listEvidence, screenshotOf, verifyEvidence } from '../../storage/evidence.repository';
import { currentUserLabels } from '../../storage/labels.repository';
import { pageTranslate } from '../popup/page-i18n';

function Case() {
  const items = useObservable(() => liveQuery(() => listEvidence()));
  const labels = useObservable(() => liveQuery(() => currentUserLabels((items.value ?? []).map((r) => r.statusId))), [items.value]);
  const [seals, setSeals] = useState(new Map<string, boolean>());
  const [screenshots, setScreenshots] = useState(new Map<string, string>());
  useEffect(() => {
    const list = items.value ?? [];
    void Promise.all(list.map(async (r) => [r.id, await verifyEvidence(r)] as const)).then((pairs) => setSeals(new Map(pairs)));
    let urls: string[] = [];
    void Promise.all(
      list.map(async (r) => {
        const a = await screenshotOf(r);
        return a ? ([r.id, URL.createObjectURL(new Blob([a.bytes as BlobPart], { type: a.mime }))] as const) : undefined;
      }),
    ).then((pairs) => {
      const found = pairs.filter((p) => p !== undefined);
      urls = found.map(([, u]) => u);
      setScreenshots(new Map(found));
    });
    return () => urls.forEach((u) => URL.revokeObjectURL(u));
  }, [items.value]);
  return <CaseView t={pageTranslate} items={items.value ?? []} userLabels={labels.value ?? new Map()} seals={seals} screenshots={screenshots} />;
}

document.title = pageTranslate('caseTitle');
render(<Case />, document.getElementById('app')!);
