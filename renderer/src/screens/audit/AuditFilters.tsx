import { Button, Group, Select, TextInput } from '@mantine/core';
import { AUDIT_ENTITIES } from '@shared/channels/audit';
import type { AuditEntity } from '@shared/channels/audit';
import type { FieldIssue } from '@shared/result';
import { issueAt } from '@shared/rules/issues';
import { IconFilterOff } from '@tabler/icons-react';
import { issueText, t } from '../../i18n';
import { entityName } from './changeSummary';
import type { AuditFilterState } from './useAuditFilter';
import { isFiltered } from './useAuditFilter';

interface Props {
  filter: AuditFilterState;
  issues: readonly FieldIssue[];
  onChange(patch: Partial<AuditFilterState>): void;
  onClear(): void;
}

const ALL = 'all';

export function AuditFilters({ filter, issues, onChange, onClear }: Props) {
  const entityOptions = [{ value: ALL, label: t('audit.filter.entityAll') }, ...AUDIT_ENTITIES.map((e) => ({ value: e, label: entityName(e) }))];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('audit.filter.entity')}
        data={entityOptions}
        value={filter.entity ?? ALL}
        onChange={(value) => onChange({ entity: !value || value === ALL ? null : (value as AuditEntity) })}
        allowDeselect={false}
        w={170}
      />
      <TextInput
        label={t('audit.filter.user')}
        placeholder={t('audit.filter.userPlaceholder')}
        value={filter.user}
        onChange={(event) => onChange({ user: event.currentTarget.value })}
        error={issueText(issueAt(issues, ['filter', 'user']))}
        w={170}
      />
      <TextInput
        type="date"
        label={t('audit.filter.from')}
        value={filter.from}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        error={issueText(issueAt(issues, ['filter', 'from']))}
        w={170}
      />
      <TextInput
        type="date"
        label={t('audit.filter.to')}
        value={filter.to}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        error={issueText(issueAt(issues, ['filter', 'to']))}
        w={170}
      />
      <TextInput
        label={t('audit.filter.text')}
        placeholder={t('audit.filter.textPlaceholder')}
        value={filter.text}
        onChange={(event) => onChange({ text: event.currentTarget.value })}
        error={issueText(issueAt(issues, ['filter', 'text']))}
        w={200}
      />
      <Button variant="subtle" leftSection={<IconFilterOff size={16} />} disabled={!isFiltered(filter)} onClick={onClear}>
        {t('audit.filter.clear')}
      </Button>
    </Group>
  );
}
