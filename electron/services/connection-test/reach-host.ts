import { lookup } from 'node:dns/promises';
import { once } from 'node:events';
import { connect as netConnect, isIP } from 'node:net';
import type { Socket } from 'node:net';
import type { TestNote } from '@shared/channels/connection-test';

/** What the first two steps need of a test run (LDAP's and CUCM's both have them). */
interface ReachingRun {
  step<T>(id: 'resolve' | 'connect', work: (notes: TestNote[]) => Promise<T>): Promise<T>;
  holds(close: () => void): void;
  context: { address: string };
}

/**
 * The first two steps of every connection test: resolve the host (an IP address needs nothing), then open
 * a TCP connection to the first address. The socket is held by the run, so a timeout or cancel closes it.
 */
export async function reachHost(run: ReachingRun, host: string, port: number): Promise<Socket> {
  const address = await run.step('resolve', async (notes) => {
    const bare = host.replace(/^\[|\]$/g, '');
    if (isIP(bare)) {
      notes.push({ key: 'connectionTest.note.ipGiven', params: { host } });
      return bare;
    }
    const found = await lookup(host, { all: true });
    notes.push({ key: 'connectionTest.note.resolved', params: { host, addresses: found.map((a) => a.address).join(', ') } });
    return found[0]!.address;
  });
  run.context.address = address;

  return run.step('connect', async (notes) => {
    const socket = netConnect({ host: address, port });
    run.holds(() => socket.destroy());
    await once(socket, 'connect');
    notes.push({ key: 'connectionTest.note.connected', params: { address, port } });
    return socket;
  });
}
