import { CloseButton, Group, Input, Rating, Select, SimpleGrid, TagsInput, Text, TextInput } from '@mantine/core';
import { LANGUAGES } from '@shared/domain';
import type { Language, UserFields } from '@shared/domain';
import { VIP_RANGE } from '@shared/rules/user-rules';
import { useId } from 'react';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

type TextField = 'firstName' | 'lastName' | 'department' | 'email' | 'mobile' | 'pager' | 'phone';

export function PersonSection({ state, change, issues }: SectionProps) {
  const text = (field: TextField, label: MessageKey, extra?: { type?: string; inputMode?: 'tel' | 'email' }) => (
    <TextInput
      id={fid(field)}
      label={t(label)}
      value={state[field]}
      onChange={(event) => change({ [field]: event.currentTarget.value } as Partial<UserFields>)}
      error={issues.errorFor([field])}
      type={extra?.type}
      inputMode={extra?.inputMode}
      autoComplete="off"
    />
  );

  return (
    <FormSection title={t('editor.person')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('firstName', 'field.firstName')}
        {text('lastName', 'field.lastName')}
        {text('department', 'field.department')}
        <VipField value={state.vip} onChange={(vip) => change({ vip })} error={issues.errorFor(['vip'])} />
        {text('email', 'field.email', { type: 'email', inputMode: 'email' })}
        <Select<Language>
          id={fid('language')}
          label={t('field.language')}
          data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          value={state.language}
          onChange={(value) => value && change({ language: value })}
          allowDeselect={false}
          error={issues.errorFor(['language'])}
        />
        {text('mobile', 'field.mobile', { type: 'tel', inputMode: 'tel' })}
        {text('pager', 'field.pager', { type: 'tel', inputMode: 'tel' })}
        {text('phone', 'field.phone', { type: 'tel', inputMode: 'tel' })}
        <TextInput
          id={fid('number')}
          label={t('field.number')}
          description={t('field.numberHint')}
          value={state.number}
          onChange={(event) => change({ number: event.currentTarget.value })}
          error={issues.errorFor(['number'])}
          inputMode="numeric"
          autoComplete="off"
        />
      </SimpleGrid>
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
