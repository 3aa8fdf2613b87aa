import type { ServerResponse } from 'node:http';
import type { EventMap, EventName } from '@shared/contract';
import type { EventSink } from '../api/context';
import { SECURITY_HEADERS } from './content-policy';

/** Keeps idle proxies and the browser from dropping a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * The Server-Sent Events side of browser mode: every open /events stream receives every event. Each stream
 * belongs to the session that opened it and is closed when that session ends, so a tab learns of the end at
 * once (its reconnection is refused) rather than at its next call.
 */
export class EventStream implements EventSink {
  /** Each open stream with the key of its session. */
  private readonly clients = new Map<ServerResponse, string>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => {
      for (const client of this.clients.keys()) client.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  attach(response: ServerResponse, sessionKey: string): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // An initial comment flushes the headers, so the page's reader sees the stream open at once.
    response.write(': connected\n\n');
    this.clients.set(response, sessionKey);
    response.on('close', () => this.clients.delete(response));
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    // JSON never contains a raw newline, so one data: line is always a complete message.
    const message = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of this.clients.keys()) client.write(message);
  }

  endSession(sessionKey: string): void {
    for (const [client, key] of this.clients) if (key === sessionKey) client.end();
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients.keys()) client.end();
    this.clients.clear();
  }
}
