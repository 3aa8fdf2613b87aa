import { Button, Checkbox, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { EXPORT_LAYOUTS } from '@shared/channels/export';
import type { ExportLayout } from '@shared/channels/export';
import type { FieldIssue } from '@shared/result';
import { useState } from 'react';
import { api } from '../../../api/client';
import { notifyDone, notifyError } from '../../../app/notify';
import { useSession } from '../../../app/session';
import { useDialogs, useReturnFocusWhenGone } from '../../../components/Dialogs';
import { pathIn, useSaveFile } from '../../../api/useSaveFile';
import type { SaveTarget } from '../../../api/useSaveFile';
import { issueText, t } from '../../../i18n';

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

/**
 * Export users to a CSV file that main writes (credentials, when included, never reach the renderer):
 * the layout, the Excel byte-order mark, credentials after an explicit confirm, and where to save. In
 * Electron the native save dialog asks where; browser mode has a path field.
 */
export function ExportDialog({ ids, onClose }: Props) {
  const { info } = useSession();
  const { confirm } = useDialogs();
  const { choose, writeReplacing } = useSaveFile();
  const native = info?.mode === 'electron';
  const fileName = t('export.fileName', { date: today() });
  const [layout, setLayout] = useState<ExportLayout>('callisto');
  const [bom, setBom] = useState(true);
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [path, setPath] = useState(() => pathIn(info?.sitesFolder ?? '', fileName));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const title = ids === null ? t('export.title.all') : t('export.title.selection', { count: ids.length });
  useReturnFocusWhenGone();

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
    const result = await writeReplacing(target, (to) =>
      api.export.users({ ids, layout, bom, includeCredentials, path: to.path, overwrite: to.overwrite }),
    );
    setBusy(false);
    if (!result) return;
    if (result.ok) {
      notifyDone(t('export.done', { count: result.value.rows, path: result.value.path }));
      onClose();
      return;
    }
    const pathIssues = (result.error.issues ?? []).filter((issue) => issue.path[0] === 'path');
    if (pathIssues.length > 0 && !native) setIssues(pathIssues);
    else notifyError(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exportNow();
        }}
      >
        <Stack>
          <Radio.Group label={t('export.layout')} value={layout} onChange={(value) => setLayout(value as ExportLayout)}>
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
          <Checkbox
            label={t('export.bom')}
            description={t('export.bom.hint')}
            checked={bom}
            onChange={(event) => setBom(event.currentTarget.checked)}
          />
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
