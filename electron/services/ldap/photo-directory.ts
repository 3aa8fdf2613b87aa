import { Client } from 'ldapts';
import type { Entry } from 'ldapts';
import type { LdapTestStepId } from '@shared/channels/ldap';
import type { LdapTlsMode, LdapTrust } from '@shared/rules/ldap-rules';
import { verifiedTlsConnect } from './certificate-trust';
import type { DirectoryEntry, PhotoDirectory } from './photo-sync';

/** How to reach and bind to the directory the photos come from (the saved contact-photo settings). */
export interface PhotoConnection {
  host: string;
  port: number;
  tls: LdapTlsMode;
  /** TLS is always verified, with the same trust as the connection tests (CA file, pinned certificates). */
  trust: LdapTrust;
  /** Empty: anonymous. */
  bindUser: string;
  password: string;
  /** Bound for every network step, so a server that never answers cannot hold the sync. */
  timeoutMs: number;
}

/** A failure with the step it happened in, so it can be explained as the connection tests explain it. */
export class PhotoDirectoryFailure extends Error {
  constructor(
    readonly step: LdapTestStepId,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PhotoDirectoryFailure';
  }
}

/** Entries per page; Active Directory's default MaxPageSize is 1000. */
const PAGE_SIZE = 500;

/** The entry's values by lower-cased attribute name, text or bytes as ldapts gave them. */
function entryValues(entry: Entry): Map<string, (string | Buffer)[]> {
  const values = new Map<string, (string | Buffer)[]>();
  for (const [name, value] of Object.entries(entry)) {
    if (name === 'dn') continue;
    values.set(name.toLowerCase(), Array.isArray(value) ? value : [value]);
  }
  return values;
}

/** `work`'s outcome, or a rejection as soon as the signal aborts (the work itself goes on). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function step<T>(id: LdapTestStepId, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new PhotoDirectoryFailure(id, error);
  }
}

/** Connects with ldapts and binds; the returned directory reads entries with a paged search. */
export async function connectPhotoDirectory(connection: PhotoConnection, signal: AbortSignal): Promise<PhotoDirectory> {
  const host = connection.host.includes(':') ? `[${connection.host}]` : connection.host;
  const client = new Client({
    url: `${connection.tls === 'ldaps' ? 'ldaps' : 'ldap'}://${host}:${connection.port}`,
    timeout: connection.timeoutMs,
    connectTimeout: connection.timeoutMs,
    // Bind names may be user@domain or DOMAIN\user (Active Directory), which are not DNs.
    strictDN: false,
    createSecureConnection: verifiedTlsConnect(connection.host, connection.trust),
  });
  const opening = (async () => {
    if (connection.tls === 'startTls') await step('tls', () => client.startTLS({}));
    // Anonymous: nothing to send yet; the search opens the connection.
    if (connection.bindUser !== '') await step('bind', () => client.bind(connection.bindUser, connection.password));
  })();
  try {
    await untilAborted(opening, signal);
  } catch (error) {
    // A connection still opening is closed once it settles (bounded by the timeouts): ldapts loses track of
    // a socket closed while it connects.
    void opening
      .then(
        () => client.unbind(),
        () => client.unbind(),
      )
      .catch(() => undefined);
    throw error;
  }
  // ldapts takes no AbortSignal: cancelling closes the connection, which ends the request under way.
  const abort = () => void client.unbind().catch(() => undefined);
  signal.addEventListener('abort', abort, { once: true });
  return {
    async *pages(request) {
      // ldapts decides text or bytes by the attribute's name as the server spells it; ask for the usual
      // spellings so a photo is never decoded as text.
      const binary = [...new Set(request.binary.flatMap((a) => [a, a.toLowerCase(), 'thumbnailPhoto', 'jpegPhoto']))];
      const pages = client.searchPaginated(request.baseDn, {
        scope: request.scope,
        filter: request.filter,
        attributes: request.attributes,
        explicitBufferAttributes: binary,
        paged: { pageSize: PAGE_SIZE },
      });
      const iterator = pages[Symbol.asyncIterator]();
      for (;;) {
        const next = await step('search', () => iterator.next());
        if (next.done) return;
        yield next.value.searchEntries.map((entry): DirectoryEntry => ({ dn: entry.dn, values: entryValues(entry) }));
      }
    },
    async close() {
      signal.removeEventListener('abort', abort);
      await client.unbind();
    },
  };
}
