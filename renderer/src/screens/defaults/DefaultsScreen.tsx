import { Alert, Button, Grid, Select, Stack, Switch } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { LANGUAGES } from '@shared/domain';
import type { DefaultValueFields, DefaultValues, Language } from '@shared/domain';
import { defaultsDraftSchema } from '@shared/rules';
import type { DefaultsDraft } from '@shared/rules';
import { useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { fieldId, focusFirstIssue, issuesUnder } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { NotificationFields } from '../../components/NotificationFields';
import { PrivilegeFields } from '../../components/PrivilegeFields';
import { ScreenHeader } from '../../components/ScreenHeader';
import { KEEP_SECRET, SecretField } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';
import { passwordChangeOf, pinChangeOf } from '../../components/secretChange';
import { useContractValue } from '../../components/useContractValue';
import { useFormIssues } from '../../components/useFormIssues';
import { t } from '../../i18n';

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
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useMemo(() => draftOf(state), [state]);
  const dirty = JSON.stringify(state) !== JSON.stringify(initial);
  useLeaveGuard(dirty);

  const issues = useFormIssues(defaultsDraftSchema, draft);
  const error = (...path: (string | number)[]) => issues.errorAt(path);

  const change = (patch: Partial<DefaultsState>) => {
    setState((current) => ({ ...current, ...patch }));
    issues.edited();
  };

  const save = async () => {
    issues.reveal();
    if (issues.local.length > 0) {
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, issues.local));
      return;
    }
    setSaving(true);
    const result = await api.defaults.save({ draft });
    setSaving(false);
    if (!result.ok) {
      const refused = issuesUnder(result.error.issues, 'draft');
      issues.setRefused(refused);
      notifyError(result.error);
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, refused));
      return;
    }
    notifyDone(t('defaults.saved'));
    onSaved(result.value);
  };

  return (
    <form
      ref={formRef}
      aria-label={t('defaults.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <ScreenHeader title={t('defaults.title')}>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={!dirty}>
            {t('defaults.save')}
          </Button>
        </ScreenHeader>
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
                <Switch
                  label={t('field.alwaysPromptPin')}
                  aria-label={t('field.alwaysPromptPin')}
                  description={t('field.alwaysPromptPinHint')}
                  checked={state.alwaysPromptPin}
                  onChange={(event) => change({ alwaysPromptPin: event.currentTarget.checked })}
                />
                <Switch
                  label={t('field.showInDirectory')}
                  aria-label={t('field.showInDirectory')}
                  description={t('field.showInDirectoryHint')}
                  checked={state.showInDirectory}
                  onChange={(event) => change({ showInDirectory: event.currentTarget.checked })}
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
                  status={values.pin}
                  edit={state.pin}
                  onChange={(pin) => change({ pin })}
                  valueId={fieldId(FORM, ['pin', 'value'])}
                  valueError={error('pin', 'value')}
                  numeric
                />
              </FormSection>
              <FormSection title={t('editor.notifications')}>
                <NotificationFields
                  idPrefix={FORM}
                  voicemail={state.voicemail}
                  fax={state.fax}
                  onChange={change}
                  error={(path) => error(...path)}
                />
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
