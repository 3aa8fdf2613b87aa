import { Code, Group, Stack, Table, Text } from '@mantine/core';
import { SQL_FILTER_FIELDS } from '@shared/cucm/sql-filter-fields';
import { t } from '../../i18n';

const COMPARE = ['=', '<>', '<', '<=', '>', '>=', "LIKE '%x_'", "IN ('a', 'b')", "BETWEEN 'a' AND 'b'", 'IS NULL', 'IS NOT NULL'];
const COMBINE = ['AND', 'OR', 'NOT', '( )'];

/** Each operator as its own piece of code, so that "IS NOT NULL" never runs into the next one. */
function Operators({ label, items }: { label: string; items: string[] }) {
  return (
    <Group gap={6}>
      <Text size="sm">{label}:</Text>
      {items.map((item) => (
        <Code key={item}>{item}</Code>
      ))}
    </Group>
  );
}

/** What the SQL filter can name and how it compares: the fields with the CUCM value each stands for. */
export function SqlFilterReference() {
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={2} fz="sm" aria-label={t('cucmImport.reference.fields')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cucmImport.reference.field')}</Table.Th>
            <Table.Th>{t('cucmImport.reference.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SQL_FILTER_FIELDS.map((field) => (
            <Table.Tr key={field}>
              <Table.Td>
                <Code>{field}</Code>
              </Table.Td>
              <Table.Td>{t(`cucmImport.reference.${field}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Operators label={t('cucmImport.reference.operators')} items={COMPARE} />
      <Operators label={t('cucmImport.reference.combine')} items={COMBINE} />
      <Text size="sm">
        {t('cucmImport.reference.text')}: {t('cucmImport.reference.textValue')}. {t('cucmImport.reference.likeValue')}.
      </Text>
    </Stack>
  );
}
