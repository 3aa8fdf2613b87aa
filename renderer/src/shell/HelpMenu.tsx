import { Button, Code, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconChevronDown, IconCopy, IconFileText, IconLifebuoy } from '@tabler/icons-react';
import type { Diagnostics } from '@shared/channels/app';
import { useState } from 'react';
import { api } from '../api/client';
import { notifyDone, notifyError } from '../app/notify';
import { useSession } from '../app/session';
import { t } from '../i18n';

/** Help: the diagnostics an administrator attaches to a support ticket, and where the log file is. */
export function HelpMenu() {
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const open = async () => {
    const result = await api.app.diagnostics({});
    if (result.ok) setDiagnostics(result.value);
    else notifyError(result.error);
  };
  return (
    <>
      <Menu position="bottom-start" shadow="md" width={260}>
        <Menu.Target>
          <Button variant="subtle" color="gray" rightSection={<IconChevronDown size={14} />}>
            {t('menu.help')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconLifebuoy size={16} />} onClick={() => void open()}>
            {t('menu.diagnostics')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={diagnostics !== null} onClose={() => setDiagnostics(null)} title={t('diagnostics.title')} centered size="xl">
        {diagnostics && <DiagnosticsView diagnostics={diagnostics} />}
      </Modal>
    </>
  );
}

function DiagnosticsView({ diagnostics }: { diagnostics: Diagnostics }) {
  const { info } = useSession();
  const [copyFailed, setCopyFailed] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(diagnostics.text);
      notifyDone(t('diagnostics.copied'));
    } catch {
      // A clipboard the page may not write (browser permissions): the text below is selectable.
      setCopyFailed(true);
    }
  };
  const showLog = async () => {
    const result = await api.app.showLog({});
    if (!result.ok) notifyError(result.error);
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('diagnostics.intro')}</Text>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('diagnostics.logFile')}
        </Text>
        {diagnostics.logFile ? <Code>{diagnostics.logFile}</Code> : <Text size="sm">{t('diagnostics.noLogFile')}</Text>}
      </Group>
      <Textarea
        label={t('diagnostics.text')}
        value={diagnostics.text}
        readOnly
        wrap="off"
        autosize
        minRows={8}
        maxRows={16}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      {copyFailed && (
        <Text size="sm" c="red">
          {t('diagnostics.copyFailed')}
        </Text>
      )}
      <Group justify="flex-end">
        {info?.mode === 'electron' && diagnostics.logFile && (
          <Button variant="default" leftSection={<IconFileText size={16} />} onClick={() => void showLog()}>
            {t('diagnostics.showLog')}
          </Button>
        )}
        {/* The first focus: the dialog's one action, rather than its close button. */}
        <Button leftSection={<IconCopy size={16} />} onClick={() => void copy()} data-autofocus>
          {t('diagnostics.copy')}
        </Button>
      </Group>
    </Stack>
  );
}
