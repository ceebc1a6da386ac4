// The agents' workload (`GET sessions/agents`) on the host's client, and the check of its answer. An
// optional endpoint: a dispatcher that lacks it says so once (404 or 501), and is not asked again for
// as long as the client lives. Fetched only by the code that shows it, after the first rows.
import type { AxiosInstance } from 'axios';
import type { AgentWorkloadQuery, NamedRef } from '../contract/dispatcher-api';
import { ContractError, parseTimestamp } from './answers';
import { FALLBACK_TIMEOUT_MS } from './api';
import { toFailure } from './failure';

/** One agent's load, checked. */
export interface AgentLoad {
  agent: NamedRef;
  sessions: number;
  stuck: number;
  /** When the session this agent has held longest came to them (the dispatcher's clock). */
  oldestHeldMs: number;
}

export interface CheckedWorkload {
  agents: AgentLoad[];
  /** Entries that broke the contract, left out. */
  rejected: number;
  /** serverTime minus the client clock when the answer arrived; 0 without a usable serverTime. */
  clockOffsetMs: number;
}

/** A read of the workload: new numbers, the ones the page has (304), or a dispatcher without it. */
export type WorkloadRead =
  | { kind: 'workload'; workload: CheckedWorkload; etag: string | null }
  | { kind: 'unchanged' }
  | { kind: 'missing' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks one entry; null when it breaks the contract (no agent, counts that are not counts). */
function checkLoad(value: unknown): AgentLoad | null {
  if (!isRecord(value) || !isRecord(value.agent)) return null;
  const { id, name } = value.agent;
  const oldestHeldMs = parseTimestamp(value.oldestHeldSince);
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null;
  if (!isCount(value.sessions) || value.sessions === 0 || !isCount(value.stuck)) return null;
  if (value.stuck > value.sessions || !Number.isFinite(oldestHeldMs)) return null;
  return { agent: { id, name }, sessions: value.sessions, stuck: value.stuck, oldestHeldMs };
}

/** Checks a `GET sessions/agents` answer: broken entries and repeated agents are counted and left out. */
export function checkWorkload(body: unknown, receivedAtMs: number): CheckedWorkload {
  if (!isRecord(body) || !Array.isArray(body.items)) {
    throw new ContractError('The dispatcher answered in an unexpected format.');
  }
  const agents: AgentLoad[] = [];
  const seen = new Set<string>();
  for (const item of body.items) {
    const load = checkLoad(item);
    if (load && !seen.has(load.agent.id)) {
      seen.add(load.agent.id);
      agents.push(load);
    }
  }
  const serverTimeMs = parseTimestamp(body.serverTime);
  return {
    agents,
    rejected: body.items.length - agents.length,
    clockOffsetMs: Number.isFinite(serverTimeMs) ? serverTimeMs - receivedAtMs : 0,
  };
}

/** The URL parameters of a workload query, written as those of `GET sessions` are. */
function workloadParams(query: AgentWorkloadQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.channel?.length) params.channel = query.channel.join(',');
  if (query.q) params.q = query.q;
  if (query.stuckAfterMinutes !== undefined) params.stuckAfterMinutes = String(query.stuckAfterMinutes);
  return params;
}

/** The answers of a dispatcher that has no such endpoint. */
const LACKS = new Set([404, 501]);

const acceptNotModified = (status: number) => (status >= 200 && status < 300) || status === 304;

export class WorkloadClient {
  /** The dispatcher said it has no workload endpoint: it is not asked again. */
  private lacking = false;

  constructor(private readonly client: AxiosInstance) {}

  /** The workload, unless the answer tagged `etag` is still current (If-None-Match). */
  async read(query: AgentWorkloadQuery, etag: string | null, signal?: AbortSignal): Promise<WorkloadRead> {
    if (this.lacking) return { kind: 'missing' };
    try {
      const answer = await this.client.get('sessions/agents', {
        params: workloadParams(query),
        signal,
        ...(etag ? { headers: { 'If-None-Match': etag }, validateStatus: acceptNotModified } : {}),
        ...(this.client.defaults?.timeout ? {} : { timeout: FALLBACK_TIMEOUT_MS }),
      });
      if (answer.status === 304) return { kind: 'unchanged' };
      const headers = answer.headers as { get?: (name: string) => unknown; etag?: unknown } | undefined;
      const tag = typeof headers?.get === 'function' ? headers.get('ETag') : headers?.etag;
      return {
        kind: 'workload',
        workload: checkWorkload(answer.data, Date.now()),
        etag: typeof tag === 'string' && tag !== '' ? tag : null,
      };
    } catch (error) {
      const failure = toFailure(error);
      if (failure.kind === 'http' && LACKS.has(failure.status ?? 0)) {
        this.lacking = true;
        return { kind: 'missing' };
      }
      throw failure;
    }
  }
}

/** The workload client of a host client, for `ClientServices.once`: one per client, so "lacking" is remembered. */
export const makeWorkloadClient = (_api: unknown, client: AxiosInstance): WorkloadClient =>
  new WorkloadClient(client);
