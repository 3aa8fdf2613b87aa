import { once } from 'node:events';
import type { connect as netConnect, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { reachHost } from '../connection-test/reach-host';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import { Client } from 'ldapts';
import type { LdapTlsMode, LdapTrust } from '@shared/rules/ldap-rules';
import { judgeCertificate, tlsOptionsFor } from './certificate-trust';
import type { CertificateProblem } from './certificate-trust';
import { ExplainedFailure, problem } from './failure-explanation';
import type { TestRun } from './test-run';

/** Where a test (or a sync) connects: the values of one settings section. */
export interface LdapEndpoint {
  host: string;
  port: number;
  tls: LdapTlsMode;
  trust: LdapTrust;
  timeoutMs: number;
}

const CERTIFICATE_PROBLEMS: Record<CertificateProblem, string> = {
  untrusted: 'certUntrusted',
  expired: 'certExpired',
  notYetValid: 'certNotYetValid',
  wrongName: 'certWrongName',
};

/**
 * An ldapts client over a connection we opened ourselves, so each of resolve, connect and TLS is its own
 * timed step. The connection is handed over once; if it drops, ldapts cannot silently open an unverified one.
 */
function clientOver(socket: Socket, timeoutMs: number, createSecureConnection?: typeof tlsConnect): Client {
  let handedOver = false;
  const createConnection = () => {
    if (handedOver) throw new Error('Connection closed');
    handedOver = true;
    return socket;
  };
  return new Client({
    url: 'ldap://127.0.0.1',
    timeout: timeoutMs,
    // Bind names may be user@domain or DOMAIN\user (Active Directory), which are not DNs.
    strictDN: false,
    createConnection: createConnection as unknown as typeof netConnect,
    ...(createSecureConnection ? { createSecureConnection } : {}),
  });
}

/** Refuses a certificate the trust settings do not accept; records it on the report either way. */
function verifyCertificate(run: TestRun, socket: TLSSocket, endpoint: LdapEndpoint): void {
  const verdict = judgeCertificate(socket, endpoint.host, endpoint.trust);
  if (!verdict) throw new ExplainedFailure(problem('certUntrusted'));
  run.report.certificate = verdict.info;
  if (verdict.problem) {
    run.report.canTrustCertificate = verdict.pinnable;
    const params: Record<string, string> =
      verdict.problem === 'expired'
        ? { date: verdict.info.validTo }
        : verdict.problem === 'notYetValid'
          ? { date: verdict.info.validFrom }
          : { host: endpoint.host, names: verdict.info.altNames || verdict.info.subject };
    throw new ExplainedFailure(problem(CERTIFICATE_PROBLEMS[verdict.problem], params));
  }
}

/**
 * Resolve, TCP connect and (per the TLS mode) the TLS handshake, as steps of `run`; returns a client ready
 * to bind. Nothing of LDAP is sent over TLS before the certificate was accepted.
 */
export async function openLdapConnection(run: TestRun, endpoint: LdapEndpoint): Promise<Client> {
  const { host, port } = endpoint;
  const socket = await reachHost(run, host, port);

  if (endpoint.tls === 'none') {
    run.skip('tls', [{ key: 'ldap.note.noTls' }]);
    return holdClient(run, clientOver(socket, endpoint.timeoutMs));
  }

  if (endpoint.tls === 'ldaps') {
    const secure = await run.step('tls', async (notes) => {
      const tls = tlsConnect({ socket, ...tlsOptionsFor(host, endpoint.trust) });
      run.holds(() => tls.destroy());
      await once(tls, 'secureConnect');
      notes.push({ key: 'ldap.note.tlsProtocol', params: { protocol: tls.getProtocol() ?? '', cipher: tls.getCipher().name } });
      verifyCertificate(run, tls, endpoint);
      return tls;
    });
    return holdClient(run, clientOver(secure, endpoint.timeoutMs));
  }

  // ldapts upgrades the socket itself after the StartTLS request; we keep the TLS socket it makes to judge
  // its certificate before anything else is sent.
  const options = tlsOptionsFor(host, endpoint.trust);
  let upgraded: TLSSocket | null = null;
  const capture = ((opts: ConnectionOptions) => {
    const tls = tlsConnect({ ...opts, ...options });
    upgraded = tls;
    run.holds(() => tls.destroy());
    return tls;
  }) as typeof tlsConnect;
  const client = holdClient(run, clientOver(socket, endpoint.timeoutMs, capture));
  await run.step('tls', async (notes) => {
    await client.startTLS({ ...options });
    const tls = upgraded as TLSSocket | null;
    if (!tls) throw new Error('StartTLS did not upgrade the connection');
    notes.push({ key: 'ldap.note.startTls' });
    notes.push({ key: 'ldap.note.tlsProtocol', params: { protocol: tls.getProtocol() ?? '', cipher: tls.getCipher().name } });
    verifyCertificate(run, tls, endpoint);
  });
  return client;
}

function holdClient(run: TestRun, client: Client): Client {
  run.holds(() => void client.unbind().catch(() => undefined));
  return client;
}
