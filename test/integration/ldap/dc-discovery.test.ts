import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { english, translate } from '@shared/i18n';
import type { MessageKey } from '@shared/i18n';
import { findDomainControllers } from '../../../electron/services/ldap/dc-discovery';
import { startDnsServer } from '../../support/dns-server';
import type { DnsServer } from '../../support/dns-server';

// Domain controllers found the way Windows finds them: DNS SRV records, here answered by a DNS server of the test.
describe('finding the domain controllers of an AD domain in DNS', () => {
  let dns: DnsServer;
  const resolver = () => {
    const r = new Resolver({ timeout: 500, tries: 1 });
    r.setServers([dns.address]);
    return r;
  };

  beforeAll(async () => {
    dns = await startDnsServer({
      zones: ['corp.example.test', 'empty.example.test', 'ldap-only.example.test'],
      srv: {
        '_ldap._tcp.dc._msdcs.corp.example.test': [
          { priority: 10, weight: 50, port: 389, target: 'dc2.corp.example.test' },
          { priority: 0, weight: 100, port: 389, target: 'dc1.corp.example.test' },
          { priority: 10, weight: 100, port: 3890, target: 'dc3.corp.example.test' },
        ],
        '_ldap._tcp.ldap-only.example.test': [{ priority: 0, weight: 0, port: 389, target: 'ldap.ldap-only.example.test' }],
      },
      silentFor: ['_ldap._tcp.dc._msdcs.silent.example.test'],
    });
  });
  afterAll(async () => {
    await dns?.stop();
  });

  test('offers every DC with its port, in the order to try them (priority, then weight)', async () => {
    const found = await findDomainControllers('corp.example.test', resolver());
    expect(found.problem).toBeNull();
    expect(found.record).toBe('_ldap._tcp.dc._msdcs.corp.example.test');
    expect(found.servers).toEqual([
      { host: 'dc1.corp.example.test', port: 389, priority: 0, weight: 100 },
      { host: 'dc3.corp.example.test', port: 3890, priority: 10, weight: 100 },
      { host: 'dc2.corp.example.test', port: 389, priority: 10, weight: 50 },
    ]);
    expect(dns.queries).toContain('_ldap._tcp.dc._msdcs.corp.example.test 33');
  });

  test('a directory announcing only _ldap._tcp.<domain> is found too', async () => {
    const found = await findDomainControllers('ldap-only.example.test', resolver());
    expect(found.record).toBe('_ldap._tcp.ldap-only.example.test');
    expect(found.servers.map((s) => s.host)).toEqual(['ldap.ldap-only.example.test']);
  });

  test('a domain without SRV records, an unknown domain, a silent DNS: each said plainly, within its bound', async () => {
    const none = await findDomainControllers('empty.example.test', resolver());
    expect(none.servers).toEqual([]);
    expect(none.problem?.code).toBe('srvNone');
    expect(translate(english, none.problem!.explanation.key as MessageKey, none.problem!.explanation.params)).toBe(
      'DNS has no domain controller records for empty.example.test (_ldap._tcp.dc._msdcs.empty.example.test).',
    );

    const unknown = await findDomainControllers('nowhere.invalid', resolver());
    expect(unknown.problem?.code).toBe('srvDomainNotFound');

    const started = Date.now();
    const silent = await findDomainControllers('silent.example.test', resolver(), 1500);
    expect(silent.problem?.code).toBe('srvNoAnswer');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
