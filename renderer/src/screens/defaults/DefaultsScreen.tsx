import { Alert, Grid, Select, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { LANGUAGES } from '@shared/domain';
import type { DefaultValueFields, DefaultValues, Language } from '@shared/domain';
import type { DefaultsDraft } from '@shared/rules';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { useSession } from '../../app/session';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { NotificationFields } from '../../user-fields/NotificationFields';
import { PrivilegeFields } from '../../user-fields/PrivilegeFields';
import { KEEP_SECRET, SecretField } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';
import { passwordChangeOf, pinChangeOf } from '../../user-fields/secretChange';
import { useContractValue } from '../../api/useContractValue';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { useSecuritySettings } from '../security/useSecuritySettings';
import { defaultsRulesInForce } from './defaultsRulesInForce';

const FORM = 'defaults';

interface DefaultsState extends DefaultValueFields {
  initialPassword: SecretEdit;
  pin: SecretEdit;
}

function stateOf(values: DefaultValues): DefaultsState {
  return {
    language: values.language,
    alwaysPromptPin: values.alwaysPromptPin,
    showInDirectory: values.showInDirectory,
    privileges: { ...values.privileges },
    voiceRecording: { ...values.voiceRecording },
    applications: [...values.applications],
    voicemail: { ...values.voicemail },
    fax: { ...values.fax },
    initialPassword: KEEP_SECRET,
    pin: KEEP_SECRET,
  };
}

function draftOf(state: DefaultsState): DefaultsDraft {
  const { initialPassword, pin, ...fields } = state;
  return { ...fields, initialPassword: passwordChangeOf(initialPassword), pin: pinChangeOf(pin) };
}

export function DefaultsScreen() {
  const { dataVersion } = useSession();
  const { value: values, setValue: setValues } = useContractValue(() => api.defaults.get(), [dataVersion]);
  if (!values) return <LoadingScreen />;
  return <DefaultsForm key={JSON.stringify(values)} values={values} onSaved={setValues} />;
}

function DefaultsForm({ values, onSaved }: { values: DefaultValues; onSaved(values: DefaultValues): void }) {
  const initial = useMemo(() => stateOf(values), [values]);
  // Secure passwords / PINs, if on, are checked as the initial password and PIN are typed.
  const security = useSecuritySettings();
  const schema = useMemo(() => defaultsRulesInForce(security), [security]);
  const { state, dirty, saving, issues, change, formProps } = useSettingsForm({
    form: FORM,
    sections: [],
    initial,
    draftOf,
    schema,
    send: (draft) => api.defaults.save({ draft }),
    draftKey: 'draft',
    savedMessage: t('defaults.saved'),
    onSaved,
  });
  const error = (...path: (string | number)[]) => issues.errorAt(path);

  return (
    <form {...formProps} aria-label={t('defaults.title')}>
      <Stack gap="md">
        <FormScreenHeader title={t('defaults.title')} saveLabel={t('defaults.save')} dirty={dirty} saving={saving} />
        <Alert icon={<IconInfoCircle size={18} />} variant="light">
          {t('defaults.note')}
        </Alert>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <FormSection title={t('defaults.general')}>
                <Select<Language>
                  id={fieldId(FORM, ['language'])}
                  label={t('field.language')}
                  data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
                  value={state.language}
                  onChange={(value) => value && change({ language: value })}
                  allowDeselect={false}
                  error={error('language')}
                />
                <DescribedSwitch
                  label={t('field.alwaysPromptPin')}
                  description={t('field.alwaysPromptPinHint')}
                  checked={state.alwaysPromptPin}
                  onChange={(alwaysPromptPin) => change({ alwaysPromptPin })}
                />
                <DescribedSwitch
                  label={t('field.showInDirectory')}
                  description={t('field.showInDirectoryHint')}
                  checked={state.showInDirectory}
                  onChange={(showInDirectory) => change({ showInDirectory })}
                />
              </FormSection>
              <FormSection title={t('defaults.secrets')}>
                <SecretField
                  label={t('defaults.initialPassword')}
                  confirmationLabel={t('defaults.initialPasswordConfirm')}
                  status={values.initialPassword}
                  edit={state.initialPassword}
                  onChange={(initialPassword) => change({ initialPassword })}
                  valueId={fieldId(FORM, ['initialPassword', 'value'])}
                  confirmationId={fieldId(FORM, ['initialPassword', 'confirmation'])}
                  valueError={error('initialPassword', 'value')}
                  confirmationError={error('initialPassword', 'confirmation')}
                />
                <SecretField
                  label={t('defaults.pin')}
                  confirmationLabel={t('defaults.pinConfirm')}
                  status={values.pin}
                  edit={state.pin}
                  onChange={(pin) => change({ pin })}
                  valueId={fieldId(FORM, ['pin', 'value'])}
                  confirmationId={fieldId(FORM, ['pin', 'confirmation'])}
                  valueError={error('pin', 'value')}
                  confirmationError={error('pin', 'confirmation')}
                  numeric
                />
              </FormSection>
              <FormSection title={t('editor.notifications')}>
                <NotificationFields idPrefix={FORM} voicemail={state.voicemail} fax={state.fax} onChange={change} error={(path) => error(...path)} />
              </FormSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <FormSection title={t('editor.privileges')}>
              <PrivilegeFields
                idPrefix={FORM}
                privileges={state.privileges}
                voiceRecording={state.voiceRecording}
                applications={state.applications}
                onChange={change}
              />
            </FormSection>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
