// The agents' workload as the dispatcher counts it, read again whenever the list's answer brought
// something new (an unchanged tenant costs it no request): with the tag of the numbers shown, so a
// read after a change elsewhere in the tenant is often a 304 without a body.
import { useEffect, useRef, useState } from 'react';
import type { AgentWorkloadQuery } from '../contract/dispatcher-api';
import type { ClientServices } from '../dispatcher/client-services';
import { type CheckedWorkload, makeWorkloadClient } from '../dispatcher/workload';

export interface WorkloadState {
  /** The numbers of the query shown, or null before the first (or when they could not be had). */
  workload: CheckedWorkload | null;
  /** The dispatcher has no workload endpoint: there is nothing to show. */
  missing: boolean;
  /** Numbers of another query are on their way. */
  busy: boolean;
}

interface Shown {
  key: string;
  workload: CheckedWorkload | null;
  etag: string | null;
}

/** The workload of `query`, read again each time `changedAtMs` (when the list last changed) moves. */
export function useWorkload(
  services: ClientServices,
  query: AgentWorkloadQuery,
  changedAtMs: number | null,
): WorkloadState {
  const client = services.once(makeWorkloadClient);
  const key = JSON.stringify(query);
  const [shown, setShown] = useState<Shown>({ key: '', workload: null, etag: null });
  const [missing, setMissing] = useState(false);
  const latest = useRef(shown);
  latest.current = shown;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query; `changedAtMs` is the cue to read again
  useEffect(() => {
    const controller = new AbortController();
    const before = latest.current;
    client.read(query, before.key === key ? before.etag : null, controller.signal).then(
      (read) => {
        if (controller.signal.aborted) return;
        if (read.kind === 'missing') setMissing(true);
        else if (read.kind === 'workload') setShown({ key, workload: read.workload, etag: read.etag });
      },
      () => {
        // A failed read keeps the numbers of the same query (the list tells of the failure); those of
        // another query are not shown for this one.
        if (!controller.signal.aborted && latest.current.key !== key) {
          setShown({ key, workload: null, etag: null });
        }
      },
    );
    return () => controller.abort();
  }, [client, key, changedAtMs]);
  return { workload: shown.workload, missing, busy: shown.key !== key };
}
