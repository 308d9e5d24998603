import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import '../../components/ui.css';
import { CaseView } from '../../components/CaseView';
import { useObservable } from '../../components/use-observable';
import { listEvidence, verifySeal } from '../../storage/evidence.repository';
import { currentUserLabels } from '../../storage/labels.repository';
import { pageTranslate } from '../popup/page-i18n';

function Case() {
  const items = useObservable(() => liveQuery(() => listEvidence()));
  const labels = useObservable(() => liveQuery(() => currentUserLabels((items.value ?? []).map((r) => r.statusId))), [items.value]);
  const [seals, setSeals] = useState(new Map<string, boolean>());
  useEffect(() => {
    const list = items.value ?? [];
    void Promise.all(list.map(async (r) => [r.id, await verifySeal(r)] as const)).then((pairs) => setSeals(new Map(pairs)));
  }, [items.value]);
  return <CaseView t={pageTranslate} items={items.value ?? []} userLabels={labels.value ?? new Map()} seals={seals} />;
}

document.title = pageTranslate('caseTitle');
render(<Case />, document.getElementById('app')!);
