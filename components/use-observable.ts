/** Subscribes a component to an observable (Dexie's liveQuery in practice). */
import type { Observable } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Latest value of the observable made by `make`, re-subscribed when deps change. */
export function useObservable<T>(make: () => Observable<T>, deps: unknown[] = []): { value?: T; error?: unknown } {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  useEffect(() => {
    const sub = make().subscribe({ next: (value: T) => setState({ value }), error: (error: unknown) => setState({ error }) });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
