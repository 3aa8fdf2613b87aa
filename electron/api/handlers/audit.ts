import type { auditChannels } from '@shared/channels/audit';
import { auditCsv } from '../../services/audit/audit-csv';
import { allAudit, listAudit, userHistory } from '../../services/audit/audit-query';
import type { Catalog } from '@shared/i18n/en';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

const pad = (n: number) => String(n).padStart(2, '0');

/** `catalog`: the interface language's, for the CSV's header and words. */
export function auditHandlers(session: SiteSession, catalog: () => Catalog): Pick<Handlers, keyof typeof auditChannels> {
  return {
    'audit.list': ({ filter, offset, limit }) => listAudit(session.require().db, filter, offset, limit),
    'audit.exportCsv': ({ filter }) => {
      const { csv, rows } = auditCsv(allAudit(session.require().db, filter), catalog());
      const today = new Date();
      return { csv, rows, fileName: `audit-log-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.csv` };
    },
    'audit.userHistory': ({ userId, before, limit }) => userHistory(session.require().db, userId, before, limit),
  };
}
