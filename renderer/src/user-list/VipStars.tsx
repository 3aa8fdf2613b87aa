import { Group } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import { t } from '../i18n';

/** A compact, read-only VIP status for tables: filled stars only, with a spoken equivalent. */
export function VipStars({ value }: { value: number }) {
  if (value <= 0) return null;
  return (
    <Group gap={1} wrap="nowrap" role="img" aria-label={t('users.vipStars', { count: value, max: VIP_RANGE.max })}>
      {Array.from({ length: value }, (_, index) => (
        <IconStarFilled key={index} size={13} color="var(--mantine-color-yellow-6)" aria-hidden />
      ))}
    </Group>
  );
}
