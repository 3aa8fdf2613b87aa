import { CloseButton, Group, Input, Rating, Select, SimpleGrid, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { LANGUAGES } from '@shared/domain';
import type { Language, UserFields } from '@shared/domain';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import type { UserFieldName } from '@shared/user-record/user-fields';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

/** The person fields with a widget of their own; the others are the declared text boxes of the section. */
const OWN_WIDGETS = ['vip', 'language', 'number'] as const satisfies readonly UserFieldName[];
type OwnWidget = (typeof OWN_WIDGETS)[number];
const isOwnWidget = (name: UserFieldName): name is OwnWidget => (OWN_WIDGETS as readonly UserFieldName[]).includes(name);

/** The grid's fields in the declaration's order: the section's single-line text boxes and the fields with their own widget. */
const GRID = USER_FIELD_LIST.filter((field) => isOwnWidget(field.name) || (field.editor?.section === 'person' && field.editor.input !== 'multiline'));
/** Text over several lines, below the grid (notes). */
const MULTILINE = USER_FIELD_LIST.filter((field) => field.editor?.section === 'person' && field.editor.input === 'multiline');

/** Text fields only: the declaration says which fields are text boxes. */
type TextValues = Record<string, string>;

export function PersonSection({ state, change, issues }: SectionProps) {
  const values = state as unknown as TextValues;
  const text = (field: (typeof GRID)[number]) => {
    const input = field.editor?.input === 'multiline' ? undefined : field.editor?.input;
    return (
      <TextInput
        key={field.name}
        id={fid(field.name)}
        label={t(field.label)}
        value={values[field.name]}
        onChange={(event) => change({ [field.name]: event.currentTarget.value } as Partial<UserFields>)}
        error={issues.errorFor([field.name])}
        type={input}
        inputMode={input}
        autoComplete="off"
      />
    );
  };
  const ownWidget: Record<OwnWidget, () => ReactNode> = {
    vip: () => <VipField key="vip" value={state.vip} onChange={(vip) => change({ vip })} error={issues.errorFor(['vip'])} />,
    language: () => (
      <Select<Language>
        key="language"
        id={fid('language')}
        label={t('field.language')}
        data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
        value={state.language}
        onChange={(value) => value && change({ language: value })}
        allowDeselect={false}
        error={issues.errorFor(['language'])}
      />
    ),
    number: () => (
      <TextInput
        key="number"
        id={fid('number')}
        label={t('field.number')}
        description={t('field.numberHint')}
        value={state.number}
        onChange={(event) => change({ number: event.currentTarget.value })}
        error={issues.errorFor(['number'])}
        inputMode="numeric"
        autoComplete="off"
      />
    ),
  };

  return (
    <FormSection title={t('editor.person')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>{GRID.map((field) => (isOwnWidget(field.name) ? ownWidget[field.name]() : text(field)))}</SimpleGrid>
      <TagsInput
        id={fid('aliases')}
        label={t('field.aliases')}
        description={t('field.aliasesHint')}
        value={state.aliases}
        onChange={(aliases) => change({ aliases })}
        error={issues.errorFor(['aliases']) ?? issues.errorWithin('aliases')}
        clearable
        splitChars={[',', ' ', ';']}
        acceptValueOnBlur
      />
      <DescribedSwitch
        id={fid('showInDirectory')}
        label={t('field.showInDirectory')}
        description={t('field.showInDirectoryHint')}
        checked={state.showInDirectory}
        onChange={(showInDirectory) => change({ showInDirectory })}
      />
      {MULTILINE.map((field) => (
        <Textarea
          key={field.name}
          id={fid(field.name)}
          label={t(field.label)}
          value={values[field.name]}
          onChange={(event) => change({ [field.name]: event.currentTarget.value } as Partial<UserFields>)}
          error={issues.errorFor([field.name])}
          autosize
          minRows={2}
          maxRows={8}
        />
      ))}
    </FormSection>
  );
}

function VipField({ value, onChange, error }: { value: number; onChange(value: number): void; error: string | undefined }) {
  const labelId = useId();
  return (
    <Input.Wrapper label={t('field.vip')} labelElement="div" id={labelId} error={error}>
      <Group gap="xs" mih={36} wrap="nowrap">
        <Rating
          id={fid('vip')}
          role="radiogroup"
          aria-labelledby={`${labelId}-label`}
          value={value}
          onChange={onChange}
          count={VIP_RANGE.max}
          getSymbolLabel={(count) => t('field.vipValue', { count, max: VIP_RANGE.max })}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {value > 0 ? t('field.vipValue', { count: value, max: VIP_RANGE.max }) : t('field.vipClear')}
        </Text>
        {value > 0 && <CloseButton size="sm" aria-label={t('field.vipClear')} onClick={() => onChange(0)} />}
      </Group>
    </Input.Wrapper>
  );
}
