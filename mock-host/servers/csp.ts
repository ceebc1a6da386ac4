/** Where the console's CSP sends violation reports, on the console's own server. */
export const CSP_REPORT_PATH = '/__csp-report';
/** The Reporting API group name the `report-to` directive refers to. */
export const CSP_REPORT_GROUP = 'csp-endpoint';

export interface CspOptions {
  remoteOrigin: string;
  simulatorOrigin: string;
  /**
   * Adds `report-to`. Off by default: Chromium then ignores `report-uri`, and over plain http it
   * never delivers to a Reporting-Endpoints group, so no violation would be recorded at all.
   */
  reportTo?: boolean;
}

/**
 * The strict policy a tenant console runs under: scripts and styles only from itself and the remote,
 * data only from those and the dispatcher, no inline code, no eval, no plugins, no framing.
 */
export function contentSecurityPolicy({
  remoteOrigin,
  simulatorOrigin,
  reportTo = false,
}: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${remoteOrigin}`,
    `style-src 'self' ${remoteOrigin}`,
    `connect-src 'self' ${remoteOrigin} ${simulatorOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
    ...(reportTo ? [`report-to ${CSP_REPORT_GROUP}`] : []),
  ].join('; ');
}

/** The Reporting-Endpoints header that gives `report-to` its URL. */
export const reportingEndpoints = (consoleOrigin: string) =>
  `${CSP_REPORT_GROUP}="${new URL(CSP_REPORT_PATH, consoleOrigin).href}"`;

/** One violation, whichever of the two report formats brought it. */
export interface CspViolation {
  documentUrl: string;
  blockedUrl: string;
  effectiveDirective: string;
  disposition: string;
  sourceFile?: string;
  lineNumber?: number;
  sample?: string;
  /** `report-uri` (application/csp-report) or `report-to` (Reporting API). */
  via: 'report-uri' | 'report-to';
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** Reads a report body: `{ "csp-report": {...} }` from report-uri, or a list of reports from report-to. */
export function parseCspReports(body: unknown): CspViolation[] {
  if (Array.isArray(body)) {
    return body.flatMap((report) => {
      const { type, body: inner } = (report ?? {}) as Record<string, unknown>;
      if (type !== 'csp-violation' || typeof inner !== 'object' || inner === null) return [];
      const r = inner as Record<string, unknown>;
      return [
        compact({
          documentUrl: str(r.documentURL),
          blockedUrl: str(r.blockedURL),
          effectiveDirective: str(r.effectiveDirective),
          disposition: str(r.disposition),
          sourceFile: str(r.sourceFile) || undefined,
          lineNumber: num(r.lineNumber),
          sample: str(r.sample) || undefined,
          via: 'report-to',
        }),
      ];
    });
  }
  const legacy = (body as Record<string, unknown> | null)?.['csp-report'];
  if (typeof legacy !== 'object' || legacy === null) return [];
  const r = legacy as Record<string, unknown>;
  return [
    compact({
      documentUrl: str(r['document-uri']),
      blockedUrl: str(r['blocked-uri']),
      effectiveDirective: str(r['effective-directive']) || str(r['violated-directive']),
      disposition: str(r.disposition),
      sourceFile: str(r['source-file']) || undefined,
      lineNumber: num(r['line-number']),
      sample: str(r['script-sample']) || undefined,
      via: 'report-uri',
    }),
  ];
}

function compact(violation: CspViolation): CspViolation {
  return Object.fromEntries(
    Object.entries(violation).filter(([, value]) => value !== undefined),
  ) as CspViolation;
}

export interface TrustedTypesCspOptions {
  /** This page's nonce: the only thing that lets a script of the page's HTML run. */
  nonce: string;
  remoteOrigin: string;
  simulatorOrigin: string;
  /** Every Trusted Types policy the page may create: the console's own and each module's. */
  policies: readonly string[];
}

/**
 * The strictest policy a console may run under: scripts only by nonce (and what they load,
 * 'strict-dynamic'), every script URL through a named Trusted Types policy, styles only from files of
 * the console and the remote (no inline style), no eval, no plugins, no framing.
 */
export function trustedTypesPolicy({
  nonce,
  remoteOrigin,
  simulatorOrigin,
  policies,
}: TrustedTypesCspOptions) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' ${remoteOrigin}`,
    `connect-src 'self' ${remoteOrigin} ${simulatorOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policies.join(' ')}`,
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}
