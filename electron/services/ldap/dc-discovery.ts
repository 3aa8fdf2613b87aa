import { Resolver } from 'node:dns/promises';
import type { SrvRecord } from 'node:dns';
import type { DomainControllers } from '@shared/channels/ldap';
import { problem } from './failure-explanation';

/** What discovery needs of DNS; node:dns/promises' Resolver, or one pointed at a test server. */
export interface SrvResolver {
  resolveSrv(name: string): Promise<SrvRecord[]>;
  cancel?(): void;
}

/** How long DNS may take for one lookup; a domain with no answer is said as much within this bound. */
const DNS_TIMEOUT_MS = 3000;

/**
 * The DNS servers to ask: the system's, or ROSTER_DNS_SERVERS ("10.0.0.1,10.0.0.2:5353") for a site whose DNS
 * this workstation does not use by default (a VPN without DNS, a lab).
 */
function defaultSrvResolver(): SrvResolver {
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: 1 });
  const servers = process.env.ROSTER_DNS_SERVERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (servers && servers.length > 0) resolver.setServers(servers);
  return resolver;
}

const DNS_NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/** Highest priority first (lowest number), then the larger weight, then by name: the order to offer them in. */
function byPreference(a: SrvRecord, b: SrvRecord): number {
  return a.priority - b.priority || b.weight - a.weight || a.name.localeCompare(b.name);
}

/**
 * The domain controllers of an Active Directory domain, as DNS announces them: SRV records
 * _ldap._tcp.dc._msdcs.<domain> (each DC registers itself there, with its LDAP port). A directory that is not
 * AD (Samba in another role, OpenLDAP) may announce _ldap._tcp.<domain> instead (RFC 2782): asked when the
 * first has nothing.
 */
export async function findDomainControllers(
  domain: string,
  resolver: SrvResolver = defaultSrvResolver(),
  timeoutMs = DNS_TIMEOUT_MS * 2,
): Promise<DomainControllers> {
  const names = [`_ldap._tcp.dc._msdcs.${domain}`, `_ldap._tcp.${domain}`];
  const seconds = Math.round(timeoutMs / 1000);
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    let lastCode = '';
    for (const record of names) {
      const answer = await Promise.race([
        resolver.resolveSrv(record).then(
          (records) => ({ records }),
          (error: unknown) => ({ error: String((error as { code?: string }).code ?? '') }),
        ),
        bound,
      ]);
      if (answer === 'timeout') {
        resolver.cancel?.();
        return { domain, record, servers: [], problem: problem('srvNoAnswer', { domain, seconds }) };
      }
      if ('error' in answer) {
        lastCode = answer.error;
        if (DNS_NOT_FOUND.has(answer.error)) continue;
        return { domain, record, servers: [], problem: problem('srvNoAnswer', { domain, seconds }) };
      }
      // A single record with target "." says the service is deliberately not offered (RFC 2782).
      const servers = answer.records
        .filter((r) => r.name !== '' && r.name !== '.')
        .sort(byPreference)
        .map((r) => ({ host: r.name.replace(/\.$/, ''), port: r.port, priority: r.priority, weight: r.weight }));
      if (servers.length > 0) return { domain, record, servers, problem: null };
    }
    const code = lastCode === 'ENOTFOUND' ? 'srvDomainNotFound' : 'srvNone';
    return { domain, record: names[0]!, servers: [], problem: problem(code, { domain, record: names[0]! }) };
  } finally {
    clearTimeout(timer);
  }
}
