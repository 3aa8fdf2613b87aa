import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUTHENTICATIONS } from '@shared/domain';
import type { Authentication } from '@shared/domain';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { SecretField } from '../../components/SecretField';
import { t } from '../../i18n';
import { DefaultedSecret, useDefaultSecrets } from './DefaultedSecret';
import type { SecretStatuses } from './editorDraft';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

/** `isNew`: the username is where focus goes when the editor opens on a new user (else it goes to the heading). */
export function IdentitySection({ state, change, issues, secrets, isNew }: SectionProps & { secrets: SecretStatuses; isNew: boolean }) {
  const fromDefaults = useDefaultSecrets(isNew);
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
        <DefaultedSecret
          label={t('field.password')}
          fromDefaults={fromDefaults.password}
          valueId={fid('password', 'value')}
          edit={state.password}
          onChange={(password) => change({ password })}
        >
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
        </DefaultedSecret>
        <DefaultedSecret
          label={t('field.pin')}
          fromDefaults={fromDefaults.pin}
          valueId={fid('pin', 'value')}
          edit={state.pin}
          onChange={(pin) => change({ pin })}
        >
          <SecretField
            label={t('field.pin')}
            confirmationLabel={t('field.pinConfirm')}
            status={secrets.pin}
            edit={state.pin}
            onChange={(pin) => change({ pin })}
            valueId={fid('pin', 'value')}
            confirmationId={fid('pin', 'confirmation')}
            valueError={issues.errorFor(['pin', 'value']) ?? issues.errorFor(['pin'])}
            confirmationError={issues.errorFor(['pin', 'confirmation'])}
            numeric
          />
        </DefaultedSecret>
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
