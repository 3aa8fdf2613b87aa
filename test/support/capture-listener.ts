import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createTcpServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { promisify } from 'node:util';

/**
 * A listener an attacker would run to catch a password: it records every connection and every byte it is
 * sent, so a test can prove what never left Roster. Plain TCP (for LDAP) optionally passing everything on
 * to a real server, so a client that waits for answers gets them; or HTTPS with its own self-signed
 * certificate (for AXL) answering every request with 401.
 */
export interface CaptureListener {
  host: '127.0.0.1';
  port: number;
  /** Connections accepted so far (after the TLS handshake for HTTPS). */
  readonly connections: number;
  /** Whether the bytes received so far contain `text` (UTF-8). */
  saw(text: string): boolean;
  /** Starts the record afresh (connections and bytes), for the next part of a test. */
  forget(): void;
  stop(): Promise<void>;
}

export interface CaptureHttpsServer extends CaptureListener {
  certificatePem: string;
  /** As Node reports it: upper-case hex pairs with colons. */
  fingerprint256: string;
}

function capturing(server: Server, sockets: Set<Socket>) {
  let received: Buffer[] = [];
  let connections = 0;
  return {
    accept(socket: Socket) {
      connections++;
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
      socket.on('data', (chunk: Buffer) => received.push(chunk));
    },
    async listen(): Promise<CaptureListener> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      return {
        host: '127.0.0.1',
        port: (server.address() as { port: number }).port,
        get connections() {
          return connections;
        },
        saw: (text) => Buffer.concat(received).includes(Buffer.from(text, 'utf8')),
        forget: () => {
          received = [];
          connections = 0;
        },
        stop: async () => {
          for (const socket of sockets) socket.destroy();
          await new Promise((resolve) => server.close(resolve));
        },
      };
    },
  };
}

/** Plain TCP on 127.0.0.1; with `forwardTo`, a recording proxy to that server. */
export async function startCaptureListener(options: { forwardTo?: { host: string; port: number } } = {}): Promise<CaptureListener> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    capture.accept(socket);
    if (!options.forwardTo) return;
    const upstream = connect(options.forwardTo.port, options.forwardTo.host);
    sockets.add(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.pipe(upstream);
    upstream.pipe(socket);
  });
  const capture = capturing(server, sockets);
  return capture.listen();
}

/** A self-signed certificate for 127.0.0.1, made with openssl as an attacker would make one. */
async function selfSignedCertificate(): Promise<{ keyPem: string; certificatePem: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-capture-'));
  try {
    await promisify(execFile)('openssl', [
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
      '2',
      '-subj',
      '/CN=cucm-pub.customer-a.example',
      '-addext',
      'subjectAltName=DNS:cucm-pub.customer-a.example,IP:127.0.0.1',
    ]);
    return { keyPem: readFileSync(join(dir, 'key.pem'), 'utf8'), certificatePem: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** HTTPS on 127.0.0.1 with a self-signed certificate; every request is answered 401 and the connection closed. */
export async function startCaptureHttpsServer(): Promise<CaptureHttpsServer> {
  const { keyPem, certificatePem } = await selfSignedCertificate();
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: keyPem, cert: certificatePem }, (socket) => {
    capture.accept(socket);
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  const capture = capturing(server, sockets);
  const listener = await capture.listen();
  return Object.assign(listener, { certificatePem, fingerprint256: new X509Certificate(certificatePem).fingerprint256 });
}
