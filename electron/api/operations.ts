import { basename } from 'node:path';
import type { Channel, ChannelOutput, ParsedInput } from '@shared/contract';
import type { ConnectionTestReport } from '@shared/channels/connection-test';
import type { ImportRecord } from '@shared/channels/import';
import type { SiteInfo } from '@shared/domain/site';
import type { LogFields } from '../services/log/log';

/**
 * The long or consequential operations, each logged as one start line and one end line (with the time
 * taken) by the dispatch. What a line carries is chosen here, field by field, from the parsed input and the
 * answer: counts, ids, layouts, outcomes; never a value of a user or a credential.
 */
interface OperationLog<C extends Channel> {
  started?: (input: ParsedInput<C>) => LogFields;
  counts: (output: ChannelOutput<C>) => LogFields;
}

type OperationTable = { [C in Channel]?: OperationLog<C> };

const site = (info: SiteInfo | null): LogFields =>
  info
    ? {
        siteId: info.id,
        file: basename(info.path),
        users: info.userCount,
        keyAvailable: info.keyAvailable,
        unreadable: info.unreadableSecrets.length,
      }
    : {};

const importRecord = (record: ImportRecord): LogFields => ({
  importId: record.id,
  source: record.source,
  created: record.created,
  updated: record.updated,
  deleted: record.deleted,
  skipped: record.skipped,
  rejected: record.rejected,
});

const testOutcome = (report: ConnectionTestReport): LogFields => {
  const failed = report.steps.find((step) => step.problem);
  return {
    ok: report.ok,
    cancelled: report.cancelled,
    steps: report.steps.length,
    ...(failed ? { failedStep: failed.id, problem: failed.problem!.code } : {}),
  };
};

const importStarted = (options: ParsedInput<'import.run'>): LogFields => ({
  file: basename(options.reading.path),
  match: options.duplicates.match,
  duplicates: options.duplicates.action,
  includeCredentials: options.includeCredentials,
});

export const OPERATIONS: OperationTable = {
  'site.create': { started: ({ demo, demoSize }) => ({ demo, demoSize: demoSize ?? null }), counts: site },
  'site.open': { started: ({ path }) => ({ file: basename(path) }), counts: site },
  'site.close': { counts: () => ({}) },
  'site.saveCopy': { counts: ({ path }) => ({ file: basename(path) }) },
  'site.resetKey': { counts: site },
  'import.preview': {
    started: importStarted,
    counts: (preview) => ({ rows: preview.rows, ...preview.counts, problems: preview.problemCount, duplicatesInFile: preview.duplicatesInFileCount }),
  },
  'import.run': { started: importStarted, counts: (summary) => ({ ...importRecord(summary.record), seconds: summary.seconds }) },
  'import.undo': { started: ({ id }) => ({ importId: id }), counts: importRecord },
  'export.users': {
    started: ({ ids, layout, includeCredentials }) => ({ users: ids?.length ?? 'all', layout, includeCredentials }),
    counts: ({ path, rows }) => ({ file: basename(path), rows }),
  },
  'bulk.apply': {
    started: ({ ids, change }) => ({ users: ids.length, action: change.action }),
    counts: ({ change, selected }) => ({ selected, changed: change?.userCount ?? 0, bulkId: change?.id ?? null }),
  },
  'bulk.undo': { started: ({ id }) => ({ bulkId: id }), counts: ({ restored }) => ({ restored }) },
  'cucm.preview': {
    counts: (summary) => ({ fetched: summary.fetched, matched: summary.matched, pages: summary.pages, ...summary.counts, seconds: summary.seconds }),
  },
  'cucm.apply': { counts: (result) => ({ ...importRecord(result.record), seconds: result.seconds }) },
  'photos.sync': {
    counts: ({ result, problem }) =>
      result ? { entries: result.entries, matched: result.matched, stored: result.stored, refreshed: result.refreshed } : { problem: problem.code },
  },
  'ldap.testContactPhotos': { counts: testOutcome },
  'ldap.testAdminLdap': { counts: testOutcome },
  'cucm.testConnection': { counts: testOutcome },
  'cucm.testEndUser': { counts: testOutcome },
};
