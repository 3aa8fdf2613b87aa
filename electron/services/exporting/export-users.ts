import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { DELIMITER_NAMES, LAYOUT_FORMATS } from '@shared/channels/export';
import type { ExportFormat, ExportLayout } from '@shared/channels/export';
import { english, translate } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import { delimitedCell, exactCell } from '../csv/csv-cell';
import { charactersNotInWindows1252 } from '../csv/windows-1252';
import type { SiteSecrets } from '../secrets/site-secrets';
import { CsvFileWriter, checkCsvTarget, csvLine } from './csv-target';
import { exportLayout } from './export-layouts';
import type { ExportLayoutSpec } from './export-layouts';
import { exportedUsers } from './exported-users';
import type { ExportedUser } from './exported-users';
import type { WritableTarget } from '../file-access/file-access';
import { progressReporter } from '../bulk/bulk-progress';
import type { CancelCheck, ProgressListener } from '../bulk/bulk-progress';

export interface ExportRequest {
  /** The selected users, or null for every active user. */
  ids: readonly number[] | null;
  layout: ExportLayout;
  /** How the file is written; absent: the layout's own (LAYOUT_FORMATS). */
  format?: ExportFormat | undefined;
  /** Older callers: true asks for the layout's own format with a byte-order mark. */
  bom?: boolean | undefined;
  includeCredentials: boolean;
  /** Checked against the administrator's choice and the file rules (FileAccess.csvTarget). */
  target: WritableTarget;
}

/**
 * What an export needs of the site: a connection (main's, or a worker's own) and its secrets (in a worker,
 * those made from the key main handed over; without the key only keyAvailable = false is asked).
 */
export interface ExportSource {
  db: Database.Database;
  secrets: Pick<SiteSecrets, 'keyAvailable' | 'read'>;
}

/** Users named in a refusal; the count says how many in all. */
const LISTED_USERS = 20;

/** The format asked for, or the layout's own. */
function exportFormat(request: Pick<ExportRequest, 'layout' | 'format' | 'bom'>): ExportFormat {
  if (request.format) return request.format;
  const own = LAYOUT_FORMATS[request.layout];
  return request.bom ? { ...own, encoding: 'utf-8-bom' } : own;
}

/** One line of the file, each cell written exactly, or neutralised for a spreadsheet when asked. */
function lineWriter(format: ExportFormat): (cells: readonly string[]) => string {
  const cell = format.forExcel ? delimitedCell : exactCell;
  const lineEnd = format.lineEnding === 'crlf' ? '\r\n' : '\n';
  return (cells) =>
    csvLine(
      cells.map((value) => cell(value, format.delimiter)),
      format.delimiter,
      lineEnd,
    );
}

type Users = ReturnType<typeof exportedUsers>;

/** "Łukasz Nowak (lukasz.nowak): Ł" for a refusal's list. */
const described = (user: ExportedUser, detail: string) => {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return `${name ? `${name} (${user.username})` : user.username}${detail ? `: ${detail}` : ''}`;
};

/**
 * Reads every user once before anything is written and refuses when the file could not hold them as they
 * are: characters the chosen encoding has no byte for, or usernames a target that takes ASCII only would
 * refuse. Each refusal names the users (the first twenty) and how many in all.
 */
function refuseWhatCannotBeWritten(users: Users, spec: ExportLayoutSpec, format: ExportFormat, layout: ExportLayout, cancelled: CancelCheck): void {
  const checkEncoding = format.encoding === 'windows-1252';
  if (!checkEncoding && !spec.asciiUsernames) return;
  const notEncodable: string[] = [];
  const notAscii: string[] = [];
  let encodingCount = 0;
  let asciiCount = 0;
  const characters = new Set<string>();
  for (let index = 0; index < users.chunks; index++) {
    // This reading pass comes before the first row is written: a cancel stops it too.
    if (cancelled()) throw new RosterError('CANCELLED', 'export.cancelled');
    for (const user of users.chunk(index)) {
      if (spec.asciiUsernames && !/^[\x20-\x7e]*$/.test(user.username)) {
        asciiCount += 1;
        if (notAscii.length < LISTED_USERS) notAscii.push(described(user, ''));
      }
      if (!checkEncoding) continue;
      const missing = charactersNotInWindows1252(spec.columns.map((column) => column.value(user)).join('\u0000'));
      if (missing.length === 0) continue;
      encodingCount += 1;
      missing.forEach((c) => characters.add(c));
      if (notEncodable.length < LISTED_USERS) notEncodable.push(described(user, missing.join(' ')));
    }
  }
  const more = (count: number, listed: number) => (count > listed ? translate(english, 'export.error.moreUsers', { count: count - listed }) : '');
  if (encodingCount > 0)
    throw new RosterError('VALIDATION', 'export.error.encoding', {
      count: encodingCount,
      characters: [...characters].slice(0, 40).join(' '),
      users: notEncodable.join('\n') + more(encodingCount, notEncodable.length),
    });
  if (asciiCount > 0)
    throw new RosterError('VALIDATION', 'export.error.asciiUsernames', {
      count: asciiCount,
      layout: translate(english, `export.layout.${layout}`),
      users: notAscii.join('\n') + more(asciiCount, notAscii.length),
    });
}

/**
 * Writes users to a CSV file from the main process, so that included passwords and PINs are decrypted
 * here and go straight to the file, never through the renderer. Values are written exactly as they are,
 * as the target system reads them; only a file "for Excel" has formula-looking cells neutralised. Nothing
 * is written when the file could not hold every user as they are (refuseWhatCannotBeWritten), and a
 * failure half-way leaves no partial file (CsvFileWriter). The export is recorded in the audit log (layout,
 * format, count, whether credentials were included).
 */
export async function exportUsers(
  site: ExportSource,
  request: ExportRequest,
  cancelled: CancelCheck = () => false,
  onProgress?: ProgressListener,
): Promise<{ path: string; rows: number }> {
  const target = await checkCsvTarget(request.target);
  if (request.includeCredentials && !site.secrets.keyAvailable) throw new RosterError('SECRET_MISSING', 'export.error.keyMissing');

  const format = exportFormat(request);
  // Read only when credentials are included, and then keyAvailable was checked above.
  const users = exportedUsers(site.db, site.secrets as SiteSecrets, request.ids, request.includeCredentials);
  if (users.total === 0) throw new RosterError('NOT_FOUND', 'export.error.noUsers');
  const spec = exportLayout(request.layout, request.includeCredentials, { mostPhones: users.mostPhones });
  const { columns } = spec;
  const report = progressReporter(users.total, onProgress);
  // From here on the page shows the progress window: the check below reads every user once already.
  report(0);
  refuseWhatCannotBeWritten(users, spec, format, request.layout, cancelled);

  const line = lineWriter(format);
  const file = await CsvFileWriter.create(target, {
    bom: format.encoding === 'utf-8-bom',
    encoding: format.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8',
  });
  let rows = 0;
  try {
    await file.write(line(columns.map((column) => column.header)));
    for (let index = 0; index < users.chunks; index++) {
      // The rows so far are in the temporary file only: a cancel removes it, and the target stays as it was.
      if (cancelled()) throw new RosterError('CANCELLED', 'export.cancelled');
      const chunk = users.chunk(index);
      rows += chunk.length;
      await file.write(chunk.map((user) => line(columns.map((column) => column.value(user)))).join(''));
      report(rows);
    }
  } catch (error) {
    await file.abort();
    throw error;
  }
  // The last point to stop: after it the file replaces the target.
  if (cancelled()) {
    await file.abort();
    throw new RosterError('CANCELLED', 'export.cancelled');
  }
  await file.commit();

  site.db.transaction(() => {
    recordChange(site.db, {
      entity: 'site',
      entityId: null,
      entityLabel: basename(target),
      action: 'export',
      changes: [
        { field: 'exportRows', before: null, after: rows },
        { field: 'exportLayout', before: null, after: translate(english, `export.layout.${request.layout}`) },
        { field: 'exportFormat', before: null, after: formatText(format) },
        // The whole path, so a file of plain credentials can be found and deleted later.
        { field: 'exportFile', before: null, after: target },
        ...(request.includeCredentials ? [{ field: 'exportCredentials', before: null, after: true }] : []),
      ],
    });
  })();
  return { path: target, rows };
}

/** "Semicolon, Windows-1252, CRLF, for Excel": the format in the log's words. */
function formatText(format: ExportFormat): string {
  return [
    translate(english, `export.delimiter.${DELIMITER_NAMES[format.delimiter]}`),
    translate(english, `export.encoding.${format.encoding}`),
    translate(english, `export.lineEnding.${format.lineEnding}`),
    ...(format.forExcel ? [translate(english, 'export.forExcel')] : []),
  ].join(', ');
}
