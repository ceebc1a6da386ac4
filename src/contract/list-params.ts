import type { SessionListQuery } from './dispatcher-api';

/** The URL parameters of `GET sessions` for a query, as the module sends them: lists comma-separated, empty values left out. */
export function listParams(query: SessionListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.state?.length) params.state = query.state.join(',');
  if (query.channel?.length) params.channel = query.channel.join(',');
  if (query.sort) params.sort = query.sort;
  if (query.order) params.order = query.order;
  if (query.limit) params.limit = String(query.limit);
  if (query.cursor) params.cursor = query.cursor;
  if (query.q) params.q = query.q;
  if (query.startedBefore) params.startedBefore = query.startedBefore;
  if (query.stuckBefore) params.stuckBefore = query.stuckBefore;
  if (query.agent) params.agent = query.agent;
  if (query.stuckAfterMinutes !== undefined) params.stuckAfterMinutes = String(query.stuckAfterMinutes);
  if (query.stuckOnly) params.stuckOnly = 'true';
  return params;
}
