import { once } from 'node:events';
import type { connect as netConnect, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { reachHost } from '../connection-test/reach-host';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import { Client } from 'ldapts';
import type { LdapTlsMode, LdapTrust } from '@shared/rules/ldap-rules';
import type { TestNote } from '@shared/channels/connection-test';
import type { LdapProblem } from '@shared/channels/ldap';
import { judgeCertificate, tlsOptionsFor } from '../connection-test/tls-judgement';
import type { CertificateChainProblem, CertificateVerdict } from '../connection-test/tls-judgement';
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

/** The catalog code of each reason a chain is not trusted (ldap.problem.<code> / ldap.advice.<code>). */
const CHAIN_CODES: Record<CertificateChainProblem, string> = {
  expired: 'certExpired',
  notYetValid: 'certNotYetValid',
  selfSigned: 'certSelfSigned',
  unknownIssuer: 'certUnknownIssuer',
  revoked: 'certRevoked',
  badSignature: 'certBadSignature',
  wrongPurpose: 'certWrongPurpose',
  invalidChain: 'certInvalidChain',
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

/** The certificate's names beside the typed host, whatever the verdict: the first thing to compare. */
function namesNote(verdict: CertificateVerdict): TestNote {
  const params = { host: verdict.info.host, names: verdict.info.names.join(', ') || '—' };
  return { key: verdict.nameMatches ? 'connectionTest.note.certNameMatches' : 'connectionTest.note.certNameDiffers', params };
}

/** The explanation of a verdict that refuses the certificate. */
function certificateProblem(verdict: CertificateVerdict): LdapProblem {
  const { info } = verdict;
  const names = info.names.join(', ') || info.subject;
  if (verdict.problem === 'wrongName') return problem('certWrongName', { host: info.host, names });
  const chain = verdict.chain ?? 'unknownIssuer';
  const params: Record<string, string> = { issuer: info.issuer, host: info.host, names, code: verdict.chainCode ?? '—' };
  if (chain === 'expired') params.date = info.validTo.slice(0, 10);
  if (chain === 'notYetValid') params.date = info.validFrom.slice(0, 10);
  return problem(CHAIN_CODES[chain], params);
}

/** Refuses a certificate the trust settings do not accept; records it on the report either way. */
function verifyCertificate(run: TestRun, socket: TLSSocket, endpoint: LdapEndpoint, notes: TestNote[]): void {
  const verdict = judgeCertificate(socket, endpoint.host, endpoint.trust);
  if (!verdict) throw new ExplainedFailure(problem('certMissing'));
  run.report.certificate = verdict.info;
  notes.push(namesNote(verdict));
  if (verdict.problem) {
    run.report.canTrustCertificate = verdict.pinnable;
    throw new ExplainedFailure(certificateProblem(verdict));
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
      verifyCertificate(run, tls, endpoint, notes);
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
    verifyCertificate(run, tls, endpoint, notes);
  });
  return client;
}

function holdClient(run: TestRun, client: Client): Client {
  run.holds(() => void client.unbind().catch(() => undefined));
  return client;
}
