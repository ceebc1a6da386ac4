// What host teams import: the props `./app` expects, the manifest's shape and the dispatcher API it calls.
export type { ActiveSessionsMessages, ActiveSessionsProps, PropsCheck } from './host-props';
export { checkHostProps } from './host-props';
export { listParams } from './list-params';
export {
  HOST_SHARED_KEYS,
  hostSharesMissing,
  LOWEST_SLIM_RUNTIME,
  SLIM_ENTRY_NEEDS_RUNTIME,
  SUPPORTED_REACT,
} from './load-errors';
export type { Message, MessageKey, PluralCategory, PluralMessage } from './messages';
export { isMessage, PLURAL_CATEGORIES } from './messages';
export type { MenuEntry, ModuleManifest } from './module-manifest';
export { CONTAINER_NAME, MANIFEST_METADATA_KEY, TRUSTED_TYPES_POLICY } from './module-manifest';
export type {
  ActiveState,
  AgentRef,
  AgentWorkload,
  AgentWorkloadPage,
  AgentWorkloadQuery,
  ApiErrorBody,
  AuditEntry,
  AuditTrail,
  Channel,
  Contact,
  NamedRef,
  ReleaseRequest,
  Session,
  SessionListQuery,
  SessionPage,
  SessionState,
  SessionsChangedEvent,
  SortKey,
  SortOrder,
  StateCounts,
} from './dispatcher-api';
export {
  ACTIVE_STATES,
  CHANNELS,
  IDEMPOTENCY_HEADER,
  LIST_LIMIT,
  LIST_TEXT_MAX,
  RELEASE_NOTES_MAX,
  SESSION_STATES,
  SORT_KEYS,
  STUCK_AFTER_MINUTES_MAX,
  TERMINAL_STATES,
} from './dispatcher-api';
