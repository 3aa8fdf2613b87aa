import { Alert, Button, Checkbox, Fieldset, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { DELIMITER_NAMES, EXPORT_DELIMITERS, EXPORT_ENCODINGS, EXPORT_LAYOUTS, EXPORT_LINE_ENDINGS, LAYOUT_FORMATS } from '@shared/channels/export';
import type { ExportDelimiter, ExportEncoding, ExportFormat, ExportLayout, ExportLineEnding } from '@shared/channels/export';
import type { ContractError, FieldIssue } from '@shared/result';
import { useState } from 'react';
import { api } from '../../../api/client';
import { notifyDone, notifyError } from '../../../app/notify';
import { useSession } from '../../../app/session';
import { useDialogs, useReturnFocusWhenGone } from '../../../components/Dialogs';
import { pathIn, useSaveFile } from '../../../api/useSaveFile';
import type { SaveTarget } from '../../../api/useSaveFile';
import { currentLanguage, errorText, issueText, t } from '../../../i18n';
import { BulkProgressModal } from '../bulk/BulkProgressModal';
import { useBulkProgress } from '../bulk/useBulkProgress';
import { withForExcel } from './excelFormat';

interface Props {
  /** The selected users, or null for every active user. */
  ids: number[] | null;
  onClose(): void;
}

/** Today as YYYY-MM-DD in the workstation's calendar, for the suggested file name. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const sameFormat = (a: ExportFormat, b: ExportFormat) =>
  a.delimiter === b.delimiter && a.encoding === b.encoding && a.lineEnding === b.lineEnding && a.forExcel === b.forExcel;

/** "comma, UTF-8, CRLF (Windows)": a format in the dialog's words. */
const formatText = (format: ExportFormat) =>
  [
    t(`export.delimiter.${DELIMITER_NAMES[format.delimiter]}`),
    t(`export.encoding.${format.encoding}`),
    t(`export.lineEnding.${format.lineEnding}`),
  ].join(', ');

/** Refusals about what the file would hold (an encoding, a username): shown in the dialog, where the choice is changed. */
const CONTENT_REFUSALS = new Set(['export.error.encoding', 'export.error.asciiUsernames']);

/**
 * Export users to a CSV file that main writes (credentials, when included, never reach the renderer): the
 * layout, how the file is written (each layout's own format unless changed; the last choice per layout is
 * remembered on this workstation), credentials after an explicit confirm, and where to save. In Electron
 * the native save dialog asks where; browser mode has a path field.
 */
export function ExportDialog({ ids, onClose }: Props) {
  const { info, prefs, setPrefs } = useSession();
  const { confirm } = useDialogs();
  const { choose, writeReplacing } = useSaveFile();
  const { progress, track } = useBulkProgress();
  const native = info?.mode === 'electron';
  const fileName = t('export.fileName', { date: today() });
  const remembered = (choice: ExportLayout) => prefs?.exportFormats[choice] ?? LAYOUT_FORMATS[choice];
  const [layout, setLayout] = useState<ExportLayout>('callisto');
  const [format, setFormat] = useState<ExportFormat>(() => remembered('callisto'));
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [path, setPath] = useState(() => pathIn(info?.sitesFolder ?? '', fileName));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [refusal, setRefusal] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  const title = ids === null ? t('export.title.all') : t('export.title.selection', { count: ids.length });
  const own = LAYOUT_FORMATS[layout];
  useReturnFocusWhenGone();

  const change = (next: Partial<ExportFormat>) => {
    setFormat((current) => ({ ...current, ...next }));
    setRefusal(null);
  };

  const chooseLayout = (next: ExportLayout) => {
    setLayout(next);
    setFormat(remembered(next));
    setRefusal(null);
  };

  const remember = async () => {
    const result = await api.prefs.setExportFormat({ layout, format: sameFormat(format, own) ? null : format });
    if (result.ok) setPrefs(result.value);
  };

  const exportNow = async () => {
    if (includeCredentials) {
      const ok = await confirm({
        title: t('export.confirmCredentials.title'),
        message: t('export.confirmCredentials.message'),
        confirmLabel: t('export.confirmCredentials.confirm'),
        danger: true,
      });
      if (!ok) return;
    }
    const target: SaveTarget | null = native ? await choose('export', fileName, title) : { path, overwrite: false };
    if (!target) return;
    setBusy(true);
    setRefusal(null);
    // A large export shows its progress from main's first event (a refusal of the target comes before any).
    const result = await writeReplacing(target, (to) =>
      track(t('export.progress'), to.path, null, () =>
        api.export.users({ ids, layout, format, includeCredentials, path: to.path, overwrite: to.overwrite }),
      ),
    );
    setBusy(false);
    if (!result) return;
    if (result.ok) {
      await remember();
      notifyDone(t('export.done', { count: result.value.rows, path: result.value.path }));
      onClose();
      return;
    }
    const pathIssues = (result.error.issues ?? []).filter((issue) => issue.path[0] === 'path');
    if (pathIssues.length > 0 && !native) setIssues(pathIssues);
    else if (CONTENT_REFUSALS.has(result.error.message)) setRefusal(result.error);
    // A cancel says so: no file was written.
    else notifyError(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={title} centered size="xl">
      <BulkProgressModal progress={progress} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <Stack>
          <Radio.Group label={t('export.layout')} value={layout} onChange={(value) => chooseLayout(value as ExportLayout)}>
            <Stack gap="xs" mt="xs">
              {EXPORT_LAYOUTS.map((choice) => (
                <Radio
                  key={choice}
                  value={choice}
                  label={t(`export.layout.${choice}`)}
                  description={t(`export.layout.${choice}.hint`)}
                  // The first focus goes to the first choice (the layout chosen), not to the close button.
                  data-autofocus={choice === layout ? true : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Fieldset legend={t('export.format')} variant="filled">
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {t('export.format.hint', { layout: t(`export.layout.${layout}`), own: formatText(own) })}
                </Text>
                <Button variant="light" size="compact-sm" style={{ flexShrink: 0 }} disabled={sameFormat(format, own)} onClick={() => change(own)}>
                  {t('export.format.own')}
                </Button>
              </Group>
              <SimpleGrid cols={3}>
                <NativeSelect
                  label={t('export.delimiter')}
                  value={format.delimiter}
                  onChange={(event) => change({ delimiter: event.currentTarget.value as ExportDelimiter })}
                  data={EXPORT_DELIMITERS.map((value) => ({ value, label: t(`export.delimiter.${DELIMITER_NAMES[value]}`) }))}
                />
                <NativeSelect
                  label={t('export.encoding')}
                  value={format.encoding}
                  onChange={(event) => change({ encoding: event.currentTarget.value as ExportEncoding })}
                  data={EXPORT_ENCODINGS.map((value) => ({ value, label: t(`export.encoding.${value}`) }))}
                />
                <NativeSelect
                  label={t('export.lineEnding')}
                  value={format.lineEnding}
                  onChange={(event) => change({ lineEnding: event.currentTarget.value as ExportLineEnding })}
                  data={EXPORT_LINE_ENDINGS.map((value) => ({ value, label: t(`export.lineEnding.${value}`) }))}
                />
              </SimpleGrid>
              {format.encoding === 'windows-1252' && (
                <Text size="xs" c="dimmed">
                  {t('export.encoding.hint')}
                </Text>
              )}
              <Checkbox
                label={t('export.forExcel.label')}
                description={t('export.forExcel.hint')}
                checked={format.forExcel}
                onChange={(event) => change(withForExcel(format, own, event.currentTarget.checked, currentLanguage()))}
              />
            </Stack>
          </Fieldset>
          {refusal && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" style={{ whiteSpace: 'pre-line' }}>
              {errorText(refusal)}
            </Alert>
          )}
          <Checkbox
            label={t('export.credentials')}
            description={t('export.credentials.hint')}
            checked={includeCredentials}
            onChange={(event) => setIncludeCredentials(event.currentTarget.checked)}
          />
          {!native && (
            <TextInput
              label={t('export.path')}
              description={t('export.path.hint')}
              value={path}
              onChange={(event) => {
                setPath(event.currentTarget.value);
                setIssues([]);
              }}
              error={issueText(issues[0])}
              spellCheck={false}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconFileExport size={16} />} loading={busy} disabled={!native && !path.trim()}>
              {native ? t('export.chooseAndRun') : t('export.run')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
