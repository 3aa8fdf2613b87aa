import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { issueAt } from '@shared/rules/issues';
import type { FieldIssue } from '@shared/result';
import { useState } from 'react';
import { api } from '../api/client';
import { notifyDone, notifyError } from '../app/notify';
import { useSession } from '../app/session';
import { suggestedSitePath } from '../app/sitePaths';
import { issueText, t } from '../i18n';

interface Props {
  opened: boolean;
  onClose(): void;
}

/** Name and file of a new, empty site. The file is suggested from the name until it is edited. */
export function NewSiteModal({ opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={t('site.new.title')} centered size="lg">
      {opened && <NewSiteForm onClose={onClose} />}
    </Modal>
  );
}

function NewSiteForm({ onClose }: { onClose(): void }) {
  const { info, setSite } = useSession();
  const folder = info?.sitesFolder ?? '';
  const [name, setName] = useState('');
  const [path, setPath] = useState(() => suggestedSitePath(folder, ''));
  const [pathEdited, setPathEdited] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const changeName = (value: string) => {
    setName(value);
    if (!pathEdited) setPath(suggestedSitePath(folder, value));
  };

  const browse = async () => {
    const picked = await api.site.pickPath({ purpose: 'create', suggestedName: name || undefined });
    if (picked.ok && picked.value.path) {
      setPath(picked.value.path);
      setPathEdited(true);
    } else if (!picked.ok) notifyError(picked.error);
  };

  const create = async () => {
    setBusy(true);
    const result = await api.site.create({ path, name, demo: false });
    setBusy(false);
    if (result.ok) {
      setSite(result.value);
      notifyDone(t('welcome.created', { name: result.value.name }));
      onClose();
      return;
    }
    setIssues(result.error.issues ?? []);
    notifyError(result.error);
  };

  return (
    <form
      aria-label={t('site.new.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <Stack>
        <TextInput
          label={t('site.new.name')}
          aria-label={t('site.new.name')}
          description={t('site.new.nameHint')}
          value={name}
          onChange={(event) => changeName(event.currentTarget.value)}
          error={issueText(issueAt(issues, ['name']))}
          data-autofocus
          required
        />
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('site.new.path')}
            aria-label={t('site.new.path')}
            description={t('site.new.pathHint')}
            value={path}
            onChange={(event) => {
              setPath(event.currentTarget.value);
              setPathEdited(true);
            }}
            error={issueText(issueAt(issues, ['path']))}
            spellCheck={false}
            required
          />
          {info?.mode === 'electron' && (
            <Button variant="default" onClick={() => void browse()}>
              {t('common.browse')}
            </Button>
          )}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!name.trim() || !path.trim()}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
