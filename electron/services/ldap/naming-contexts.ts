import type { NamingContexts } from '@shared/channels/ldap';
import type { LdapServerProbe } from '@shared/rules/ldap-rules';
import { openLdapConnection } from './ldap-connection';
import { TestRun, TestStopped } from './test-run';

/** Text values of an attribute whatever case the server spells its name in. */
function texts(entry: Record<string, unknown>, attribute: string): string[] {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v))).filter((v) => v !== '');
}

/**
 * Reads the server's root entry (the root DSE: base "", scope base) anonymously, as Apache Directory
 * Studio's "Fetch base DNs" does, over the same connection code as the tests (TLS judged alike), and returns
 * its naming contexts with Active Directory's default one first. Configuration and schema partitions are
 * listed after the data ones: they are rarely the base DN wanted.
 */
export async function readNamingContexts(
  settings: LdapServerProbe,
  signal: AbortSignal,
  timeoutMs = settings.timeoutSeconds * 1000,
): Promise<NamingContexts> {
  const run = new TestRun(
    {
      testId: 'naming-contexts',
      kind: 'contactPhotos',
      startedAt: new Date().toISOString(),
      target: { host: settings.host, port: settings.port, tls: settings.tls, baseDn: '', bindUser: '', timeoutSeconds: timeoutMs / 1000 },
      certificate: null,
      canTrustCertificate: false,
      search: null,
      photos: null,
      account: null,
    },
    ['resolve', 'connect', 'tls', 'rootDse'],
    timeoutMs,
    signal,
    () => undefined,
  );
  run.context.kind = 'namingContexts';
  try {
    const client = await openLdapConnection(run, { host: settings.host, port: settings.port, tls: settings.tls, trust: settings.trust, timeoutMs });
    const entry = await run.step('rootDse', async () => {
      const result = await client.search('', {
        scope: 'base',
        filter: '(objectClass=*)',
        attributes: ['namingContexts', 'defaultNamingContext', 'configurationNamingContext', 'schemaNamingContext'],
      });
      return (result.searchEntries[0] ?? {}) as Record<string, unknown>;
    });
    const defaultContext = texts(entry, 'defaultNamingContext')[0] ?? null;
    const secondary = new Set([...texts(entry, 'configurationNamingContext'), ...texts(entry, 'schemaNamingContext')].map((dn) => dn.toLowerCase()));
    const all = texts(entry, 'namingContexts');
    const rank = (dn: string) =>
      dn === defaultContext
        ? 0
        : secondary.has(dn.toLowerCase()) || /^(cn|dc)=(configuration|schema|forestdnszones|domaindnszones)\b/i.test(dn)
          ? 2
          : 1;
    const namingContexts = [...new Set(defaultContext ? [defaultContext, ...all] : all)].sort((a, b) => rank(a) - rank(b));
    return { namingContexts, defaultNamingContext: defaultContext, problem: null, certificate: run.report.certificate };
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
    const failed = run.report.steps.find((s) => s.problem);
    return { namingContexts: [], defaultNamingContext: null, problem: failed?.problem ?? null, certificate: run.report.certificate };
  } finally {
    run.closeAll();
  }
}
