import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconDeviceFloppy, IconTemplate, IconTrash } from '@tabler/icons-react';
import { MAPPING_NAME_MAX } from '@shared/channels/import';
import type { ImportInspection, SavedMapping } from '@shared/channels/import';
import type { FieldIssue } from '@shared/result';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useContractValue } from '../../api/useContractValue';
import { issueText, t } from '../../i18n';
import { applySaved, toSavedColumns } from './mapping';
import type { ImportWizard } from './useImportWizard';

/** Use, save or delete a named mapping (kept in the site, matched to a file by its header names). */
export function SavedMappingsMenu({ wizard, inspection }: { wizard: ImportWizard; inspection: ImportInspection }) {
  const saved = useContractValue(() => api.import.mappings(), []);
  const [saving, setSaving] = useState(false);
  const mappings = saved.value ?? [];

  const use = (mapping: SavedMapping) => {
    const { mapping: applied, matched } = applySaved(inspection.columns, mapping);
    if (matched === 0) {
      notifyDone(t('importWizard.mapping.appliedNone', { name: mapping.name }));
      return;
    }
    wizard.setMapping(applied);
    notifyDone(t('importWizard.mapping.applied', { name: mapping.name, count: matched }));
  };

  const remove = async (mapping: SavedMapping) => {
    const result = await api.import.deleteMapping({ name: mapping.name });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    saved.setValue(result.value);
    notifyDone(t('importWizard.mapping.deleted', { name: mapping.name }));
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconTemplate size={16} />} rightSection={<IconChevronDown size={14} />} style={{ flexShrink: 0 }}>
            {t('importWizard.mapping.saved')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {mappings.length === 0 && <Menu.Label>{t('importWizard.mapping.savedNone')}</Menu.Label>}
          {mappings.map((mapping) => (
            <Menu.Item key={`use-${mapping.name}`} onClick={() => use(mapping)}>
              {t('importWizard.mapping.apply', { name: mapping.name })}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={14} />} onClick={() => setSaving(true)}>
            {t('importWizard.mapping.save')}
          </Menu.Item>
          {mappings.length > 0 && <Menu.Divider />}
          {mappings.map((mapping) => (
            // c (the theme's readable red), not color: Mantine draws a coloured item in shade 6, too faint to read.
            <Menu.Item key={`delete-${mapping.name}`} c="red" leftSection={<IconTrash size={14} />} onClick={() => void remove(mapping)}>
              {t('importWizard.mapping.delete', { name: mapping.name })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <SaveMappingModal
        opened={saving}
        onClose={() => setSaving(false)}
        onSaved={(list, name) => {
          saved.setValue(list);
          setSaving(false);
          notifyDone(t('importWizard.mapping.savedDone', { name }));
        }}
        columns={toSavedColumns(inspection.columns, wizard.mapping)}
      />
    </>
  );
}

interface SaveProps {
  opened: boolean;
  columns: SavedMapping['columns'];
  onClose(): void;
  onSaved(mappings: SavedMapping[], name: string): void;
}

function SaveMappingModal({ opened, columns, onClose, onSaved }: SaveProps) {
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await api.import.saveMapping({ name, columns });
    setBusy(false);
    if (result.ok) {
      onSaved(result.value, name.trim());
      setName('');
      setIssues([]);
      return;
    }
    // A missing name is shown at the field; any other refusal (too many mappings) as a notification.
    const nameIssues = (result.error.issues ?? []).filter((issue) => issue.path[0] === 'name');
    if (nameIssues.length > 0) setIssues(nameIssues);
    else notifyError(result.error);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('importWizard.mapping.saveTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void save();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('importWizard.mapping.saveHelp')}
          </Text>
          <TextInput
            label={t('importWizard.mapping.name')}
            placeholder={t('importWizard.mapping.namePlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setIssues([]);
            }}
            error={issueText(issues[0])}
            maxLength={MAPPING_NAME_MAX}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
