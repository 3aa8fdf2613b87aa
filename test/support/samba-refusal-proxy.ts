import { connect, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of the private slapd that refuses a search sent before any bind as Samba's AD DC does:
 * result 1 (operationsError) with "00002020: Operation unavailable without authentication". Everything else
 * (binds, searches after a bind) goes through to slapd unchanged. Plain LDAP only.
 */
export const SAMBA_REFUSAL = '00002020: Operation unavailable without authentication';

export interface RefusalProxy {
  host: '127.0.0.1';
  port: number;
  stop(): Promise<void>;
}

function berLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const tlv = (tag: number, value: Buffer) => Buffer.concat([Buffer.from([tag]), berLength(value.length), value]);

/** SearchResultDone with operationsError and Samba's words, for the message `id` (its BER integer bytes). */
function refusal(messageId: Buffer): Buffer {
  const result = Buffer.concat([tlv(0x0a, Buffer.from([1])), tlv(0x04, Buffer.alloc(0)), tlv(0x04, Buffer.from(SAMBA_REFUSAL, 'utf8'))]);
  return tlv(0x30, Buffer.concat([tlv(0x02, messageId), tlv(0x65, result)]));
}

/** One whole LDAPMessage at the start of `buffer`: its length, message id bytes and operation tag; null if incomplete. */
function frame(buffer: Buffer): { total: number; id: Buffer; op: number } | null {
  if (buffer.length < 2) return null;
  let offset = 1;
  let length = buffer[offset]!;
  offset++;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (buffer.length < offset + n) return null;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + buffer[offset + i]!;
    offset += n;
  }
  const total = offset + length;
  if (buffer.length < total) return null;
  const idLength = buffer[offset + 1]!;
  const id = buffer.subarray(offset + 2, offset + 2 + idLength);
  return { total, id, op: buffer[offset + 2 + idLength]! };
}

export async function startRefusalProxy(target: { host: string; port: number }): Promise<RefusalProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let bound = false;
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let message = frame(pending); message; message = frame(pending)) {
        const bytes = pending.subarray(0, message.total);
        pending = pending.subarray(message.total);
        if (message.op === 0x60) bound = true;
        if (message.op === 0x63 && !bound) client.write(refusal(message.id));
        else upstream.write(bytes);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
