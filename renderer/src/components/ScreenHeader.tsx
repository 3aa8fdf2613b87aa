import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row of a screen: heading, an optional line of explanation, and the screen's main actions. */
export function ScreenHeader({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="md" mt="xs">
      <Stack gap={2}>
        {/* Focus goes here when the screen opens (shell/useScreenFocus), from script only. */}
        <Title order={2} tabIndex={-1}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed" maw={720}>
            {intro}
          </Text>
        )}
      </Stack>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
