import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CucmEndUser } from '../../electron/services/cucm/cucm-end-user';
import { readXml } from '@shared/xml/xml-document';
import type { XmlElement } from '@shared/xml/xml-document';
import type { CucmConnection } from '../../electron/services/cucm/cucm-connection';
import type { TlsTrust } from '@shared/rules/tls-trust';

/**
 * A local CUCM publisher for the tests: an HTTPS server (self-signed certificate made with openssl, as a
 * CUCM's tomcat certificate usually is) that speaks AXL as CUCM does.
 *
 * - POST /axl/ only, Basic authentication; bad credentials get Tomcat's 401 with an HTML page.
 * - The SOAPAction header ("CUCM:DB ver=14.0 listUser") must name the body's operation and the version
 *   of its namespace (http://www.cisco.com/AXL/API/14.0); otherwise a SOAP fault.
 * - listUser: searchCriteria (firstName, lastName, userid, department; % wildcards, case-insensitive,
 *   several elements ANDed), returnedTags (only those come back; a null is an empty element), skip/first,
 *   a stable order, <user uuid="{…}">. An answer larger than `throttleBytes` is refused with CUCM's
 *   "Query request too large" fault, with the total and the suggested row count.
 * - getCCMVersion answers 14.0.1.x; doAuthenticateUser checks an end user's password.
 * - Faults are shaped as CUCM's: faultcode, faultstring and detail/axlError (axlcode, axlmessage, request).
 *
 * Opt-in misbehaviour, as an attacker's server (or a broken proxy) would answer: `oversizedAnswer`, `rawAnswer`.
 */

const run = promisify(execFile);
const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const AXL_NS_PREFIX = 'http://www.cisco.com/AXL/API/';
const SERVER_VERSIONS = ['11.0', '11.5', '12.0', '12.5', '14.0', '15.0'];
const SEARCH_FIELDS = ['firstName', 'lastName', 'userid', 'department'] as const;
const USER_TAGS = [
  'firstName',
  'lastName',
  'userid',
  'mailid',
  'department',
  'telephoneNumber',
  'mobileNumber',
  'pagerNumber',
  'primaryExtension',
  'userLocale',
  'associatedDevices',
] as const;

export type { CucmEndUser };

export interface AxlServerOptions {
  /** Generated end users (deterministic); default 40,000. */
  users?: number;
  /** The AXL application user and its password. */
  user?: string;
  password?: string;
  /** Every generated end user's password for doAuthenticateUser; default 'Cisco123!'. */
  endUserPassword?: string;
  /** An answer larger than this is refused with the throttle fault; default 8 MB as CUCM. */
  throttleBytes?: number;
  /** The newest AXL schema the server speaks; default '14.0'. */
  version?: string;
  /** Waits this long before each answer (to cancel a fetch in the middle). */
  latencyMs?: number;
  /**
   * Drops the first request that arrives over a kept-alive connection without answering, as a server does
   * that closed the connection while it was idle.
   */
  dropFirstReusedRequest?: boolean;
  /**
   * Answers every listUser with a well-formed AXL answer of about `bytes` bytes whose one user's last name
   * is nothing but `&amp;`: far past the 8 MB CUCM ever sends, and built to make an XML reader expand it.
   * `announced`: with its true Content-Length; otherwise chunked, so only counting while reading finds out.
   */
  oversizedAnswer?: { bytes: number; announced: boolean };
  /** Answers every signed-in request with this text (HTTP 200, text/xml), whatever it asked. */
  rawAnswer?: string;
  /**
   * What "Total rows matched" of the throttle fault counts: 'result' (every row matching the criteria, as
   * Cisco documents it) or 'page' (only the rows of the page asked, as some CUCM releases answer). Default 'result'.
   */
  throttleTotal?: 'result' | 'page';
  /**
   * Busy bursts: after `after` listUser requests, `length` of them in a row are answered busy (HTTP 503 with
   * Retry-After when given, or the fault "Maximum AXL Memory Allocation Consumed"), then again every `every`
   * requests. `length: Infinity` is a CUCM that stays busy.
   */
  busy?: { after: number; length: number; every?: number; kind: '503' | 'memory'; retryAfterSeconds?: number };
  /**
   * A server that stops mid-read: after `pages` listUser answers, every later one either drops its connection
   * without an answer ('close') or answers an empty page as if there were no more users ('empty').
   */
  stopAfter?: { pages: number; how: 'close' | 'empty' };
}

export interface AxlServer {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  endUserPassword: string;
  /** The server certificate (self-signed) in PEM. */
  certificatePem: string;
  /** As Node's X509Certificate.fingerprint256 reports it (upper-case hex pairs with colons). */
  fingerprint256: string;
  /** The trust that accepts this server: its certificate pinned, as Settings > CUCM would after a test. */
  trust: TlsTrust;
  readonly users: readonly CucmEndUser[];
  /** Every request with a valid sign-in: its SOAPAction's operation and the raw body. */
  requests: { action: string; body: string }[];
  /** Answers whose connection the client closed before the whole answer was sent. */
  readonly abandonedAnswers: number;
  /** listUser requests answered busy (503 or the memory fault). */
  readonly busyAnswers: number;
  setUsers(users: CucmEndUser[]): void;
  /** Changes the throttle and the opt-in misbehaviour from now on (the listUser count starts again at 0). */
  misbehave(changes: Pick<AxlServerOptions, 'throttleBytes' | 'throttleTotal' | 'busy' | 'stopAfter'>): void;
  close(): Promise<void>;
}

const FIRST_NAMES = [
  'Anna',
  'Bernd',
  'Chloé',
  'David',
  'Elisabeth',
  'Fred',
  'Gil-dong',
  'Hanako',
  'Hans',
  'Ines',
  'Jürgen',
  'Karin',
  'Luca',
  'Marie',
  'Noah',
  'Olga',
  'Paul',
  'Quentin',
  'Rosa',
  'Sven',
];
const LAST_NAMES = [
  'Müller',
  'Smith',
  'Bloggs',
  'Meier',
  "O'Brien",
  'Kumar',
  'Sato',
  'Hong',
  'Dubois',
  'Rossi',
  'García',
  'Schmidt',
  'Weber',
  'Fischer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
];
const DEPARTMENTS = ['support', 'sales', 'Finance', 'Engineering', 'HR', 'Marketing', 'Management'];
const LOCALES = ['English United States', 'German Germany', 'French France', 'Italian Italy', 'Spanish Spain', 'English United Kingdom', ''];

const ascii = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

function uuidOf(index: number): string {
  const hex = createHash('sha1').update(`roster-axl-user-${index}`).digest('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * The end users of a generated CUCM, the same for the same count: names from small lists (with umlauts and
 * an apostrophe), departments including 'support', 'sales' and 'Finance', 4-digit telephone numbers (some
 * empty, shared as desk phones are), mobiles, a few pagers, primary extensions (one per user, as each user's
 * own line is in CUCM), locales.
 */
export function generateEndUsers(count: number): CucmEndUser[] {
  const users: CucmEndUser[] = [];
  const combos = FIRST_NAMES.length * LAST_NAMES.length;
  for (let i = 0; i < count; i++) {
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const round = Math.floor(i / combos);
    const userid = `${ascii(firstName)}.${ascii(lastName)}${round === 0 ? '' : round}`;
    const number = String(1000 + (i % 9000));
    users.push({
      uuid: uuidOf(i),
      userid,
      firstName,
      lastName,
      mailid: i % 29 === 0 ? '' : `${userid}@example.com`,
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      telephoneNumber: i % 13 === 0 ? '' : number,
      mobileNumber: i % 5 === 0 ? '' : `+4179${String(i).padStart(7, '0')}`,
      pagerNumber: i % 50 === 0 ? `+4176${String(i).padStart(7, '0')}` : '',
      primaryExtension: i % 17 === 0 ? '' : String(100_000 + i),
      userLocale: LOCALES[i % LOCALES.length]!,
      // Most users have a desk phone; every third also a Jabber client (a phone of theirs, not the usr_PhoneMac one).
      ...withDevices(userid, i % 11 === 0 ? '' : `SEP${(0x00235e000000 + i).toString(16).toUpperCase().padStart(12, '0')}`),
    });
  }
  return users;
}

/** The desk phone and, for every third user, a Jabber client: the associated devices CUCM lists. */
function withDevices(userid: string, deskPhone: string): Pick<CucmEndUser, 'phoneDevice' | 'devices'> {
  const jabber = userid.length % 3 === 0 ? [`CSF${userid.toUpperCase().replace(/[^A-Z0-9]/g, '')}`] : [];
  return { phoneDevice: deskPhone, devices: [deskPhone, ...jabber].filter((d) => d !== '') };
}

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));

/** A SQL LIKE pattern with % (any run) and _ (one character), case-insensitive, as CUCM's list searches. */
function likeMatcher(pattern: string): (value: string) => boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`, 'is');
  return (value) => regex.test(value);
}

class AxlFault extends Error {
  constructor(
    readonly faultstring: string,
    readonly axlcode: number,
    readonly request: string,
    readonly faultcode = 'soapenv:Server',
  ) {
    super(faultstring);
  }
}

function envelope(body: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?><soapenv:Envelope xmlns:soapenv="${SOAP_NS}"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
}

function faultXml(fault: AxlFault): string {
  return envelope(
    `<soapenv:Fault><faultcode>${fault.faultcode}</faultcode><faultstring>${escapeXml(fault.faultstring)}</faultstring>` +
      `<detail><axlError><axlcode>${fault.axlcode}</axlcode><axlmessage>${escapeXml(fault.faultstring)}</axlmessage>` +
      `<request>${escapeXml(fault.request)}</request></axlError></detail></soapenv:Fault>`,
  );
}

const TOMCAT_401 =
  '<!doctype html><html lang="en"><head><title>HTTP Status 401 – Unauthorized</title></head>' +
  '<body><h1>HTTP Status 401 – Unauthorized</h1><hr class="line" /><p><b>Type</b> Status Report</p>' +
  '<p><b>Description</b> The request has not been applied to the target resource because it lacks valid authentication credentials for that resource.</p><hr class="line" /></body></html>';

function userXml(user: CucmEndUser, tags: readonly string[]): string {
  let xml = `<user uuid="${escapeXml(user.uuid)}">`;
  for (const tag of tags) {
    if (tag === 'associatedDevices') {
      const devices = user.devices;
      xml +=
        devices.length === 0
          ? '<associatedDevices/>'
          : `<associatedDevices>${devices.map((d) => `<device>${escapeXml(d)}</device>`).join('')}</associatedDevices>`;
    } else if (tag === 'primaryExtension') {
      xml +=
        user.primaryExtension === ''
          ? '<primaryExtension/>'
          : `<primaryExtension><pattern>${escapeXml(user.primaryExtension)}</pattern><routePartitionName/></primaryExtension>`;
    } else {
      const value = user[tag as Exclude<keyof CucmEndUser, 'devices'>];
      xml += value === '' ? `<${tag}/>` : `<${tag}>${escapeXml(value)}</${tag}>`;
    }
  }
  return `${xml}</user>`;
}

/**
 * A listUser answer of about `bytes` bytes with one user whose last name is `&amp;` repeated: built once as
 * one buffer, so the server itself stays small while it sends it.
 */
function oversizedListUserAnswer(namespace: string, bytes: number): Buffer {
  const gap = '\u0000';
  const [head, tail] = envelope(
    `<ns:listUserResponse xmlns:ns="${namespace}"><return><user uuid="{00000000-0000-0000-0000-000000000001}"><userid>amp</userid><lastName>${gap}</lastName></user></return></ns:listUserResponse>`,
  )
    .split(gap)
    .map((part) => Buffer.from(part));
  const references = Math.max(1, Math.floor((bytes - head!.length - tail!.length) / '&amp;'.length));
  return Buffer.concat([head!, Buffer.alloc(references * '&amp;'.length, '&amp;'), tail!]);
}

/** Sends a large body as the socket takes it (as a real server streams), never queueing all of it at once. */
function sendPaced(res: ServerResponse, body: Buffer): void {
  const piece = 64 * 1024;
  let offset = 0;
  const pump = () => {
    while (offset < body.length) {
      const chunk = body.subarray(offset, offset + piece);
      offset += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function makeCertificate(): Promise<{ keyPem: string; certificatePem: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-axl-'));
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '30',
      '-subj',
      '/C=CH/O=Roster Tests/OU=Collaboration/CN=cucm-pub.example.test',
      '-addext',
      'subjectAltName=DNS:cucm-pub.example.test,DNS:localhost,IP:127.0.0.1',
      '-addext',
      'extendedKeyUsage=serverAuth',
    ]);
    return { keyPem: readFileSync(join(dir, 'key.pem'), 'utf8'), certificatePem: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startAxlServer(options: AxlServerOptions = {}): Promise<AxlServer> {
  const user = options.user ?? 'axl-roster';
  const password = options.password ?? 'Axl-Passw0rd!';
  const endUserPassword = options.endUserPassword ?? 'Cisco123!';
  let throttleBytes = options.throttleBytes ?? 8 * 1024 * 1024;
  const behaviour: Pick<AxlServerOptions, 'throttleTotal' | 'busy' | 'stopAfter'> = { ...options };
  const version = options.version ?? '14.0';
  let users = generateEndUsers(options.users ?? 40_000);
  const requests: { action: string; body: string }[] = [];
  const { keyPem, certificatePem } = await makeCertificate();
  const expectedAuth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  function listUser(request: XmlElement): string {
    const criteria = request.children.find((c) => c.local === 'searchCriteria');
    if (!criteria)
      throw new AxlFault(
        "cvc-complex-type.2.4.a: Invalid content was found starting with element 'returnedTags'. One of '{searchCriteria}' is expected.",
        -1,
        'listUser',
        'soapenv:Client',
      );
    if (criteria.children.length === 0) throw new AxlFault('No search criteria given', -1, 'listUser');
    const matchers: [Exclude<keyof CucmEndUser, 'devices'>, (value: string) => boolean][] = [];
    for (const element of criteria.children) {
      if (!(SEARCH_FIELDS as readonly string[]).includes(element.local)) {
        throw new AxlFault(
          `cvc-complex-type.2.4.a: Invalid content was found starting with element '${element.local}'. One of '{"":firstName, "":lastName, "":userid, "":department}' is expected.`,
          -1,
          'listUser',
          'soapenv:Client',
        );
      }
      matchers.push([element.local as Exclude<keyof CucmEndUser, 'devices'>, likeMatcher(element.text)]);
    }
    const returned = request.children.find((c) => c.local === 'returnedTags');
    const tags = returned && returned.children.length > 0 ? returned.children.map((c) => c.local) : [...USER_TAGS];
    for (const tag of tags) {
      if (!(USER_TAGS as readonly string[]).includes(tag)) {
        throw new AxlFault(`cvc-complex-type.2.4.a: Invalid content was found starting with element '${tag}'.`, -1, 'listUser', 'soapenv:Client');
      }
    }
    const number = (name: string): number | null => {
      const element = request.children.find((c) => c.local === name);
      if (!element) return null;
      if (!/^\d+$/.test(element.text.trim()))
        throw new AxlFault(`cvc-datatype-valid.1.2.1: '${element.text}' is not a valid value for 'integer'.`, -1, 'listUser', 'soapenv:Client');
      return Number(element.text.trim());
    };
    const matched = users.filter((u) => matchers.every(([field, match]) => match(u[field])));
    const skip = number('skip') ?? 0;
    const first = number('first');
    const page = matched.slice(skip, first === null ? undefined : skip + first);
    const rows = page.map((u) => userXml(u, tags));
    const bytes = rows.reduce((sum, row) => sum + Buffer.byteLength(row), 0);
    if (bytes > throttleBytes) {
      const perRow = bytes / Math.max(1, rows.length);
      const suggested = Math.max(1, Math.floor(throttleBytes / perRow));
      throw new AxlFault(
        `Query request too large. Total rows matched: ${behaviour.throttleTotal === 'page' ? page.length : matched.length} rows. Suggestive Row Fetch: less than ${suggested} rows`,
        -1,
        'listUser',
      );
    }
    return `<return>${rows.join('')}</return>`;
  }

  function doAuthenticateUser(request: XmlElement): string {
    const userid = request.children.find((c) => c.local === 'userid')?.text ?? '';
    const given = request.children.find((c) => c.local === 'password' || c.local === 'pin');
    if (!given) throw new AxlFault('Either password or pin must be specified', 5003, 'doAuthenticateUser');
    const found = users.find((u) => u.userid.toLowerCase() === userid.toLowerCase());
    if (!found) throw new AxlFault(`Item not valid: The specified User ${userid} was not found`, 5007, 'doAuthenticateUser');
    const ok = given.local === 'password' && given.text === endUserPassword;
    return `<return><userAuthenticated>${ok}</userAuthenticated><code>${ok ? 0 : 1}</code><daysToExpiry>0</daysToExpiry><isWorkingPeriod>true</isWorkingPeriod></return>`;
  }

  const served = new WeakSet<Socket>();
  let dropped = false;
  let abandonedAnswers = 0;
  // Built before the server listens, so a client measuring its own memory does not count it.
  const oversized = options.oversizedAnswer ? oversizedListUserAnswer(`${AXL_NS_PREFIX}${version}`, options.oversizedAnswer.bytes) : null;

  let listUsers = 0;
  let busyAnswers = 0;
  /** The opt-in misbehaviour of a listUser request; true when it was answered (or dropped) here. */
  function misbehaves(req: IncomingMessage, res: ServerResponse): boolean {
    const index = listUsers++;
    const { busy, stopAfter } = behaviour;
    if (busy && index >= busy.after) {
      const since = index - busy.after;
      const inBurst = busy.every ? since % busy.every < busy.length : since < busy.length;
      if (inBurst) {
        busyAnswers += 1;
        if (busy.kind === '503') {
          const body =
            '<!doctype html><html><head><title>HTTP Status 503 – Service Unavailable</title></head><body><h1>HTTP Status 503 – Service Unavailable</h1></body></html>';
          res.writeHead(503, {
            'Content-Type': 'text/html;charset=utf-8',
            'Content-Length': Buffer.byteLength(body),
            ...(busy.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(busy.retryAfterSeconds) }),
          });
          res.end(body);
        } else {
          const body = faultXml(new AxlFault('Maximum AXL Memory Allocation Consumed', -1, 'listUser'));
          res.writeHead(500, { 'Content-Type': 'text/xml;charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
          res.end(body);
        }
        return true;
      }
    }
    if (stopAfter && index >= stopAfter.pages) {
      if (stopAfter.how === 'close') {
        req.socket.destroy();
      } else {
        const body = envelope(`<ns:listUserResponse xmlns:ns="${AXL_NS_PREFIX}${version}"><return/></ns:listUserResponse>`);
        res.writeHead(200, { 'Content-Type': 'text/xml;charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
        res.end(body);
      }
      return true;
    }
    return false;
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.dropFirstReusedRequest && !dropped && served.has(req.socket)) {
      dropped = true;
      req.socket.destroy();
      return;
    }
    served.add(req.socket);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    };
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/axl/' && path !== '/axl') {
      send(
        404,
        'text/html;charset=utf-8',
        '<!doctype html><html><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1></body></html>',
      );
      return;
    }
    if (req.headers.authorization !== expectedAuth) {
      res.setHeader('WWW-Authenticate', 'Basic realm="Cisco AXL API"');
      send(401, 'text/html;charset=utf-8', TOMCAT_401);
      return;
    }
    if (req.method !== 'POST') {
      send(405, 'text/html;charset=utf-8', '<!doctype html><html><body><h1>HTTP Status 405 – Method Not Allowed</h1></body></html>');
      return;
    }
    const raw = await readBody(req);
    const header = String(req.headers.soapaction ?? '').replace(/^"|"$/g, '');
    const action = /^CUCM:DB ver=([0-9.]+) (\w+)$/.exec(header);
    requests.push({ action: action?.[2] ?? header, body: raw });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (options.rawAnswer !== undefined) {
      send(200, 'text/xml;charset=utf-8', options.rawAnswer);
      return;
    }

    let operation = '';
    try {
      let root: XmlElement;
      try {
        root = readXml(raw);
      } catch (error) {
        throw new AxlFault(`Unable to parse the request: ${(error as Error).message}`, -1, '', 'soapenv:Client');
      }
      const body = root.local === 'Envelope' && root.namespace === SOAP_NS ? root.children.find((c) => c.local === 'Body') : undefined;
      const request = body?.children[0];
      if (!request) throw new AxlFault('The request is not a SOAP envelope with a body', -1, '', 'soapenv:Client');
      operation = request.local;
      if (!request.namespace.startsWith(AXL_NS_PREFIX)) throw new AxlFault(`Unknown namespace ${request.namespace}`, -1, operation, 'soapenv:Client');
      const requestVersion = request.namespace.slice(AXL_NS_PREFIX.length);
      if (!action)
        throw new AxlFault(
          'The SOAPAction header is missing or not of the form "CUCM:DB ver=<version> <operation>"',
          -1,
          operation,
          'soapenv:Client',
        );
      if (action[1] !== requestVersion || action[2] !== operation) {
        throw new AxlFault(
          `The SOAPAction "${header}" does not match the request ${operation} of AXL ${requestVersion}`,
          -1,
          operation,
          'soapenv:Client',
        );
      }
      if (!SERVER_VERSIONS.includes(requestVersion) || Number(requestVersion) > Number(version)) {
        throw new AxlFault(
          `Version ${requestVersion} of the AXL schema is not supported by this Unified CM (it supports up to ${version})`,
          -1,
          operation,
          'soapenv:Client',
        );
      }
      if (operation === 'listUser' && oversized) {
        res.on('close', () => {
          if (!res.writableFinished) abandonedAnswers += 1;
        });
        res.writeHead(200, {
          'Content-Type': 'text/xml;charset=utf-8',
          ...(options.oversizedAnswer?.announced ? { 'Content-Length': oversized.length } : {}),
        });
        sendPaced(res, oversized);
        return;
      }
      if (operation === 'listUser' && misbehaves(req, res)) return;
      let result: string;
      if (operation === 'listUser') result = listUser(request);
      else if (operation === 'getCCMVersion')
        result = `<return><componentVersion><version>${version}.1.13900(155)</version></componentVersion></return>`;
      else if (operation === 'doAuthenticateUser') result = doAuthenticateUser(request);
      else throw new AxlFault(`Operation ${operation} is not available on this test server`, -1, operation, 'soapenv:Client');
      send(200, 'text/xml;charset=utf-8', envelope(`<ns:${operation}Response xmlns:ns="${request.namespace}">${result}</ns:${operation}Response>`));
    } catch (error) {
      if (!(error instanceof AxlFault)) throw error;
      send(500, 'text/xml;charset=utf-8', faultXml(new AxlFault(error.faultstring, error.axlcode, error.request || operation, error.faultcode)));
    }
  }

  const sockets = new Set<Socket>();
  const server = createServer({ key: keyPem, cert: certificatePem, keepAliveTimeout: 5000 }, (req, res) => {
    answer(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that refuses the certificate closes the connection mid-handshake: nothing to report.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const fingerprint256 = new X509Certificate(certificatePem).fingerprint256;
  return {
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    user,
    password,
    endUserPassword,
    certificatePem,
    fingerprint256,
    trust: { caPem: '', pinned: [{ fingerprint: fingerprint256, subject: '', issuer: '', validFrom: '', validTo: '' }] },
    get users() {
      return users;
    },
    requests,
    get abandonedAnswers() {
      return abandonedAnswers;
    },
    get busyAnswers() {
      return busyAnswers;
    },
    setUsers(next: CucmEndUser[]) {
      users = [...next];
    },
    misbehave(changes) {
      if (changes.throttleBytes !== undefined) throttleBytes = changes.throttleBytes;
      behaviour.throttleTotal = changes.throttleTotal;
      behaviour.busy = changes.busy;
      behaviour.stopAfter = changes.stopAfter;
      listUsers = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The AXL client's connection to a test server: its address, the AXL user and password, its pinned trust. */
export function connectionTo(server: AxlServer, timeoutMs = 60_000): CucmConnection {
  return {
    host: server.host,
    port: server.port,
    axlVersion: '14.0',
    axlUser: server.user,
    password: server.password,
    trust: server.trust,
    timeoutMs,
  };
}
