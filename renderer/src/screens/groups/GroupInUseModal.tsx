import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { formatNumber, t } from '../../i18n';

export interface GroupInUse {
  name: string;
  referenceCount: number;
  usernames: string[];
}

/**
 * Said before anything is confirmed: the group is still some users' group permissions (internal or external
 * contacts), so it cannot be deleted; who uses it, and what to do first.
 */
export function GroupInUseModal({ inUse, onClose }: { inUse: GroupInUse | null; onClose(): void }) {
  const more = inUse ? inUse.referenceCount - inUse.usernames.length : 0;
  return (
    <Modal opened={inUse !== null} onClose={onClose} title={inUse ? t('groups.inUse.title', { name: inUse.name }) : ''} centered>
      {inUse && (
        <Stack gap="sm">
          <Text size="sm">{t('groups.inUse.message', { count: inUse.referenceCount, name: inUse.name })}</Text>
          <List size="sm" aria-label={t('groups.inUse.users')}>
            {inUse.usernames.map((username) => (
              <List.Item key={username}>{username}</List.Item>
            ))}
            {more > 0 && <List.Item>{t('groups.inUse.more', { count: formatNumber(more) })}</List.Item>}
          </List>
          <Text size="sm">{t('groups.inUse.next')}</Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('groups.inUse.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
