import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ADMIN_DN, ADMIN_GROUP_DN, BASE_DN, BRANCH_DN, BULK_DN, PEOPLE_DN, bulkPeople, seedLdif, seedPeople } from '../fixtures/ldap/directory';
import type { Person } from '../fixtures/ldap/directory';

/**
 * A private OpenLDAP server for the tests (Debian's slapd and ldap-utils): its own slapd.conf and mdb
 * database in a temp dir, a CA and a server certificate made with openssl, ldap:// (with StartTLS) and
 * ldaps:// on free loopback ports. It starts in a fraction of a second and works as root or not.
 */

const run = promisify(execFile);
const SCHEMA_DIR = '/etc/ldap/schema';
const OUR_SCHEMA = fileURLToPath(new URL('../fixtures/ldap/roster-ad.schema', import.meta.url));
const ADMIN_PASSWORD = 'Directory-Manager-1';
const READY_WITHIN_MS = 10_000;

interface SlapdPerson {
  dn: string;
  uid: string;
  sAMAccountName: string;
  userPrincipalName: string;
  mail: string;
  password: string;
  hasPhoto: boolean;
  /** What thumbnailPhoto holds: 'png' / 'jpeg' (small images), 'large' (over 100 KB), 'notImage', 'none'. */
  photo: Person['photo'];
  photoBytes: Buffer | null;
  givenName: string;
  sn: string;
}

export interface Slapd {
  host: '127.0.0.1';
  port: number;
  ldapsPort: number;
  /** ldap://127.0.0.1:port (plain, StartTLS offered) */
  url: string;
  /** ldaps://127.0.0.1:ldapsPort */
  ldapsUrl: string;
  /** The CA that signed the server certificate (trust it to verify the server). */
  caPem: string;
  serverCertPem: string;
  /** dc=example,dc=com */
  baseDn: string;
  adminDn: string;
  adminPassword: string;
  /** ou=people,<base>: seven people directly under it, three more in its sub-OU ou=branch. */
  peopleDn: string;
  branchDn: string;
  /** groupOfNames whose members are the first two people. */
  adminGroupDn: string;
  /** ou=bulk,<base>, holding `bulkPeople` extra people with small photos (none unless asked for). */
  bulkDn: string;
  people: SlapdPerson[];
  bulkPeople: SlapdPerson[];
  stop(): Promise<void>;
}

export interface SlapdOptions {
  /** Extra people with small PNG photos under ou=bulk (for the photo sync benchmark); default 0. */
  bulkPeople?: number;
  /** The server certificate (default: issued by the test CA for IP:127.0.0.1 and DNS:localhost, valid 30 days). */
  certificate?: ServerCertificate;
  /** Refuse every operation before a bind ("require authc"), as directories that disallow anonymous search do. */
  requireBind?: boolean;
}

/** How the server certificate is made: its names, its validity, who signed it. */
export interface ServerCertificate {
  /** subjectAltName, e.g. "IP:127.0.0.1" or "DNS:ldap.other.example". */
  altNames: string;
  /** Validity as OpenSSL's YYYYMMDDHHMMSSZ; default from now for 30 days. */
  startDate?: string;
  endDate?: string;
  /** Signed by its own key rather than by the test CA. */
  selfSigned?: boolean;
}

/** OpenSSL's YYYYMMDDHHMMSSZ for a date some days from now (negative: in the past). */
export function opensslDate(daysFromNow: number): string {
  return `${new Date(Date.now() + daysFromNow * 86_400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** Whether this machine can run the LDAP tests (slapd, ldap-utils and openssl installed). */
export async function slapdAvailable(): Promise<boolean> {
  try {
    await run('/usr/sbin/slapd', ['-VV']).catch((error: { stderr?: string }) => {
      // slapd -VV prints its version on stderr and exits non-zero on some builds.
      if (!String(error.stderr ?? '').includes('slapd')) throw error;
    });
    await run('ldapwhoami', ['-VV']).catch((error: { stderr?: string }) => {
      if (!String(error.stderr ?? '').includes('ldapwhoami')) throw error;
    });
    await run('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
}

export async function startSlapd(options: SlapdOptions = {}): Promise<Slapd> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-slapd-'));
  try {
    const { caPem, serverCertPem } = await makeCertificates(dir, options.certificate);
    const people = seedPeople();
    const bulk = bulkPeople(options.bulkPeople ?? 0);
    mkdirSync(join(dir, 'db'));
    copyFileSync(OUR_SCHEMA, join(dir, 'roster-ad.schema'));
    writeFileSync(join(dir, 'slapd.conf'), slapdConf(dir, options.requireBind ?? false));
    writeFileSync(join(dir, 'seed.ldif'), seedLdif(people, bulk));
    await run('/usr/sbin/slapadd', ['-q', '-f', join(dir, 'slapd.conf'), '-l', join(dir, 'seed.ldif')]);

    // Free ports can be taken between asking and binding; try a few pairs.
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const [port, ldapsPort] = await freePorts(2);
      try {
        const child = await launch(dir, port!, ldapsPort!);
        return {
          host: '127.0.0.1',
          port: port!,
          ldapsPort: ldapsPort!,
          url: `ldap://127.0.0.1:${port}`,
          ldapsUrl: `ldaps://127.0.0.1:${ldapsPort}`,
          caPem,
          serverCertPem,
          baseDn: BASE_DN,
          adminDn: ADMIN_DN,
          adminPassword: ADMIN_PASSWORD,
          peopleDn: PEOPLE_DN,
          branchDn: BRANCH_DN,
          adminGroupDn: ADMIN_GROUP_DN,
          bulkDn: BULK_DN,
          people,
          bulkPeople: bulk,
          stop: async () => {
            await stopProcess(child);
            rmSync(dir, { recursive: true, force: true });
          },
        };
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function slapdConf(dir: string, requireBind: boolean): string {
  const schemas = ['core', 'cosine', 'inetorgperson', 'nis'].map((name) => `include ${SCHEMA_DIR}/${name}.schema`);
  return [
    ...schemas,
    `include ${join(dir, 'roster-ad.schema')}`,
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    'modulepath /usr/lib/ldap',
    'moduleload back_mdb',
    `TLSCACertificateFile ${join(dir, 'ca.pem')}`,
    `TLSCertificateFile ${join(dir, 'server.pem')}`,
    `TLSCertificateKeyFile ${join(dir, 'server.key')}`,
    // As Active Directory: a plain search returns at most 1000 entries, a paged one as many as there are.
    'sizelimit size.soft=1000 size.hard=1000 size.prtotal=unlimited',
    // Another wording than Active Directory's for the same refusal of an anonymous search.
    ...(requireBind ? ['require authc'] : []),
    'database mdb',
    'maxsize 268435456',
    `suffix "${BASE_DN}"`,
    `rootdn "${ADMIN_DN}"`,
    `rootpw ${ADMIN_PASSWORD}`,
    `directory ${join(dir, 'db')}`,
    // Passwords are only ever compared by a bind; everything else may be read, also anonymously (as many
    // OpenLDAP directories allow; the account lookup of the authentication test relies on it).
    'access to attrs=userPassword by self write by anonymous auth by * none',
    'access to * by * read',
    '',
  ].join('\n');
}

const DEFAULT_CERTIFICATE: ServerCertificate = { altNames: 'IP:127.0.0.1,DNS:localhost' };

async function makeCertificates(
  dir: string,
  certificate: ServerCertificate = DEFAULT_CERTIFICATE,
): Promise<{ caPem: string; serverCertPem: string }> {
  const file = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '3650',
    '-subj',
    '/O=Roster Tests/CN=Roster Test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const cn = /^(?:IP|DNS):([^,]+)/.exec(certificate.altNames)?.[1] ?? '127.0.0.1';
  await run('openssl', ['req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/O=Roster Tests/CN=${cn}`]);
  writeFileSync(
    file('server.ext'),
    `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${certificate.altNames}\n`,
  );
  // `openssl ca` takes any start and end date (expired, not yet valid); it needs a small CA database.
  writeFileSync(file('index.txt'), '');
  writeFileSync(file('serial'), `${Date.now().toString(16).padStart(16, '0')}\n`);
  writeFileSync(
    file('ca.cnf'),
    [
      '[ca]',
      'default_ca = test',
      '[test]',
      `database = ${file('index.txt')}`,
      `new_certs_dir = ${dir}`,
      `serial = ${file('serial')}`,
      'default_md = sha256',
      'policy = any',
      'unique_subject = no',
      'copy_extensions = none',
      '[any]',
      'organizationName = optional',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'ca',
    '-batch',
    '-notext',
    '-config',
    file('ca.cnf'),
    ...(certificate.selfSigned ? ['-selfsign', '-keyfile', file('server.key')] : ['-cert', file('ca.pem'), '-keyfile', file('ca.key')]),
    '-startdate',
    certificate.startDate ?? opensslDate(-1),
    '-enddate',
    certificate.endDate ?? opensslDate(30),
    '-in',
    file('server.csr'),
    '-out',
    file('server.pem'),
    '-extfile',
    file('server.ext'),
  ]);
  return { caPem: readFileSync(file('ca.pem'), 'utf8'), serverCertPem: readFileSync(file('server.pem'), 'utf8') };
}

async function launch(dir: string, port: number, ldapsPort: number): Promise<ChildProcess> {
  const child = spawn(
    '/usr/sbin/slapd',
    ['-d', '0', '-h', `ldap://127.0.0.1:${port}/ ldaps://127.0.0.1:${ldapsPort}/`, '-f', join(dir, 'slapd.conf')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`slapd exited at start: ${stderr.trim()}`);
    try {
      await run('ldapwhoami', ['-x', '-H', `ldap://127.0.0.1:${port}`, '-D', ADMIN_DN, '-w', ADMIN_PASSWORD], { timeout: 2000 });
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await stopProcess(child);
  throw new Error(`slapd did not answer within ${READY_WITHIN_MS} ms: ${stderr.trim()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** `count` distinct loopback ports free at the moment of asking. */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      servers.push(server);
    }
    return servers.map((s) => (s.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** A port on 127.0.0.1 that nothing listens on: connecting is refused. */
export async function closedPort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

export interface SilentListener {
  host: '127.0.0.1';
  port: number;
  /** How many connections it has accepted so far. */
  readonly accepted: number;
  /** How many of them the client has not closed yet. */
  readonly open: number;
  stop(): Promise<void>;
}

/** A TCP server on 127.0.0.1 that accepts connections and never says a word (a hung or filtered server). */
export async function startSilentListener(): Promise<SilentListener> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    // Reads and drops what the client sends: a paused socket would never see the client close it.
    socket.resume();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    get accepted() {
      return accepted;
    },
    get open() {
      return sockets.size;
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
