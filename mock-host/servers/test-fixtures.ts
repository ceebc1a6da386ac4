// Helpers for the servers' tests: a throwaway build directory and raw HTTP requests that keep `..`.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';

/** A directory laid out like a build, with a secret beside it that must never be served. */
export function makeBuildDir(files: Record<string, string>) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'mock-host-test-'));
  const root = path.join(parent, 'build');
  mkdirSync(root);
  writeFileSync(path.join(parent, 'secret.txt'), 'top secret');
  for (const [name, body] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'link-out.txt'));
  return { root, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path exactly as written (fetch would normalise `/../`), on a connection of its own. */
export function rawRequest(
  baseUrl: string,
  rawPath: string,
  method = 'GET',
  body?: string,
  contentType?: string,
) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path: rawPath,
        method,
        // A fresh connection each time: a kept-alive one may have been dropped by a server switched down.
        agent: false,
        headers: contentType ? { 'Content-Type': contentType } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
