import type { BulkChangeRecord } from '@shared/channels/bulk';
import { recordedBulkChangeSchema } from '@shared/rules/bulk-rules';
import type { BulkChange } from '@shared/rules/bulk-rules';

/**
 * The change a record was made with, read back through the schema the request was checked with, less the
 * checks against the clock (a recorded lock may have ended since).
 */
export function changeOf(record: BulkChangeRecord): BulkChange {
  return recordedBulkChangeSchema.parse({ action: record.action, ...record.parameters });
}
