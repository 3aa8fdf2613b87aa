import { lookup } from 'node:dns/promises';
import { once } from 'node:events';
import { connect as netConnect, isIP } from 'node:net';
import type { Socket } from 'node:net';
import type { TestNote } from '@shared/channels/connection-test';

/** What the first two steps need of a test run (LDAP's and CUCM's both have them). */
interface ReachingRun {
  step<T>(id: 'resolve' | 'connect', work: (notes: TestNote[]) => Promise<T>): Promise<T>;
  holds(close: () => void): void;
  releases(close: () => void): void;
  context: { address: string };
}

/**
 * The first two steps of every connection test: resolve the host (an IP address needs nothing), then open
 * a TCP connection to the first address. The socket is held by the run, so a timeout or cancel closes it.
 */
export async function reachHost(run: ReachingRun, host: string, port: number): Promise<Socket> {
  const addresses = await run.step('resolve', async (notes) => {
    const bare = host.replace(/^\[|\]$/g, '');
    if (isIP(bare)) {
      notes.push({ key: 'connectionTest.note.ipGiven', params: { host } });
      return [bare];
    }
    const found = await lookup(host, { all: true });
    notes.push({ key: 'connectionTest.note.resolved', params: { host, addresses: found.map((a) => a.address).join(', ') } });
    return found.map((a) => a.address);
  });

  return run.step('connect', async (notes) => {
    // A name with several addresses (IPv6 and IPv4 of "localhost", a dual-stack server): the next one is
    // tried when one refuses or has no route; the step's timeout bounds them all.
    let lastError: unknown;
    for (const address of addresses) {
      run.context.address = address;
      const socket = netConnect({ host: address, port });
      const close = () => socket.destroy();
      run.holds(close);
      try {
        await once(socket, 'connect');
        notes.push({ key: 'connectionTest.note.connected', params: { address, port } });
        return socket;
      } catch (error) {
        lastError = error;
        run.releases(close);
        socket.destroy();
        const code = (error as { code?: string }).code;
        if (code !== 'ECONNREFUSED' && code !== 'EHOSTUNREACH' && code !== 'ENETUNREACH' && code !== 'EADDRNOTAVAIL') throw error;
      }
    }
    throw lastError;
  });
}
