import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportField, ImportInspection } from '@shared/channels/import';
import { useMemo } from 'react';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { columnName, doubleMappings, fieldOptions } from './mapping';
import { SavedMappingsMenu } from './SavedMappingsMenu';
import type { ImportWizard } from './useImportWizard';
import { VirtualList } from './VirtualList';

const IGNORE = 'ignore';
const ROW_HEIGHT = 68;
/** Up to this many columns are all shown at once; a wider file scrolls inside the list. */
const ALL_SHOWN = 60;
const SCROLLED_ROWS = 12;
const GRID = {
  display: 'grid',
  gridTemplateColumns: 'minmax(140px, 1fr) minmax(160px, 1.4fr) minmax(220px, 1.2fr)',
  gap: 12,
  alignItems: 'start',
} as const;

/** Step 2: which Roster field each column fills, suggested from the headers, adjustable, savable by name. */
export function MappingStep({ wizard, inspection }: { wizard: ImportWizard; inspection: ImportInspection }) {
  const { mapping, setMapping } = wizard;
  const options = useMemo(() => [{ value: IGNORE, label: t('importWizard.mapping.ignore') }, ...fieldOptions()], []);
  const doubles = doubleMappings(mapping);
  const names = inspection.columns.map(columnName);
  const mapped = mapping.filter((field) => field !== null).length;
  const noUsername = !mapping.includes('username');

  const choose = (index: number, value: string | null) => {
    const next = [...mapping];
    next[index] = !value || value === IGNORE ? null : (value as ImportField);
    setMapping(next);
  };

  return (
    <FormSection title={t('importWizard.mapping.section')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('importWizard.mapping.help')}
        </Text>
        <SavedMappingsMenu wizard={wizard} inspection={inspection} />
      </Group>
      <Text size="sm" fw={500} aria-live="polite">
        {t('importWizard.mapping.summary', { mapped, count: inspection.columns.length })}
      </Text>
      {noUsername && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {t('importWizard.mapping.noUsername')}
        </Alert>
      )}
      <Stack gap={4}>
        <div style={GRID} aria-hidden>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('importWizard.mapping.col.column')}
          </Text>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('importWizard.mapping.col.samples')}
          </Text>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('importWizard.mapping.col.field')}
          </Text>
        </div>
        <VirtualList
          items={inspection.columns}
          rowHeight={ROW_HEIGHT}
          maxHeight={ROW_HEIGHT * (inspection.columns.length <= ALL_SHOWN ? inspection.columns.length : SCROLLED_ROWS)}
          label={t('importWizard.mapping.tableLabel')}
          itemKey={(column) => column.index}
        >
          {(column, index) => {
            const field = mapping[index] ?? null;
            const earlier = doubles.get(index);
            const auto = field !== null && inspection.suggestedMapping[index] === field;
            return (
              <div style={{ ...GRID, paddingTop: 8, borderTop: '1px solid var(--mantine-color-default-border)' }}>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate title={names[index]}>
                    {names[index]}
                  </Text>
                  {auto && (
                    <Text size="xs" c="dimmed">
                      {t('importWizard.mapping.auto')}
                    </Text>
                  )}
                </Stack>
                <Text size="sm" c={column.samples.some(Boolean) ? undefined : 'dimmed'} truncate title={column.samples.join(' · ')}>
                  {column.samples.some(Boolean) ? column.samples.filter(Boolean).slice(0, 3).join(' · ') : t('importWizard.mapping.noSamples')}
                </Text>
                <Select
                  aria-label={t('importWizard.mapping.fieldOf', { column: names[index]! })}
                  data={options}
                  value={field ?? IGNORE}
                  onChange={(value) => choose(index, value)}
                  allowDeselect={false}
                  searchable
                  size="sm"
                  maxDropdownHeight={320}
                  error={earlier !== undefined ? t('importWizard.mapping.twice', { column: names[earlier]! }) : undefined}
                  data-wizard-enter="own"
                />
              </div>
            );
          }}
        </VirtualList>
        {inspection.columns.length > ALL_SHOWN && (
          <Text size="xs" c="dimmed">
            {t('importWizard.mapping.scroll', { count: inspection.columns.length })}
          </Text>
        )}
      </Stack>
    </FormSection>
  );
}
