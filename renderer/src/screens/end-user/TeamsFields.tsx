import { Stack, Text, TextInput } from '@mantine/core';
import type { SecretStatus } from '@shared/domain';
import type { TeamsFields as TeamsValues } from '@shared/rules/end-user-rules';
import { fieldId } from '../../api/issues';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { SecretField } from '../../components/SecretField';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { TeamsState } from './endUserState';
import type { PartProps } from './sectionProps';

type TextField = Exclude<keyof TeamsValues, 'activated'>;

const path = (...field: string[]) => ['presence', 'teams', ...field];

interface Props extends PartProps<TeamsState> {
  clientSecretStatus: SecretStatus;
}

export function TeamsFields({ form, state, change, error, clientSecretStatus }: Props) {
  const text = (field: TextField, label: MessageKey, hint: MessageKey) => (
    <TextInput
      id={fieldId(form, path(field))}
      label={t(label)}
      description={t(hint)}
      value={state[field]}
      onChange={(event) => change({ [field]: event.currentTarget.value })}
      error={error(...path(field))}
      spellCheck={false}
      autoComplete="off"
    />
  );
  const secretError = error(...path('clientSecret', 'value'));
  // SecretField shows its own input (and the error there) only while a value is typed; when the stored
  // secret is kept or about to be cleared, the refusal goes under its buttons.
  const secretTyped = state.clientSecret.mode === 'set' || (!clientSecretStatus.set && state.clientSecret.mode === 'keep');

  return (
    <FormSection title={t('endUser.teams.title')}>
      <Stack gap="sm">
        <DescribedSwitch
          label={t('endUser.teams.activated')}
          description={t('endUser.teams.activatedHint')}
          checked={state.activated}
          onChange={(activated) => change({ activated })}
        />
        <Stack gap="sm">
          {text('applicationId', 'endUser.teams.applicationId', 'endUser.teams.applicationIdHint')}
          {text('tenantId', 'endUser.teams.tenantId', 'endUser.teams.tenantIdHint')}
          <Stack gap={4}>
            <SecretField
              label={t('endUser.teams.clientSecret')}
              status={clientSecretStatus}
              edit={state.clientSecret}
              onChange={(clientSecret) => change({ clientSecret })}
              valueId={fieldId(form, path('clientSecret', 'value'))}
              valueError={secretError}
            />
            <Text size="xs" c="dimmed">
              {t('endUser.teams.clientSecretHint')}
            </Text>
            {!secretTyped && secretError && (
              <Text size="xs" c="red" role="alert">
                {secretError}
              </Text>
            )}
          </Stack>
          {text('clientSecretId', 'endUser.teams.clientSecretId', 'endUser.teams.clientSecretIdHint')}
          {text('notificationUrl', 'endUser.teams.notificationUrl', 'endUser.teams.notificationUrlHint')}
          {text('certificateId', 'endUser.teams.certificateId', 'endUser.teams.certificateIdHint')}
          {text('domain', 'endUser.teams.domain', 'endUser.teams.domainHint')}
        </Stack>
      </Stack>
    </FormSection>
  );
}
