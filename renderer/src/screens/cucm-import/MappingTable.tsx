import { Select, Table, Text } from '@mantine/core';
import { CUCM_DEVICE_SOURCES, CUCM_LANGUAGE_SOURCES, CUCM_MAPPED_FIELDS, CUCM_TEXT_FIELDS } from '@shared/cucm/cucm-mapping';
import type { CucmMappedField, CucmMapping } from '@shared/cucm/cucm-mapping';
import { fieldId } from '../../api/issues';
import { t } from '../../i18n';

const NONE = 'none';
// Built when shown, in the interface language of the moment.
const textOptions = () => [
  ...CUCM_TEXT_FIELDS.map((source) => ({ value: source, label: t(`cucmImport.source.${source}`) })),
  { value: NONE, label: t('cucmImport.mapping.none') },
];
const languageOptions = () => [
  ...CUCM_LANGUAGE_SOURCES.map((source) => ({ value: source, label: t(`cucmImport.source.${source}`) })),
  { value: NONE, label: t('cucmImport.mapping.none') },
];

const deviceOptions = () => [
  ...CUCM_DEVICE_SOURCES.map((source) => ({ value: source, label: t(`cucmImport.source.${source}`) })),
  { value: NONE, label: t('cucmImport.mapping.none') },
];
/** The sources a target can take: its own kind of CUCM field. */
const optionsOf = (target: CucmMappedField) => (target === 'language' ? languageOptions() : target === 'phones' ? deviceOptions() : textOptions());

interface Props {
  form: string;
  mapping: CucmMapping;
  onChange(mapping: CucmMapping): void;
  disabled?: boolean;
}

/** Which CUCM field fills each Roster field; the username is always the CUCM user ID. */
export function MappingTable({ form, mapping, onChange, disabled }: Props) {
  const set = (target: CucmMappedField, value: string | null) => onChange({ ...mapping, [target]: value === NONE || value === null ? null : value });
  return (
    <Table verticalSpacing={4} aria-label={t('cucmImport.mapping.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('cucmImport.mapping.roster')}</Table.Th>
          <Table.Th>{t('cucmImport.mapping.cucm')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>{t('field.username')}</Table.Td>
          <Table.Td>
            <Text size="sm">{t('cucmImport.mapping.username')}</Text>
          </Table.Td>
        </Table.Tr>
        {CUCM_MAPPED_FIELDS.map((target) => {
          const label = t(`field.${target}`);
          return (
            <Table.Tr key={target}>
              <Table.Td>
                <label htmlFor={fieldId(form, ['mapping', target])}>{label}</label>
              </Table.Td>
              <Table.Td>
                <Select
                  id={fieldId(form, ['mapping', target])}
                  aria-label={t('cucmImport.mapping.select', { field: label })}
                  size="xs"
                  data={optionsOf(target)}
                  value={mapping[target] ?? NONE}
                  onChange={(value) => set(target, value)}
                  allowDeselect={false}
                  disabled={disabled}
                  description={
                    target === 'language'
                      ? t('cucmImport.mapping.languageHint')
                      : target === 'phones'
                        ? t('cucmImport.mapping.phonesHint')
                        : undefined
                  }
                  inputWrapperOrder={['input', 'description']}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
