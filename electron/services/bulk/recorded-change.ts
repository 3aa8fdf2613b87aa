import type { BulkChangeRecord } from '@shared/channels/bulk';
import { bulkChangeSchema } from '@shared/rules/bulk-rules';
import type { BulkChange } from '@shared/rules/bulk-rules';

/** The change a record was made with, read back through the same schema the request was checked with. */
export function changeOf(record: BulkChangeRecord): BulkChange {
  return bulkChangeSchema.parse({ action: record.action, ...record.parameters });
}
