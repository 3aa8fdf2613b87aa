import { createSocket } from 'node:dgram';
import type { RemoteInfo } from 'node:dgram';

/**
 * A tiny DNS server on 127.0.0.1 (UDP) for the domain controller discovery: it answers SRV queries from a
 * table, NXDOMAIN for names outside its zones, an empty answer (NODATA) for names inside them it has nothing
 * for, and can be told to stay silent. Point a node:dns Resolver at it with setServers([server.address]).
 */
interface SrvAnswer {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

export interface DnsServer {
  /** "127.0.0.1:<port>" for Resolver.setServers. */
  address: string;
  port: number;
  /** Queries received, as "<name> <type>". */
  readonly queries: string[];
  stop(): Promise<void>;
}

export interface DnsServerOptions {
  /** SRV answers by record name (lower case, without the final dot). */
  srv: Record<string, SrvAnswer[]>;
  /** Domains the server is authoritative for: unknown names under them get NODATA, others NXDOMAIN. */
  zones: string[];
  /** Names it never answers (a DNS server that does not reply). */
  silentFor?: string[];
}

const TYPE_SRV = 33;

function readName(message: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = offset;
  while (message[i]! !== 0) {
    const length = message[i]!;
    labels.push(message.subarray(i + 1, i + 1 + length).toString('ascii'));
    i += 1 + length;
  }
  return { name: labels.join('.'), end: i + 1 };
}

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, '').split('.').filter(Boolean);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'ascii')])), Buffer.from([0])]);
}

function answer(query: Buffer, options: DnsServerOptions): Buffer | null {
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  const lower = name.toLowerCase();
  if (options.silentFor?.includes(lower)) return null;
  const records = type === TYPE_SRV ? (options.srv[lower] ?? []) : [];
  const inZone = options.zones.some((zone) => lower === zone || lower.endsWith(`.${zone}`));
  const rcode = records.length > 0 || inZone ? 0 : 3;
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  const answers = records.map((record) => {
    const target = encodeName(record.target);
    const fixed = Buffer.alloc(2 + 2 + 2 + 4 + 2 + 6);
    fixed.writeUInt16BE(0xc00c, 0); // the question's name
    fixed.writeUInt16BE(TYPE_SRV, 2);
    fixed.writeUInt16BE(1, 4);
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(6 + target.length, 10);
    fixed.writeUInt16BE(record.priority, 12);
    fixed.writeUInt16BE(record.weight, 14);
    fixed.writeUInt16BE(record.port, 16);
    return Buffer.concat([fixed, target]);
  });
  return Buffer.concat([header, question, ...answers]);
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (message: Buffer, peer: RemoteInfo) => {
    try {
      const { name, end } = readName(message, 12);
      queries.push(`${name} ${message.readUInt16BE(end)}`);
      const reply = answer(message, options);
      if (reply) socket.send(reply, peer.port, peer.address);
    } catch {
      // A malformed query gets no answer, as from a real server.
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const port = socket.address().port;
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    stop: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
