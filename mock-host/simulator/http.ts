// Answering over node:http: JSON with the headers every answer carries, CORS for the mock host's
// shell on another origin, and reading a bounded request body.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { STUCK_COUNT_HEADER } from '../../src/contract/dispatcher-api';

export const CORS_ALLOWED_HEADERS = 'Content-Type, X-Tenant-Id, X-User-Id, Idempotency-Key, If-None-Match';
export const CORS_ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** Answer headers a page on another origin may read: the ETag it sends back in If-None-Match, the stuck count. */
export const CORS_EXPOSED_HEADERS = `ETag, ${STUCK_COUNT_HEADER}`;
const MAX_BODY_BYTES = 1024 * 1024;

/** An answer computed before it is sent, so a fault can drop it after the work is done. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function answer(status: number, body: unknown, headers?: Record<string, string>): Answer {
  return headers ? { status, body, headers } : { status, body };
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

/** 304: the client's copy is current. No body; the ETag again, as HTTP asks. */
export function notModified(etag: string): Answer {
  return { status: 304, body: undefined, headers: { ETag: etag } };
}

export function failure(status: number, code: string, message: string): Answer {
  return { status, body: { code, message } };
}

export function setCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) response.setHeader('Vary', 'Origin');
  // What a preflight asks goes on the preflight's answer only: a 304 every few seconds carries the
  // headers a browser needs to read it and no more.
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS);
    response.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
    response.setHeader('Access-Control-Max-Age', '600');
  } else {
    response.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
  }
}

export function sendJson(response: ServerResponse, { status, body, headers }: Answer): void {
  if (response.headersSent || response.destroyed) return;
  if (status === 304) {
    response.writeHead(304, { 'Cache-Control': 'no-store', ...headers });
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(html),
  });
  response.end(html);
}

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as JSON; an empty body is `undefined`, a malformed one an Error. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as unknown;
}

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
