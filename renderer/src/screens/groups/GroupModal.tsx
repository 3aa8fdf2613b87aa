import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import type { UserGroup } from '@shared/domain';
import { issueAt, toFieldIssues, groupDraftSchema } from '@shared/rules';
import type { FieldIssue } from '@shared/result';
import { useState } from 'react';
import { api } from '../../api/client';
import { issuesUnder } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { issueText, t } from '../../i18n';

interface Props {
  /** The group to edit, or 'new'; null when closed. */
  group: UserGroup | 'new' | null;
  onClose(): void;
  onSaved(): void;
}

export function GroupModal({ group, onClose, onSaved }: Props) {
  return (
    <Modal opened={group !== null} onClose={onClose} title={group === 'new' ? t('groups.modal.new') : t('groups.modal.edit')} centered>
      {group !== null && <GroupForm group={group === 'new' ? null : group} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function GroupForm({ group, onClose, onSaved }: { group: UserGroup | null; onClose(): void; onSaved(): void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [touched, setTouched] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);

  const draft = { id: group?.id ?? null, name, description };
  const parsed = groupDraftSchema.safeParse(draft);
  const localIssues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  const issues = [...(touched ? localIssues : []), ...serverIssues];

  const save = async () => {
    setTouched(true);
    if (localIssues.length > 0) return;
    setSaving(true);
    const result = await api.groups.save({ draft });
    setSaving(false);
    if (!result.ok) {
      setServerIssues(issuesUnder(result.error.issues, 'draft'));
      notifyError(result.error);
      return;
    }
    notifyDone(t('groups.saved', { name: result.value.name }));
    onSaved();
  };

  return (
    <form
      aria-label={group ? t('groups.modal.edit') : t('groups.modal.new')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack>
        {group && <TextInput label={t('groups.field.id')} description={t('groups.field.idHint')} value={String(group.id)} readOnly disabled />}
        <TextInput
          label={t('groups.field.name')}
          aria-label={t('groups.field.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setTouched(true);
            setServerIssues([]);
          }}
          error={issueText(issueAt(issues, ['name']))}
          required
          data-autofocus
        />
        <Textarea
          label={t('groups.field.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value.replace(/[\r\n]+/g, ' '))}
          error={issueText(issueAt(issues, ['description']))}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
