import { Group, Text } from '@mantine/core';
import type { UserListColumn } from '@shared/user-record/list-columns';
import type { UserRow } from '@shared/domain';
import { t } from '../i18n';
import { accountStateText, createdText } from './accountState';
import { UserAvatar } from './UserAvatar';
import { VipStars } from './VipStars';

/** One cell's content; text is cut with an ellipsis at the column's width (the full value in its title). */
export function UserCell({ row, column }: { row: UserRow; column: UserListColumn }) {
  switch (column) {
    case 'username':
      // The avatar is aria-hidden, so the cell's name stays the username alone.
      return (
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <UserAvatar userId={row.id} username={row.username} firstName={row.firstName} lastName={row.lastName} fetchedAt={row.photoFetchedAt} />
          <Text size="sm" fw={500} truncate title={row.username}>
            {row.username}
          </Text>
        </Group>
      );
    case 'vip':
      return <VipStars value={row.vip} />;
    case 'language':
      return <Plain value={t(`language.${row.language}`)} />;
    case 'source':
      return <Plain value={t(`source.${row.source}`)} />;
    case 'state':
      return <Plain value={accountStateText(row)} />;
    case 'created':
      return <Plain value={createdText(row.createdAt)} />;
    default: {
      const value = row[column];
      return <Plain value={value === null || value === undefined ? '' : String(value as string | number)} />;
    }
  }
}

function Plain({ value }: { value: string }) {
  return (
    <Text size="sm" truncate title={value || undefined}>
      {value}
    </Text>
  );
}
