import { IconStarFilled } from '@tabler/icons-react';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import { t } from '../i18n';
import classes from './UserTable.module.css';

/** A compact, read-only VIP status for tables: filled stars only, with a spoken equivalent. */
export function VipStars({ value }: { value: number }) {
  if (value <= 0) return null;
  // A plain row of stars (Group gap={1} wrap="nowrap" without the component: a table cell of every row).
  return (
    <div className={classes.stars} role="img" aria-label={t('users.vipStars', { count: value, max: VIP_RANGE.max })}>
      {Array.from({ length: value }, (_, index) => (
        <IconStarFilled key={index} size={13} color="var(--mantine-color-yellow-6)" aria-hidden />
      ))}
    </div>
  );
}
