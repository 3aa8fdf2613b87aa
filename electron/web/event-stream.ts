import type { ServerResponse } from 'node:http';
import type { EventMap, EventName } from '@shared/contract';
import type { EventSink } from '../api/context';

/** Keeps idle proxies and the browser from dropping a quiet stream. */
const HEARTBEAT_MS = 25_000;

/** The Server-Sent Events side of browser mode: every open /events stream receives every event. */
export class EventStream implements EventSink {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // An initial comment flushes the headers so the browser's EventSource reports "open" at once.
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    // JSON never contains a raw newline, so one data: line is always a complete message.
    const message = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of this.clients) client.write(message);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
