import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUTHENTICATIONS } from '@shared/domain';
import type { Authentication } from '@shared/domain';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { SecretField } from '../../components/SecretField';
import { t } from '../../i18n';
import type { SecretStatuses } from './editorDraft';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

/** `isNew`: the username is where focus goes when the editor opens on a new user (else it goes to the heading). */
export function IdentitySection({ state, change, issues, secrets, isNew }: SectionProps & { secrets: SecretStatuses; isNew: boolean }) {
  return (
    <FormSection title={t('editor.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={fid('username')}
          label={t('field.username')}
          aria-label={t('field.username')}
          description={t('field.usernameHint')}
          value={state.username}
          onChange={(event) => change({ username: event.currentTarget.value })}
          error={issues.errorFor(['username'])}
          required
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          data-screen-focus={isNew || undefined}
        />
        <Select<Authentication>
          id={fid('authentication')}
          label={t('field.authentication')}
          data={AUTHENTICATIONS.map((value) => ({ value, label: t(`field.authentication.${value}`) }))}
          value={state.authentication}
          onChange={(value) => value && change({ authentication: value })}
          allowDeselect={false}
          error={issues.errorFor(['authentication'])}
        />
        <SecretField
          label={t('field.password')}
          confirmationLabel={t('field.passwordConfirm')}
          status={secrets.password}
          edit={state.password}
          onChange={(password) => change({ password })}
          valueId={fid('password', 'value')}
          confirmationId={fid('password', 'confirmation')}
          valueError={issues.errorFor(['password', 'value']) ?? issues.errorFor(['password'])}
          confirmationError={issues.errorFor(['password', 'confirmation'])}
        />
        <SecretField
          label={t('field.pin')}
          status={secrets.pin}
          edit={state.pin}
          onChange={(pin) => change({ pin })}
          valueId={fid('pin', 'value')}
          valueError={issues.errorFor(['pin', 'value']) ?? issues.errorFor(['pin'])}
          numeric
        />
      </SimpleGrid>
      <DescribedSwitch
        id={fid('alwaysPromptPin')}
        label={t('field.alwaysPromptPin')}
        description={t('field.alwaysPromptPinHint')}
        checked={state.alwaysPromptPin}
        onChange={(alwaysPromptPin) => change({ alwaysPromptPin })}
      />
    </FormSection>
  );
}
