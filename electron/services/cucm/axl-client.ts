import { Agent, request as httpRequest } from 'node:http';
import type { ClientRequestArgs, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { judgeCertificate, tlsOptionsFor } from '../connection-test/tls-judgement';
import { faultOf } from './axl-fault';
import { AxlFailure, certificateFailure, faultFailure, networkFailure } from './axl-failure';
import { envelope, soapAction } from './axl-request';
import type { CucmConnection } from './cucm-connection';
import { readXml } from '@shared/xml/xml-document';
import type { XmlElement } from '@shared/xml/xml-document';
import { XmlSyntaxError } from '@shared/xml/xml-syntax-error';

/** At most this many requests (and connections) to CUCM at once: AXL serves a few, and throttles the rest. */
export const MAX_IN_FLIGHT = 3;
/**
 * The largest answer read. CUCM refuses to send more than 8 MB (it answers a throttle fault instead, and the
 * fetch asks smaller pages): with room for the SOAP envelope around the rows, anything larger did not come
 * from CUCM's AXL service, and reading it on would only let the sender fill this process's memory.
 */
export const AXL_ANSWER_LIMIT_BYTES = 9 * 1024 * 1024;

/**
 * Connections to one CUCM: TLS is opened, the certificate judged (system CAs or the pinned fingerprint),
 * and only then is the socket handed to HTTP. So the Authorization header never leaves over a connection
 * whose certificate was not accepted. Connections are kept alive between pages.
 */
class VerifiedAgent extends Agent {
  constructor(
    private readonly connection: CucmConnection,
    /** A connection the caller already opened and judged (the connection test's own steps). */
    private handOver: TLSSocket | null,
  ) {
    super({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, maxFreeSockets: MAX_IN_FLIGHT });
  }

  override createConnection(_options: ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const done = callback!;
    if (this.handOver && !this.handOver.destroyed) {
      const socket = this.handOver;
      this.handOver = null;
      done(null, socket);
      return undefined;
    }
    const { host, port, trust, timeoutMs } = this.connection;
    const socket = tlsConnect({ host, port, ...tlsOptionsFor(host, trust) });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off('error', onError);
      if (error) {
        // HTTP destroys the socket it was given with the error too; nothing may be left to throw.
        socket.on('error', () => undefined);
        socket.destroy();
        done(error, socket);
      } else {
        done(null, socket);
      }
    };
    const onError = (error: Error) => settle(networkFailure(error, host, port));
    const timer = setTimeout(() => settle(new AxlFailure('connectTimeout', { host, port, seconds: Math.round(timeoutMs / 100) / 10 })), timeoutMs);
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      const verdict = judgeCertificate(socket, host, trust);
      settle(!verdict || verdict.problem ? certificateFailure(host, verdict) : null);
    });
    return undefined;
  }
}

export interface AxlCallOptions {
  signal?: AbortSignal;
}

/** What came back for one request: the operation's response element, and how large the answer was. */
export interface AxlAnswer {
  response: XmlElement;
  bytes: number;
}

/** A kept-alive connection turned out closed before any answer (see AxlClient.call). */
class StaleConnection extends Error {
  constructor() {
    super('stale keep-alive connection');
  }
}

const isReset = (error: Error) => {
  const code = (error as { code?: string }).code;
  return code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(error.message);
};

interface PostAnswer {
  status: number;
  text: string;
  bytes: number;
  /** The Retry-After header as sent ('' when none): a 503 may say when to ask again. */
  retryAfter: string;
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterOf(header: string, now = Date.now()): number | null {
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** The SOAP Body of an answer, or why the answer is not AXL. */
function bodyOf(text: string): XmlElement {
  let root: XmlElement;
  try {
    root = readXml(text, { maxLength: AXL_ANSWER_LIMIT_BYTES });
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new AxlFailure('notAxl', { reason: error.reason }).causedBy(error);
    throw error;
  }
  const body = root.local === 'Envelope' ? root.children.find((c) => c.local === 'Body') : undefined;
  if (!body) throw new AxlFailure('notAxl', { reason: `<${root.name}> instead of a SOAP envelope` });
  return body;
}

/**
 * AXL over HTTPS: one SOAP request per call, POST /axl/ with Basic authentication and the SOAPAction of
 * the configured version. HTTP 401/403, SOAP faults, timeouts, refused certificates and cancellation all
 * end as an AxlFailure (a RosterError with a CUCM_* code). It only ever reads, so a cancelled call leaves
 * nothing half-done on either side.
 */
export class AxlClient {
  private readonly agent: VerifiedAgent;

  constructor(
    private readonly connection: CucmConnection,
    handOver: TLSSocket | null = null,
  ) {
    this.agent = new VerifiedAgent(connection, handOver);
  }

  /** Sends `operation` with its body elements and returns the `<operation>Response` element. */
  async call(operation: string, inner: string, options: AxlCallOptions = {}): Promise<AxlAnswer> {
    const request = envelope(this.connection.axlVersion, operation, inner);
    let answer: PostAnswer;
    try {
      answer = await this.post(operation, request, options.signal);
    } catch (error) {
      // A kept-alive connection the server closed while idle fails at once: ask once more on a fresh one
      // (every request Roster sends only reads, so asking twice changes nothing).
      if (!(error instanceof StaleConnection)) throw error;
      try {
        answer = await this.post(operation, request, options.signal);
      } catch (again) {
        // Closed once more without an answer: a server that stopped answering, said as such.
        if (again instanceof StaleConnection) throw new AxlFailure('connectionClosed', { host: this.connection.host, port: this.connection.port });
        throw again;
      }
    }
    const { status, text, bytes, retryAfter } = answer;
    if (status === 401) throw new AxlFailure('unauthorized', { user: this.connection.axlUser }, { httpStatus: status });
    if (status === 403) throw new AxlFailure('forbidden', { user: this.connection.axlUser }, { httpStatus: status });
    if (status !== 200 && status !== 500) {
      const retryAfterMs = retryAfterOf(retryAfter);
      throw new AxlFailure('httpStatus', { status }, { httpStatus: status, ...(retryAfterMs === null ? {} : { retryAfterMs }) });
    }
    const body = bodyOf(text);
    const fault = faultOf(body);
    if (fault) throw faultFailure(fault);
    const response = body.children[0];
    if (!response || response.local !== `${operation}Response`) {
      throw new AxlFailure('wrongAnswer', { expected: `${operation}Response`, found: response ? response.local : '—' });
    }
    return { response, bytes };
  }

  /** Ends the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  private post(operation: string, body: string, signal?: AbortSignal): Promise<PostAnswer> {
    const { host, port, axlUser, password, axlVersion, timeoutMs } = this.connection;
    const payload = Buffer.from(body, 'utf8');
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new AxlFailure('cancelled'));
        return;
      }
      let finished = false;
      const finish = (error: Error | null, value?: PostAnswer) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(value!);
      };
      const req = httpRequest({
        host,
        port,
        method: 'POST',
        path: '/axl/',
        agent: this.agent,
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          'Content-Length': payload.length,
          SOAPAction: soapAction(axlVersion, operation),
          Authorization: basicAuth(axlUser, password),
          Accept: 'text/xml',
        },
      });
      const onAbort = () => {
        finish(new AxlFailure('cancelled'));
        req.destroy();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(() => {
        finish(new AxlFailure('answerTimeout', { seconds: Math.round(timeoutMs / 100) / 10 }));
        req.destroy();
      }, timeoutMs);
      req.on('error', (error) => finish(req.reusedSocket && !finished && isReset(error) ? new StaleConnection() : networkFailure(error, host, port)));
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        /** Refuses the answer and drops its connection (destroyed, never handed back to the pool half-read). */
        const tooLarge = () => {
          finish(new AxlFailure('answerTooLarge', { operation, host, port, megabytes: AXL_ANSWER_LIMIT_BYTES / (1024 * 1024) }));
          req.destroy();
        };
        // An announced length says it at once; a chunked answer is counted as it arrives.
        if (Number(res.headers['content-length'] ?? 0) > AXL_ANSWER_LIMIT_BYTES) {
          tooLarge();
          return;
        }
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > AXL_ANSWER_LIMIT_BYTES) {
            tooLarge();
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (error) => finish(networkFailure(error, host, port)));
        res.on('end', () =>
          finish(null, {
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            bytes: size,
            retryAfter: String(res.headers['retry-after'] ?? ''),
          }),
        );
      });
      req.end(payload);
    });
  }
}
