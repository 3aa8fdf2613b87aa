import { Button, Menu, Text } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import type { SavedView } from '@shared/rules/user-list-rules';
import { useState } from 'react';
import { t } from '../../i18n';
import { SaveViewDialog } from './SaveViewDialog';

interface Props {
  views: readonly SavedView[];
  onOpen(view: SavedView): void;
  /** Saves the current search, filters and order under a name (replacing a view of that name). */
  onSave(name: string): Promise<boolean>;
  onDelete(view: SavedView): void;
}

/** Named views of the user list: reopened, saved and deleted from one menu. */
export function ViewsMenu({ views, onOpen, onSave, onDelete }: Props) {
  const [saving, setSaving] = useState(false);
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />}>
            {t('userList.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240}>
          {views.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {t('userList.views.empty')}
            </Text>
          ) : (
            views.map((view) => (
              <Menu.Item key={view.name} leftSection={<IconBookmark size={14} />} onClick={() => onOpen(view)} title={view.text || undefined}>
                {view.name}
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={14} />} onClick={() => setSaving(true)}>
            {t('userList.views.save')}
          </Menu.Item>
          {views.length > 0 && <Menu.Divider />}
          {views.map((view) => (
            // c (the theme's readable red), not color: Mantine draws a coloured item in shade 6, too faint to read.
            <Menu.Item key={`delete-${view.name}`} c="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(view)}>
              {t('userList.views.delete', { name: view.name })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <SaveViewDialog
        opened={saving}
        existing={views.map((view) => view.name)}
        onClose={() => setSaving(false)}
        onSave={async (name) => {
          if (await onSave(name)) setSaving(false);
        }}
      />
    </>
  );
}
