import { Group, Text } from '@mantine/core';
import type { ImportProblem } from '@shared/channels/import';
import { problemMessage, problemPlace } from './importFormat';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 52;

/** Problems by row and column, with the reason; only the rows in view are rendered. */
export function ProblemList({ problems, columnNames, label }: { problems: readonly ImportProblem[]; columnNames: readonly string[]; label: string }) {
  return (
    <VirtualList items={problems} rowHeight={ROW_HEIGHT} maxHeight={ROW_HEIGHT * 7} label={label} itemKey={(_, index) => index}>
      {(problem) => (
        <Group
          gap="sm"
          wrap="nowrap"
          align="flex-start"
          h={ROW_HEIGHT}
          py={6}
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text size="sm" fw={600} w={220} style={{ flexShrink: 0 }} truncate>
            {problemPlace(problem, columnNames)}
          </Text>
          <Text size="sm" lineClamp={2} title={problemMessage(problem)}>
            {problemMessage(problem)}
          </Text>
        </Group>
      )}
    </VirtualList>
  );
}
