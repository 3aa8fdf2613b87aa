import { Alert, Button, Checkbox, Grid, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { IMPORT_DELIMITERS, IMPORT_ENCODINGS, IMPORT_PRESETS } from '@shared/channels/import';
import type { ImportDelimiter, ImportEncoding, ImportInspection, ImportPreset } from '@shared/channels/import';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { delimiterName, encodingName } from './importFormat';
import type { ImportWizard } from './useImportWizard';

/** The detected value is marked, so the administrator sees what Roster found before changing it. */
const marked = (name: string, detected: boolean) => (detected ? t('importWizard.detected', { value: name }) : name);

/** Encoding, delimiter, header row and format: detected, overridable; every change re-reads the file. */
export function ReadingOptions({ wizard, inspection }: { wizard: ImportWizard; inspection: ImportInspection }) {
  const { reading, changeReading } = wizard;
  return (
    <FormSection title={t('importWizard.format.section')}>
      <Text size="sm" c="dimmed">
        {t('importWizard.format.help')}
      </Text>
      {inspection.detectedPreset === 'xivo' && reading.preset !== 'xivo' && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('importWizard.preset.looksXivo')}</Text>
            <Button size="xs" variant="light" onClick={() => changeReading({ preset: 'xivo' })}>
              {t('importWizard.preset.useXivo')}
            </Button>
          </Group>
        </Alert>
      )}
      <Radio.Group label={t('importWizard.preset')} value={reading.preset} onChange={(value) => changeReading({ preset: value as ImportPreset })}>
        <Stack gap="xs" mt={4}>
          {IMPORT_PRESETS.map((preset) => (
            <Radio key={preset} value={preset} label={t(`importWizard.preset.${preset}`)} description={t(`importWizard.preset.${preset}.hint`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('importWizard.encoding')}
            data={IMPORT_ENCODINGS.map((encoding) => ({
              value: encoding,
              label: marked(encodingName(encoding), encoding === inspection.detectedEncoding),
            }))}
            value={reading.encoding ?? inspection.encoding}
            onChange={(value) => value && changeReading({ encoding: value as ImportEncoding })}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('importWizard.delimiter')}
            data={IMPORT_DELIMITERS.map((delimiter) => ({
              value: delimiter,
              label: marked(delimiterName(delimiter), delimiter === inspection.detectedDelimiter),
            }))}
            value={reading.delimiter ?? inspection.delimiter}
            onChange={(value) => value && changeReading({ delimiter: value as ImportDelimiter })}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
      <Checkbox
        label={t('importWizard.hasHeader')}
        description={t('importWizard.hasHeader.hint')}
        checked={reading.hasHeader ?? inspection.hasHeader}
        onChange={(event) => changeReading({ hasHeader: event.currentTarget.checked })}
      />
    </FormSection>
  );
}
