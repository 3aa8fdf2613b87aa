import { Group, Pagination, Text } from '@mantine/core';
import { t } from '../i18n';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onChange(page: number): void;
}

export function Pager({ page, pageSize, total, onChange }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('users.range', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('pager.label')}>
          <Pagination
            size="sm"
            value={page}
            onChange={onChange}
            total={pages}
            withEdges
            getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
