// A stand-in for the host's axios instance in jsdom tests: the same call shapes (get/post with
// params, headers, signal), answers from an in-memory list, and scripted faults per call.
import type { AxiosInstance } from 'axios';
import { ACTIVE_STATES, type Session, type StateCounts } from '../src/contract/dispatcher-api';

export interface RecordedCall {
  method: 'get' | 'post';
  url: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  /** The status it was answered with, once answered (304: the page's rows were current). */
  status?: number;
}

/**
 * A scripted answer: a status with a body, an axios-style failure, one that never comes, or the
 * in-memory answer held back until `until` resolves (a test looks at the page while it loads).
 */
export type Scripted =
  | { status: number; data?: unknown }
  /** `canceled`: the host's client cancelled the request itself (an interceptor, a signal of its own). */
  | { error: 'timeout' | 'network' | 'canceled' }
  | { hang: true }
  | { body: unknown }
  /** Answers as the in-memory data says, once `until` settles (a dispatcher that takes its time). */
  | { until: Promise<void> };

/** A promise and the function that resolves it, for holding an answer back. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve: () => resolve() };
}

interface Request {
  params?: Record<string, string>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  validateStatus?: (status: number) => boolean;
}

function axiosError(code: string, response?: { status: number; data?: unknown }) {
  return Object.assign(new Error(code), { isAxiosError: true, code, ...(response ? { response } : {}) });
}

let idCounter = 0;

/** A tag for an answer's content, its clock left out: equal answers, equal tags. */
function tagOf(data: unknown): string {
  const { serverTime: _clock, ...rest } = (data ?? {}) as Record<string, unknown>;
  return `W/"${JSON.stringify(rest).length}-${hash(JSON.stringify(rest))}"`;
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** A valid session with sensible defaults. */
export function aSession(patch: Partial<Session> = {}): Session {
  idCounter += 1;
  return {
    id: `s-${idCounter}`,
    channel: 'WHATSAPP',
    contact: { phone: `+44 7700 900${String(idCounter).padStart(3, '0')}`, businessPartner: null },
    state: 'WITH_AGENT',
    startedAt: new Date(Date.now() - idCounter * 60_000).toISOString(),
    agent: { id: 'a-1', name: 'Sam Agent' },
    ...patch,
  };
}

export class FakeDispatcherClient {
  sessions: Session[];
  calls: RecordedCall[] = [];
  /** Answers to use, in order, before the in-memory data answers; keyed by 'list', 'release' or 'agents'. */
  script: { list: Scripted[]; release: Scripted[]; agents: Scripted[] } = {
    list: [],
    release: [],
    agents: [],
  };
  /**
   * Whether `GET sessions/agents` (the agents' workload) is answered from the data; without it the
   * fake is a dispatcher that lacks the endpoint (404), as most tests need no panel.
   */
  workloadEndpoint = false;
  /** The workload requests, apart from `calls`: they come after the first rows and count for no list test. */
  agentsCalls: RecordedCall[] = [];
  /** Answers for the releases of chosen sessions, in order, before `script.release` and the data. */
  releaseScript: Record<string, Scripted[]> = {};
  serverTimeOffsetMs = 0;
  defaults: { timeout?: number } = {};
  inFlight = 0;
  maxInFlight = 0;

  constructor(sessions: Session[] = []) {
    this.sessions = sessions;
  }

  /** The fake as the host's client type, as a host would pass it. */
  get client(): AxiosInstance {
    return this as unknown as AxiosInstance;
  }

  /**
   * The list requests that brought an answer: a live page asks every few seconds whether its list
   * changed, and a 304 (nothing did) is left out, so a test that runs slowly sees the same calls.
   */
  listCalls(): RecordedCall[] {
    return this.allListCalls().filter((call) => call.status !== 304);
  }

  /** Every list request, the 304s of the live page's checks included. */
  allListCalls(): RecordedCall[] {
    return this.calls.filter((call) => call.method === 'get' && call.url === 'sessions');
  }

  releaseCalls(): RecordedCall[] {
    return this.calls.filter((call) => call.method === 'post');
  }

  get = (url: string, config: Request = {}) => {
    const call: RecordedCall = {
      method: 'get',
      url,
      params: config.params ?? {},
      headers: config.headers ?? {},
      ...(config.signal ? { signal: config.signal } : {}),
    };
    if (url === 'sessions/agents') {
      this.agentsCalls.push(call);
      return this.answer(this.script.agents.shift(), call, () => this.agentsAnswer(call.params), config);
    }
    this.calls.push(call);
    return this.answer(this.script.list.shift(), call, () => this.listAnswer(call.params), config);
  };

  post = (url: string, body: unknown, config: Request = {}) => {
    const call: RecordedCall = {
      method: 'post',
      url,
      params: {},
      headers: config.headers ?? {},
      body,
      ...(config.signal ? { signal: config.signal } : {}),
    };
    this.calls.push(call);
    const id = decodeURIComponent(url.split('/')[1] ?? '');
    const scripted = this.releaseScript[id]?.shift() ?? this.script.release.shift();
    return this.answer(scripted, call, () => this.releaseAnswer(id));
  };

  private async answer(
    scripted: Scripted | undefined,
    call: RecordedCall,
    real: () => { status: number; data: unknown; headers?: Record<string, string> },
    config: Request = {},
  ) {
    // An aborted request leaves the wire at once, as a cancelled XHR does: count it out right then.
    let open = true;
    const close = () => {
      if (open) this.inFlight -= 1;
      open = false;
    };
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        const hang = scripted && 'hang' in scripted;
        const abort = () => {
          close();
          reject(axiosError('ERR_CANCELED'));
        };
        if (call.signal?.aborted) abort();
        call.signal?.addEventListener('abort', abort, { once: true });
        if (hang) return;
        if (scripted && 'until' in scripted) void scripted.until.then(resolve);
        else void Promise.resolve().then(resolve);
      });
      if (scripted && 'error' in scripted) {
        if (scripted.error === 'canceled')
          throw Object.assign(axiosError('ERR_CANCELED'), { name: 'CanceledError' });
        throw axiosError(scripted.error === 'timeout' ? 'ECONNABORTED' : 'ERR_NETWORK');
      }
      const {
        status,
        data,
        headers = {},
      } = scripted && 'status' in scripted
        ? { status: scripted.status, data: scripted.data }
        : scripted && 'body' in scripted
          ? { status: 200, data: scripted.body }
          : real();
      // As the dispatcher does: the same answer again is a 304 to a client that has it.
      const etag = status === 200 && call.method === 'get' ? tagOf(data) : null;
      const current = etag !== null && call.headers['If-None-Match'] === etag;
      call.status = current ? 304 : status;
      const valid = config.validateStatus ?? ((code: number) => code >= 200 && code < 300);
      if (!valid(call.status)) throw axiosError('ERR_BAD_RESPONSE', { status: call.status, data });
      return {
        status: call.status,
        data: current ? '' : data,
        headers: { ...headers, ...(etag ? { etag } : {}) },
      };
    } finally {
      close();
    }
  }

  private listAnswer(params: Record<string, string>) {
    const states = params.state ? params.state.split(',') : [...ACTIVE_STATES];
    const channels = params.channel ? params.channel.split(',') : null;
    const q = (params.q ?? '').toLowerCase();
    const matchesQ = (s: Session) =>
      !q ||
      [s.contact.phone, s.contact.email, s.contact.businessPartner?.name].some((v) =>
        v?.toLowerCase().includes(q),
      );
    const live = this.sessions.filter(
      (s) =>
        (ACTIVE_STATES as readonly string[]).includes(s.state) &&
        matchesQ(s) &&
        (!channels || channels.includes(s.channel)) &&
        (!params.agent || s.agent?.id === params.agent),
    );
    const nowMs = Date.now() + this.serverTimeOffsetMs;
    // The held rule on the dispatcher's own clock, when asked; then the instants by start are ignored.
    const stuckAfter = params.stuckAfterMinutes === undefined ? null : Number(params.stuckAfterMinutes);
    const held = (s: Session) => Date.parse(s.agent?.assignedAt ?? s.stateSince ?? s.startedAt);
    const heldStuck = (s: Session) =>
      stuckAfter !== null &&
      s.state === 'WITH_AGENT' &&
      s.agent != null &&
      nowMs - held(s) > stuckAfter * 60_000;
    const startedBefore = (s: Session, iso: string | undefined) =>
      stuckAfter !== null || !iso || Date.parse(s.startedAt) < Date.parse(iso);
    const counts = Object.fromEntries(
      ACTIVE_STATES.map((state) => [state, live.filter((s) => s.state === state).length]),
    ) as StateCounts;
    const direction = params.order === 'asc' ? 1 : -1;
    const key = params.sort === 'heldSince' ? held : (s: Session) => Date.parse(s.startedAt);
    const matching = live
      .filter(
        (s) =>
          states.includes(s.state) &&
          startedBefore(s, params.startedBefore) &&
          (params.stuckOnly !== 'true' || heldStuck(s)),
      )
      .sort((a, b) => direction * (key(a) - key(b)) || a.id.localeCompare(b.id));
    const limit = Number(params.limit ?? 50);
    const start = params.cursor ? Number(params.cursor) : 0;
    const items = matching.slice(start, start + limit);
    const stuck =
      stuckAfter !== null
        ? live.filter(heldStuck).length
        : params.stuckBefore
          ? live.filter((s) => s.state === 'WITH_AGENT' && startedBefore(s, params.stuckBefore)).length
          : undefined;
    return {
      status: 200,
      data: {
        items,
        nextCursor: start + limit < matching.length ? String(start + limit) : null,
        total: matching.length,
        counts,
        ...(stuck === undefined ? {} : { stuck }),
        ...(stuckAfter === null ? {} : { stuckRule: 'held' }),
        serverTime: new Date(nowMs).toISOString(),
      },
      headers: (stuckAfter === null ? {} : { 'stuck-count': String(stuck) }) as Record<string, string>,
    };
  }

  private agentsAnswer(params: Record<string, string>) {
    if (!this.workloadEndpoint)
      return { status: 404, data: { code: 'NOT_FOUND', message: 'No such session' } };
    const channels = params.channel ? params.channel.split(',') : null;
    const nowMs = Date.now() + this.serverTimeOffsetMs;
    const stuckAfter = params.stuckAfterMinutes === undefined ? null : Number(params.stuckAfterMinutes);
    const byAgent = new Map<string, { agent: { id: string; name: string }; held: number[] }>();
    for (const s of this.sessions) {
      if (s.state !== 'WITH_AGENT' || !s.agent || (channels && !channels.includes(s.channel))) continue;
      const entry = byAgent.get(s.agent.id) ?? { agent: { id: s.agent.id, name: s.agent.name }, held: [] };
      entry.held.push(Date.parse(s.agent.assignedAt ?? s.stateSince ?? s.startedAt));
      byAgent.set(s.agent.id, entry);
    }
    const items = [...byAgent.values()]
      .map(({ agent, held }) => ({
        agent,
        sessions: held.length,
        stuck: stuckAfter === null ? 0 : held.filter((ms) => nowMs - ms > stuckAfter * 60_000).length,
        oldestHeldSince: new Date(Math.min(...held)).toISOString(),
      }))
      .sort(
        (a, b) => b.sessions - a.sessions || b.stuck - a.stuck || a.agent.name.localeCompare(b.agent.name),
      );
    return { status: 200, data: { items, serverTime: new Date(nowMs).toISOString() } };
  }

  private releaseAnswer(id: string) {
    const session = this.sessions.find((s) => s.id === id);
    if (!session) return { status: 404, data: { code: 'NOT_FOUND', message: 'No such session' } };
    if (session.state !== 'WITH_AGENT')
      return { status: 409, data: { code: 'NOT_WITH_AGENT', message: 'Not with an agent' } };
    if (!session.agent)
      return { status: 409, data: { code: 'ALREADY_UNASSIGNED', message: 'Already unassigned' } };
    session.agent = null;
    return { status: 200, data: { ...session } };
  }
}
