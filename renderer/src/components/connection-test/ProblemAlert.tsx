import { Alert, Stack, Text } from '@mantine/core';
import type { TestProblem } from '@shared/channels/connection-test';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** A failure as every connection test tells it: Roster's explanation, what to try, and what the server said. */
export function ProblemAlert({ problem, title }: { problem: TestProblem; title?: ReactNode }) {
  return (
    <Alert color="red" variant="light" p="xs" title={title}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t(problem.explanation.key as MessageKey, problem.explanation.params)}
        </Text>
        <Text size="sm">{t(problem.advice.key as MessageKey, problem.advice.params)}</Text>
        {problem.serverMessage && (
          <Text size="xs" c="dimmed">
            {t('connectionTest.text.server', { message: problem.serverMessage })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
