// Reads a server-sent event stream over node:http, block by block, for the simulator's tests: what
// EventSource would see, plus the comment lines it hides and whether the stream ended cleanly.

import { get, type IncomingMessage } from 'node:http';

export interface StreamBlock {
  event?: string;
  data?: string;
  /** The text of comment lines (`: …`), which EventSource ignores. */
  comments: string[];
}

export interface EventReader {
  status: number;
  headers: IncomingMessage['headers'];
  /** The next block, or null once the stream has ended. */
  next(): Promise<StreamBlock | null>;
  /** Resolves 'end' when the server ended the stream, 'error' when the connection broke. */
  finished: Promise<'end' | 'error'>;
  close(): void;
}

function parseBlock(text: string): StreamBlock {
  const block: StreamBlock = { comments: [] };
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) block.comments.push(line.slice(1).trim());
    else if (line.startsWith('event:')) block.event = line.slice(6).trim();
    else if (line.startsWith('data:'))
      block.data = (block.data === undefined ? '' : `${block.data}\n`) + line.slice(5).trim();
  }
  return block;
}

export function openEvents(url: string | URL, headers: Record<string, string> = {}): Promise<EventReader> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      response.setEncoding('utf8');
      const blocks: StreamBlock[] = [];
      const waiting: Array<(block: StreamBlock | null) => void> = [];
      let buffer = '';
      let ended = false;
      const deliver = (block: StreamBlock | null) => {
        const waiter = waiting.shift();
        if (waiter) waiter(block);
        else if (block) blocks.push(block);
      };
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (let at = buffer.indexOf('\n\n'); at !== -1; at = buffer.indexOf('\n\n')) {
          deliver(parseBlock(buffer.slice(0, at)));
          buffer = buffer.slice(at + 2);
        }
      });
      const finished = new Promise<'end' | 'error'>((settle) => {
        response.once('end', () => settle('end'));
        response.once('error', () => settle('error'));
        response.once('aborted', () => settle('error'));
      });
      void finished.then(() => {
        ended = true;
        while (waiting.length) deliver(null);
      });
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        next: () =>
          new Promise((take) => {
            const block = blocks.shift();
            if (block) take(block);
            else if (ended) take(null);
            else waiting.push(take);
          }),
        finished,
        close: () => request.destroy(),
      });
    });
    request.once('error', reject);
  });
}
