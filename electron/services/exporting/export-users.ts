import { basename } from 'node:path';
import type { ExportLayout } from '@shared/channels/export';
import { english, translate } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import { delimitedCell } from '../csv/csv-cell';
import type { OpenSite } from '../site/open-site';
import { CsvFileWriter, checkCsvTarget, csvLine } from './csv-target';
import { exportLayout } from './export-layouts';
import { exportedUsers } from './exported-users';
import type { WritableTarget } from '../file-access/file-access';

export interface ExportRequest {
  /** The selected users, or null for every active user. */
  ids: readonly number[] | null;
  layout: ExportLayout;
  bom: boolean;
  includeCredentials: boolean;
  /** Checked against the administrator's choice and the file rules (FileAccess.csvTarget). */
  target: WritableTarget;
}

/**
 * Writes users to a CSV file from the main process, so that included passwords and PINs are decrypted
 * here and go straight to the file, never through the renderer. Every cell is neutralised against formula
 * injection. The export is recorded in the audit log (layout, count, whether credentials were included).
 */
export async function exportUsers(site: OpenSite, request: ExportRequest): Promise<{ path: string; rows: number }> {
  const target = await checkCsvTarget(request.target);
  if (request.includeCredentials && !site.secrets.keyAvailable) throw new RosterError('SECRET_MISSING', 'export.error.keyMissing');

  const { delimiter, columns } = exportLayout(request.layout, request.includeCredentials);
  const users = exportedUsers(site.db, site.secrets, request.ids, request.includeCredentials);
  if (users.total === 0) throw new RosterError('NOT_FOUND', 'export.error.noUsers');

  const file = await CsvFileWriter.create(target, { bom: request.bom });
  let rows = 0;
  try {
    await file.write(
      csvLine(
        columns.map((column) => delimitedCell(column.header, delimiter)),
        delimiter,
      ),
    );
    for (let index = 0; index < users.chunks; index++) {
      const chunk = users.chunk(index);
      rows += chunk.length;
      await file.write(
        chunk
          .map((user) =>
            csvLine(
              columns.map((column) => delimitedCell(column.value(user), delimiter)),
              delimiter,
            ),
          )
          .join(''),
      );
    }
  } catch (error) {
    await file.abort();
    throw error;
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
        // The whole path, so a file of plain credentials can be found and deleted later.
        { field: 'exportFile', before: null, after: target },
        ...(request.includeCredentials ? [{ field: 'exportCredentials', before: null, after: true }] : []),
      ],
    });
  })();
  return { path: target, rows };
}
