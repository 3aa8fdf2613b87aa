import { ActionIcon, Code, Popover, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconHelp } from '@tabler/icons-react';
import type { MessageKey } from '@shared/i18n/en';
import { useState } from 'react';
import { t } from '../i18n';

/** The examples of the quick reference; each is a query that can be tried with one click. */
const EXAMPLES: [example: string, meaning: MessageKey][] = [
  ['hans meier', 'search.help.words'],
  ['"night shift"', 'search.help.phrase'],
  ['dept:sales', 'search.help.field'],
  ['group:"night shift"', 'search.help.group'],
  ['-dept:management', 'search.help.not'],
  ['hans OR hanako', 'search.help.or'],
  ['number:1000..1999', 'search.help.range'],
  ['vip>=3', 'search.help.compare'],
  ['created>2026-01-01', 'search.help.date'],
  ['email:*@example.com', 'search.help.wildcard'],
  ['has:mobile', 'search.help.has'],
  ['is:locked', 'search.help.is'],
  ['priv:sms', 'search.help.priv'],
  ['lang:de source:ldap', 'search.help.lang'],
  ['import:12', 'search.help.import'],
];

/** The "?" next to the search box: what the search language can do, by example. */
export function SearchQuickReference({ onTry }: { onTry(example: string): void }) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={560}
      shadow="md"
      withArrow
      trapFocus
      returnFocus
      // Below the box, never past the window's edges: taller than the room there, it scrolls inside.
      middlewares={{ flip: false, shift: { padding: 8 }, size: { padding: 8 } }}
    >
      <Popover.Target>
        <Tooltip label={t('search.help.open')}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('search.help.open')} onClick={() => setOpened((o) => !o)}>
            <IconHelp size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown style={{ overflowY: 'auto', overscrollBehavior: 'contain' }}>
        <Stack gap="xs" role="dialog" aria-label={t('search.help.title')}>
          <Text fw={600}>{t('search.help.title')}</Text>
          <Text size="sm">{t('search.help.intro')}</Text>
          <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs">
            <Table.Tbody>
              {EXAMPLES.map(([example, meaning]) => (
                <Table.Tr key={example}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <UnstyledButton
                      onClick={() => {
                        setOpened(false);
                        onTry(example);
                      }}
                    >
                      <Code>{example}</Code>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(meaning)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('search.help.apply')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
