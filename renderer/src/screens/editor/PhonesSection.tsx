import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { UserFields } from '@shared/domain';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

type Phone = UserFields['phones'][number];

/**
 * The devices associated with the user (CUCM's device association, the platform's Phones list): the
 * device name, its model where known, and the line of the device that carries the user's primary extension.
 */
export function PhonesSection({ state, change, issues }: SectionProps) {
  const phones = state.phones;
  const update = (index: number, patch: Partial<Phone>) =>
    change({ phones: phones.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)) });
  const remove = (index: number) => change({ phones: phones.filter((_, i) => i !== index) });
  const add = () => change({ phones: [...phones, { device: '', model: '', line: phones.length === 0 ? 1 : null }] });

  return (
    <FormSection title={t('field.phones')}>
      <Text size="sm" c="dimmed">
        {phones.length === 0 ? t('editor.phones.none') : t('editor.phones.lineHint')}
      </Text>
      {phones.map((phone, index) => {
        const number = index + 1;
        return (
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap" role="group" aria-label={t('editor.phones.phoneN', { number })}>
            <TextInput
              id={fid('phones', index, 'device')}
              label={t('editor.phones.device')}
              placeholder="SEP001EBE90DFAD"
              value={phone.device}
              onChange={(event) => update(index, { device: event.currentTarget.value })}
              error={issues.errorFor(['phones', index, 'device'])}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: 4 }}
            />
            <TextInput
              id={fid('phones', index, 'model')}
              label={t('editor.phones.model')}
              value={phone.model}
              onChange={(event) => update(index, { model: event.currentTarget.value })}
              error={issues.errorFor(['phones', index, 'model'])}
              autoComplete="off"
              style={{ flex: 3 }}
            />
            <NumberInput
              id={fid('phones', index, 'line')}
              label={t('editor.phones.line')}
              value={phone.line ?? ''}
              onChange={(value) => update(index, { line: value === '' ? null : Number(value) })}
              error={issues.errorFor(['phones', index, 'line'])}
              min={1}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              style={{ flex: 2 }}
            />
            <Tooltip label={t('editor.phones.remove', { device: phone.device || t('editor.phones.phoneN', { number }) })}>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={t('editor.phones.remove', { device: phone.device || t('editor.phones.phoneN', { number }) })}
                onClick={() => remove(index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      {issues.errorFor(['phones']) && (
        <Text size="sm" c="red" role="alert">
          {issues.errorFor(['phones'])}
        </Text>
      )}
      <Stack align="flex-start">
        <Button variant="light" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('editor.phones.add')}
        </Button>
      </Stack>
    </FormSection>
  );
}
