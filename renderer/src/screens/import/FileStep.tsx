import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSearch, IconFolderOpen } from '@tabler/icons-react';
import { useSession } from '../../app/session';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { fileSize } from './importFormat';
import { ReadingOptions } from './ReadingOptions';
import { Refusal } from './Refusal';
import { SampleTable } from './SampleTable';
import type { ImportWizard } from './useImportWizard';

interface Props {
  wizard: ImportWizard;
  /** Opens the native file dialog (Electron only). */
  onChoose(): void;
}

/** Step 1: which file, and how it is written (each override re-reads it at once). */
export function FileStep({ wizard, onChoose }: Props) {
  const { info } = useSession();
  const native = info?.mode === 'electron';
  const { path, setPath, readFile, inspection, readable, inspecting, inspectError } = wizard;

  return (
    <Stack gap="md">
      <FormSection title={t('importWizard.file.section')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Enter in the path field reads the file; it must not also move on to the next step.
            event.stopPropagation();
            readFile(path);
          }}
        >
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('importWizard.file.path')}
              // The desktop app reads only a file chosen in its dialog or dropped: the path is shown, not typed.
              description={native ? undefined : t('importWizard.file.pathHint')}
              readOnly={native}
              value={path}
              onChange={(event) => setPath(event.currentTarget.value)}
              spellCheck={false}
              style={{ flex: 1 }}
              data-autofocus
              data-wizard-enter="own"
            />
            <Button type="submit" variant="default" leftSection={<IconFileSearch size={16} />} disabled={!path.trim()} loading={inspecting}>
              {t('importWizard.file.read')}
            </Button>
            {native && (
              <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={onChoose}>
                {t('importWizard.file.choose')}
              </Button>
            )}
          </Group>
        </form>
        <Text size="sm" c="dimmed">
          {native ? t('importWizard.file.drop') : t('importWizard.file.browserHint')}
        </Text>
        {inspecting && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('importWizard.file.reading')}</Text>
          </Group>
        )}
        {!inspecting && inspectError && <Refusal error={inspectError} />}
        {readable && (
          <Text size="sm" fw={500} role="status">
            {t('importWizard.file.read.done', {
              fileName: readable.fileName,
              size: fileSize(readable.sizeBytes),
              columns: t('importWizard.file.columns', { count: readable.columns.length }),
            })}
          </Text>
        )}
      </FormSection>
      {inspection && <ReadingOptions wizard={wizard} inspection={inspection} />}
      {readable && <SampleTable inspection={readable} />}
    </Stack>
  );
}
