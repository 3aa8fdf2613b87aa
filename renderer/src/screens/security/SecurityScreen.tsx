import { Button, Grid, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { EXPIRY_DAYS_RANGE, LOCKOUT_ATTEMPTS_RANGE, LOCKOUT_MINUTES_RANGE, securitySettingsSchema } from '@shared/rules/security-rules';
import type { SecretKind, SecuritySettings } from '@shared/rules/security-rules';
import { POLICY_PARAMS } from '@shared/rules/secret-policy';
import type { NumberRange } from '@shared/rules/whole-number';
import type { SecurityState } from '@shared/channels/security';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { useDialogs } from '../../components/Dialogs';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { useContractValue } from '../../api/useContractValue';
import { useSaveShortcut } from '../../forms/useSaveShortcut';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { BulkProgressModal } from '../users/bulk/BulkProgressModal';
import { useBulkProgress } from '../users/bulk/useBulkProgress';
import { NonComplianceList } from './NonComplianceList';

const FORM = 'security';

/** A number field as typed: a number, or '' while empty (which means "not set"). */
type Typed = number | '';
type NumberField = 'lockoutAttempts' | 'lockoutMinutes' | 'passwordExpiryDays' | 'pinExpiryDays';
type FormState = Omit<SecuritySettings, NumberField> & Record<NumberField, Typed>;

const NUMBER_FIELDS: NumberField[] = ['lockoutAttempts', 'lockoutMinutes', 'passwordExpiryDays', 'pinExpiryDays'];

function stateOf(settings: SecuritySettings): FormState {
  const state = { ...settings } as FormState;
  for (const field of NUMBER_FIELDS) state[field] = settings[field] ?? '';
  return state;
}

function settingsOf(state: FormState): SecuritySettings {
  const settings = { ...state } as unknown as SecuritySettings;
  for (const field of NUMBER_FIELDS) settings[field] = state[field] === '' ? null : state[field];
  return settings;
}

export function SecurityScreen() {
  const { dataVersion } = useSession();
  const { value, setValue } = useContractValue(() => api.security.get(), [dataVersion]);
  if (!value) return <LoadingScreen />;
  return <SecurityForm key={JSON.stringify(value.settings)} saved={value} onSaved={setValue} />;
}

function SecurityForm({ saved, onSaved }: { saved: SecurityState; onSaved(state: SecurityState): void }) {
  const { dataChanged } = useSession();
  const { confirm } = useDialogs();
  const { progress, track } = useBulkProgress();
  const initial = useMemo(() => stateOf(saved.settings), [saved.settings]);
  const { state, dirty, saving, issues, change, save, formProps } = useSettingsForm({
    form: FORM,
    sections: ['security'],
    initial,
    draftOf: settingsOf,
    schema: securitySettingsSchema,
    send: (settings) => api.security.save({ settings }),
    draftKey: 'settings',
    savedMessage: t('security.saved'),
    onSaved,
  });
  const error = (field: string) => issues.errorAt([field]);
  // Ctrl+S (Cmd+S) saves from anywhere in the form, as in the user editor.
  useSaveShortcut(() => void save());

  const expireAll = async (secret: SecretKind) => {
    const prefix = secret === 'password' ? 'security.expireAllPasswords' : 'security.expireAllPins';
    const ok = await confirm({
      title: t(`${prefix}.title`),
      message: t(`${prefix}.message`),
      confirmLabel: t(prefix),
      danger: true,
    });
    if (!ok) return;
    // How many users hold the secret is known to main only: the progress window opens with its first event.
    const result = await track(t(`${prefix}.progress`), t(prefix), null, () => api.security.expireAll({ secret }));
    if (!result.ok) {
      // A cancel says so: no password (or PIN) was expired.
      notifyError(result.error);
      return;
    }
    notifyDone(t(`${prefix}.done`, { count: result.value.count }));
    dataChanged();
  };

  const numberInput = (field: NumberField, range: NumberRange, label: Parameters<typeof t>[0], description?: Parameters<typeof t>[0]) => (
    <NumberInput
      id={fieldId(FORM, [field])}
      label={t(label)}
      description={description ? t(description) : undefined}
      value={state[field]}
      onChange={(value) => change({ [field]: typeof value === 'number' ? value : '' } as Partial<FormState>)}
      error={error(field)}
      allowDecimal={false}
      allowNegative={false}
      min={range.min}
      max={range.max}
      clampBehavior="none"
      w={280}
    />
  );

  const expireButton = (secret: SecretKind) => {
    const days = secret === 'password' ? saved.settings.passwordExpiryDays : saved.settings.pinExpiryDays;
    const label = t(secret === 'password' ? 'security.expireAllPasswords' : 'security.expireAllPins');
    const button = (
      <Button
        variant="light"
        color="orange"
        leftSection={<IconClockExclamation size={16} />}
        disabled={days === null}
        onClick={() => void expireAll(secret)}
      >
        {label}
      </Button>
    );
    return (
      <Group gap="xs" align="center">
        {button}
        {days === null && (
          <Text size="xs" c="dimmed">
            {t(secret === 'password' ? 'security.expireAllPasswordsHint' : 'security.expireAllPinsHint')}
          </Text>
        )}
      </Group>
    );
  };

  return (
    <form {...formProps} aria-label={t('security.form')}>
      <Stack gap="md">
        <FormScreenHeader
          title={t('security.title')}
          saveLabel={t('security.save')}
          saveHint={t('settings.saveHint')}
          dirty={dirty}
          saving={saving}
        />
        <BulkProgressModal progress={progress} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <FormSection title={t('security.passwords')}>
                <DescribedSwitch
                  id={fieldId(FORM, ['securePasswords'])}
                  label={t('security.securePasswords')}
                  description={t('security.securePasswordsHint', { ...POLICY_PARAMS })}
                  checked={state.securePasswords}
                  onChange={(securePasswords) => change({ securePasswords })}
                />
                {numberInput('passwordExpiryDays', EXPIRY_DAYS_RANGE, 'security.passwordExpiryDays', 'security.expiryDaysHint')}
                {expireButton('password')}
              </FormSection>
              <FormSection title={t('security.pins')}>
                <DescribedSwitch
                  id={fieldId(FORM, ['securePins'])}
                  label={t('security.securePins')}
                  description={t('security.securePinsHint', { ...POLICY_PARAMS })}
                  checked={state.securePins}
                  onChange={(securePins) => change({ securePins })}
                />
                {numberInput('pinExpiryDays', EXPIRY_DAYS_RANGE, 'security.pinExpiryDays', 'security.expiryDaysHint')}
                {expireButton('pin')}
              </FormSection>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <FormSection title={t('security.lockout')}>
                <Group align="flex-start" wrap="wrap">
                  {numberInput('lockoutAttempts', LOCKOUT_ATTEMPTS_RANGE, 'security.lockoutAttempts', 'security.lockoutAttemptsHint')}
                  {numberInput('lockoutMinutes', LOCKOUT_MINUTES_RANGE, 'security.lockoutMinutes')}
                </Group>
              </FormSection>
              <FormSection title={t('security.credentials')}>
                <DescribedSwitch
                  id={fieldId(FORM, ['rememberCredentials'])}
                  label={t('security.rememberCredentials')}
                  description={t('security.rememberCredentialsHint')}
                  checked={state.rememberCredentials}
                  onChange={(rememberCredentials) => change({ rememberCredentials })}
                />
              </FormSection>
              <FormSection title={t('security.sso')}>
                <TextInput
                  id={fieldId(FORM, ['ssoUrl'])}
                  label={t('security.ssoUrl')}
                  description={t('security.ssoUrlHint')}
                  placeholder="https://sso.example.com"
                  value={state.ssoUrl}
                  onChange={(event) => change({ ssoUrl: event.currentTarget.value })}
                  error={error('ssoUrl')}
                  spellCheck={false}
                />
              </FormSection>
            </Stack>
          </Grid.Col>
        </Grid>
        <NonComplianceList saved={saved.settings} entries={saved.nonCompliant} />
      </Stack>
    </form>
  );
}
