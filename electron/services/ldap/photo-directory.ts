import type { Client, Entry } from 'ldapts';
import type { LdapProblem, LdapTestStepId } from '@shared/channels/ldap';
import type { LdapTlsMode, LdapTrust } from '@shared/rules/ldap-rules';
import { ExplainedFailure } from './failure-explanation';
import { openLdapConnection } from './ldap-connection';
import type { DirectoryEntry, PhotoDirectory } from './photo-sync';
import { TestRun, TestStopped } from './test-run';

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

/**
 * A failure with the step it happened in; `cause` is an ExplainedFailure holding the explanation the
 * connection test gives for the same fault (they run the same code).
 */
export class PhotoDirectoryFailure extends Error {
  constructor(
    readonly step: LdapTestStepId,
    override readonly cause: ExplainedFailure,
  ) {
    super(cause.problem.code);
    this.name = 'PhotoDirectoryFailure';
  }

  get problem(): LdapProblem {
    return this.cause.problem;
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

/** The failed step of a stopped run, as the failure the sync reports. */
function failureOf(run: TestRun): PhotoDirectoryFailure {
  const failed = run.report.steps.find((s) => s.problem);
  const problem = failed?.problem ?? { code: 'cancelled', explanation: { key: 'ldap.problem.cancelled' }, advice: { key: 'ldap.advice.cancelled' } };
  const explained = new ExplainedFailure(problem);
  // The step's own error goes along for the log.
  if (run.failure !== undefined) explained.cause = run.failure;
  return new PhotoDirectoryFailure(failed?.id ?? 'connect', explained);
}

/**
 * Connects and binds with the connection code of the connection tests (resolve, connect, TLS judged by
 * tls-judgement.ts, bind), so test and sync agree on every server and explain every failure alike. Each
 * step, and each page of the search, is bounded by the timeout; the signal closes every socket at once.
 */
export async function connectPhotoDirectory(connection: PhotoConnection, signal: AbortSignal): Promise<PhotoDirectory> {
  const run = new TestRun(
    {
      testId: 'photo-sync',
      kind: 'contactPhotos',
      startedAt: new Date().toISOString(),
      target: {
        host: connection.host,
        port: connection.port,
        tls: connection.tls,
        baseDn: '',
        bindUser: connection.bindUser,
        timeoutSeconds: connection.timeoutMs / 1000,
      },
      certificate: null,
      canTrustCertificate: false,
      search: null,
      photos: null,
      account: null,
    },
    ['resolve', 'connect', 'tls', 'bind', 'search'],
    connection.timeoutMs,
    signal,
    () => undefined,
  );
  run.context.kind = 'photoSync';
  let client: Client;
  try {
    client = await openLdapConnection(run, { ...connection });
    if (connection.bindUser !== '') {
      await run.step('bind', async () => {
        await client.bind(connection.bindUser, connection.password);
        run.context.anonymous = false;
      });
    }
  } catch (error) {
    run.closeAll();
    if (error instanceof TestStopped) throw failureOf(run);
    throw error;
  }
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
        let next: IteratorResult<{ searchEntries: Entry[] }>;
        try {
          next = await run.step('search', () => iterator.next());
        } catch (error) {
          if (error instanceof TestStopped) throw failureOf(run);
          throw error;
        }
        if (next.done) return;
        yield next.value.searchEntries.map((entry): DirectoryEntry => ({ dn: entry.dn, values: entryValues(entry) }));
      }
    },
    close() {
      run.closeAll();
      return Promise.resolve();
    },
  };
}
