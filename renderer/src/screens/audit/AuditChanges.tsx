import { Anchor, List, Text } from '@mantine/core';
import type { AuditRecord } from '@shared/channels/audit';
import { useState } from 'react';
import { t } from '../../i18n';
import { changeWords } from './changeSummary';

/** A created user lists every field set; the first few are shown and the rest on request. */
const SHOWN = 4;

export function AuditChanges({ record }: { record: AuditRecord }) {
  const [expanded, setExpanded] = useState(false);
  if (record.changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.change.none')}
      </Text>
    );
  }
  const shown = expanded ? record.changes : record.changes.slice(0, SHOWN);
  const hidden = record.changes.length - shown.length;
  return (
    <div>
      <List size="sm" spacing={2} listStyleType="none">
        {shown.map((change, index) => (
          <List.Item key={index}>{changeWords(record, change).text}</List.Item>
        ))}
      </List>
      {record.changes.length > SHOWN && (
        <Anchor component="button" type="button" size="sm" onClick={() => setExpanded((v) => !v)}>
          {expanded
            ? t('audit.change.showFewer')
            : `${t('audit.change.more', { count: hidden })} · ${t('audit.change.showAll', { count: record.changes.length })}`}
        </Anchor>
      )}
    </div>
  );
}
