import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ContractError } from '@shared/result';
import type { ReactNode } from 'react';
import { errorText, issueText } from '../../i18n';

/**
 * Why main refused: its message, or each of its field issues in words (a column mapped twice, a match
 * field no column fills), since the wizard's steps are not one form whose fields could show them.
 */
export function Refusal({ error, title, children }: { error: ContractError; title?: string; children?: ReactNode }) {
  const issues = error.issues ?? [];
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {issues.length === 0 ? (
        <Text size="sm">{errorText(error)}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {issues.map((issue, index) => (
            <List.Item key={index}>{issueText(issue)}</List.Item>
          ))}
        </List>
      )}
      {children}
    </Alert>
  );
}
