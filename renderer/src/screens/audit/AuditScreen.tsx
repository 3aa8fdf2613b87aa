import { Alert, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import type { AuditRecord } from '@shared/channels/audit';
import { IconFileDownload, IconHistory, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { Pager } from '../../components/Pager';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useContractValue } from '../../api/useContractValue';
import { t } from '../../i18n';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { operationName } from './changeSummary';
import { downloadText } from './downloadText';
import { isFiltered, toContractFilter, useAuditFilter } from './useAuditFilter';

const PAGE_SIZE = 50;

/** Settings > Audit log: every recorded change, newest first, filterable, exportable as CSV. */
export function AuditScreen() {
  const { dataVersion } = useSession();
  const { filter, change, clear, page, setPage } = useAuditFilter();
  const [exporting, setExporting] = useState(false);
  const contractFilter = toContractFilter(filter);
  const list = useContractValue<{ total: number; rows: AuditRecord[] }>(
    () => api.audit.list({ filter: contractFilter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [JSON.stringify(contractFilter), page, dataVersion],
    // A date being typed is refused at its field, not with a notification per keystroke.
    { notify: false },
  );
  const issues = list.error?.issues ?? [];

  const exportCsv = async () => {
    setExporting(true);
    const result = await api.audit.exportCsv({ filter: contractFilter });
    setExporting(false);
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    downloadText(result.value.csv, result.value.fileName);
    notifyDone(t('audit.exported', { count: result.value.rows, fileName: result.value.fileName }));
  };

  const rows = list.value?.rows ?? [];
  const total = list.value?.total ?? 0;
  const loaded = list.value !== null;

  return (
    <Stack gap="sm">
      <ScreenHeader title={t('nav.audit')} intro={t('audit.intro')}>
        <Button
          variant="default"
          leftSection={<IconFileDownload size={16} />}
          loading={exporting}
          disabled={!loaded || total === 0 || issues.length > 0}
          onClick={() => void exportCsv()}
        >
          {t('audit.export')}
        </Button>
      </ScreenHeader>
      <AuditFilters filter={filter} issues={issues} onChange={change} onClear={clear} />
      {filter.operation && (
        <Alert variant="light" icon={<IconStack2 size={18} />} p="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('audit.filter.operation', { operation: operationName(filter.operation) })}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => change({ operation: null })}>
              {t('audit.filter.operationClear')}
            </Button>
          </Group>
        </Alert>
      )}
      {loaded && total === 0 && !isFiltered(filter) ? (
        <EmptyState icon={<IconHistory size={28} />} title={t('audit.empty.title')} description={t('audit.empty.message')} />
      ) : loaded && total === 0 ? (
        <EmptyState icon={<IconHistory size={28} />} title={t('audit.noMatch.title')} description={t('audit.noMatch.message')} />
      ) : (
        <>
          <AuditTable rows={rows} onShowOperation={filter.operation ? undefined : (operation) => change({ operation })} />
          <Pager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
