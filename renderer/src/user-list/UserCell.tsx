import type { UserListColumn } from '@shared/user-record/list-columns';
import type { UserRow } from '@shared/domain';
import { t } from '../i18n';
import { accountStateText, createdText } from './accountState';
import { UserAvatar } from './UserAvatar';
import classes from './UserTable.module.css';
import { VipStars } from './VipStars';

/**
 * One cell's content; text is cut with an ellipsis at the column's width (the full value in its title).
 * Plain elements styled as Mantine's Text size="sm" truncate (UserTable.module.css), not the components: a
 * fast scroll mounts a dozen rows of them per frame, and the components' style props cost most of that.
 */
export function UserCell({ row, column }: { row: UserRow; column: UserListColumn }) {
  switch (column) {
    case 'username':
      // The avatar is aria-hidden, so the cell's name stays the username alone.
      return (
        <div className={classes.userName}>
          <UserAvatar userId={row.id} username={row.username} firstName={row.firstName} lastName={row.lastName} fetchedAt={row.photoFetchedAt} />
          <p className={`${classes.text} ${classes.strong}`} title={row.username}>
            {row.username}
          </p>
        </div>
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
    <p className={classes.text} title={value || undefined}>
      {value}
    </p>
  );
}
