import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle, IconPlugConnected, IconUserCheck } from '@tabler/icons-react';
import type { CucmSettingsView, CucmTestReport } from '@shared/channels/cucm';
import type { CertificateInfo } from '@shared/channels/connection-test';
import { AXL_VERSIONS, CUCM_TIMEOUT_SECONDS_RANGE, cucmSettingsDraftSchema, cucmTestSettingsSchema } from '@shared/rules/cucm-rules';
import type { AxlVersion, CucmSettings, CucmSettingsDraft } from '@shared/rules/cucm-rules';
import { toFieldIssues } from '@shared/rules/issues';
import type { ContractError, FieldIssue } from '@shared/result';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { ConnectionTestReportView } from '../../components/connection-test/ConnectionTestReportView';
import { useConnectionTest } from '../../components/connection-test/useConnectionTest';
import { useSecretElsewhere } from '../../components/connection-test/useSecretElsewhere';
import { useDialogs } from '../../components/Dialogs';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { KEEP_SECRET, SecretField } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';
import { useContractValue } from '../../api/useContractValue';
import { useSaveShortcut } from '../../forms/useSaveShortcut';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { EndUserTestDialog } from './EndUserTestDialog';
import { PinnedCertificates } from './PinnedCertificates';
import { reportText, stepLabel } from './reportText';

const FORM = 'cucm';

interface CucmState {
  settings: CucmSettings;
  password: SecretEdit;
}

function draftOf(state: CucmState): CucmSettingsDraft {
  const edit = state.password;
  return { settings: state.settings, password: edit.mode === 'set' ? { action: 'set', value: edit.value } : { action: edit.mode } };
}

export function CucmScreen() {
  const { dataVersion } = useSession();
  const { value, setValue } = useContractValue(() => api.cucm.get(), [dataVersion]);
  if (!value) return <LoadingScreen />;
  return <CucmForm key={JSON.stringify(value)} values={value} onSaved={setValue} />;
}

/** The password a test uses: as typed, none when "clear" is pending, else the stored one (main has it). */
function testPassword(edit: SecretEdit): { action: 'keep' } | { action: 'set'; value: string } {
  return edit.mode === 'set' ? { action: 'set', value: edit.value } : edit.mode === 'clear' ? { action: 'set', value: '' } : { action: 'keep' };
}

function CucmForm({ values, onSaved }: { values: CucmSettingsView; onSaved(values: CucmSettingsView): void }) {
  const initial = useMemo<CucmState>(() => ({ settings: values.settings, password: KEEP_SECRET }), [values]);
  const passwordId = fieldId(FORM, ['password', 'value']);
  const passwordElsewhere = useSecretElsewhere(passwordId);
  const { state, dirty, saving, issues, change, save, focusFirst, formProps } = useSettingsForm({
    form: FORM,
    sections: ['cucm'],
    initial,
    draftOf,
    schema: cucmSettingsDraftSchema,
    send: async (draft) => {
      const result = await api.cucm.save({ draft });
      if (!result.ok) askForPassword(result.error);
      return result;
    },
    draftKey: 'draft',
    savedMessage: t('cucm.saved'),
    onSaved,
  });
  const dialogs = useDialogs();
  const test = useConnectionTest<CucmTestReport>('cucm.testProgress', (testId) => void api.cucm.cancelTest({ testId }));
  const [askEndUser, setAskEndUser] = useState(false);
  /** A save or test refused because the stored password is for the saved publisher and AXL user only: the field opens for typing, with the reason. */
  const askForPassword = (error: ContractError) => {
    if (passwordElsewhere.take(error)) change({ password: { mode: 'set', value: '', confirmation: '' } });
  };
  /** Which test the report below is of (known before its first step arrives). */
  const [testKind, setTestKind] = useState<CucmTestReport['kind']>('connection');
  useSaveShortcut(() => void save());

  const settings = state.settings;
  const error = (field: string) => issues.errorAt(['settings', ...field.split('.')]);
  const id = (field: string) => fieldId(FORM, ['settings', field]);
  // From the latest state: trusting a certificate changes it after the confirmation was awaited.
  const changeSettings = (patch: Partial<CucmSettings>) => change((s) => ({ settings: { ...s.settings, ...patch } }));

  /** The test's own checks (publisher and AXL user needed), shown at the fields. */
  const blockedByIssues = (): boolean => {
    const parsed = cucmTestSettingsSchema.safeParse(settings);
    if (parsed.success) return false;
    const found: FieldIssue[] = toFieldIssues(parsed.error.issues).map((issue) => ({ ...issue, path: ['settings', ...issue.path] }));
    issues.setRefused(found);
    notifyError({ code: 'VALIDATION', message: 'error.VALIDATION', issues: found });
    focusFirst(found);
    return true;
  };

  const testConnection = () => {
    if (blockedByIssues()) return;
    setTestKind('connection');
    void test.run((testId) => api.cucm.testConnection({ testId, settings, password: testPassword(state.password) }), askForPassword);
  };
  const startEndUserTest = () => {
    if (blockedByIssues()) return;
    setAskEndUser(true);
  };
  const runEndUserTest = (userid: string, endUserPassword: string) => {
    setAskEndUser(false);
    setTestKind('endUser');
    void test.run(
      (testId) => api.cucm.testEndUser({ testId, settings, password: testPassword(state.password), userid, endUserPassword }),
      askForPassword,
    );
  };

  const trust = async (cert: CertificateInfo) => {
    const ok = await dialogs.confirm({
      title: t('connectionTest.cert.trust'),
      // The fingerprint is one long word: let it wrap inside the dialog.
      message: (
        <span style={{ overflowWrap: 'anywhere' }}>{t('cucm.cert.trustConfirm', { host: settings.host, fingerprint: cert.fingerprint })}</span>
      ),
      confirmLabel: t('connectionTest.cert.trust'),
    });
    if (!ok) return;
    const pin = { fingerprint: cert.fingerprint, subject: cert.subject, issuer: cert.issuer, validFrom: cert.validFrom, validTo: cert.validTo };
    change((s) => ({
      settings: {
        ...s.settings,
        trust: { ...s.settings.trust, pinned: [...s.settings.trust.pinned.filter((p) => p.fingerprint !== pin.fingerprint), pin] },
      },
    }));
    notifyDone(t('cucm.cert.trusted'));
  };
  const forget = (fingerprint: string) => {
    change((s) => ({
      settings: { ...s.settings, trust: { ...s.settings.trust, pinned: s.settings.trust.pinned.filter((p) => p.fingerprint !== fingerprint) } },
    }));
    notifyDone(t('cucm.trust.forgotten'));
  };

  const testTitle = testKind === 'endUser' ? t('cucm.test.endUser') : t('cucm.test.connection');
  return (
    <>
      <form {...formProps} aria-label={t('cucm.title')}>
        <Stack gap="md">
          <FormScreenHeader title={t('cucm.title')} saveLabel={t('cucm.save')} dirty={dirty} saving={saving} />
          <Alert icon={<IconInfoCircle size={18} />} variant="light">
            {t('cucm.note')}
          </Alert>

          <FormSection title={t('cucm.section.publisher')}>
            <Group grow align="flex-start">
              <TextInput
                id={id('host')}
                label={t('cucm.field.host')}
                description={t('cucm.field.hostHint')}
                value={settings.host}
                onChange={(e) => changeSettings({ host: e.currentTarget.value })}
                error={error('host')}
                spellCheck={false}
              />
              <NumberInput
                id={id('port')}
                label={t('cucm.field.port')}
                description={t('cucm.field.portHint')}
                value={settings.port}
                onChange={(v) => changeSettings({ port: typeof v === 'number' ? v : Number.NaN })}
                error={error('port')}
                allowDecimal={false}
                allowNegative={false}
                hideControls
              />
            </Group>
            <Group grow align="flex-start">
              <Select<AxlVersion>
                id={id('axlVersion')}
                label={t('cucm.field.axlVersion')}
                description={t('cucm.field.axlVersionHint')}
                data={[...AXL_VERSIONS]}
                value={settings.axlVersion}
                allowDeselect={false}
                onChange={(axlVersion) => axlVersion && changeSettings({ axlVersion })}
                error={error('axlVersion')}
              />
              <NumberInput
                id={id('timeoutSeconds')}
                label={t('cucm.field.timeout')}
                description={t('cucm.field.timeoutHint')}
                value={settings.timeoutSeconds}
                onChange={(v) => changeSettings({ timeoutSeconds: typeof v === 'number' ? v : Number.NaN })}
                error={error('timeoutSeconds')}
                allowDecimal={false}
                allowNegative={false}
                min={CUCM_TIMEOUT_SECONDS_RANGE.min}
                max={CUCM_TIMEOUT_SECONDS_RANGE.max}
              />
            </Group>
          </FormSection>

          <FormSection title={t('cucm.section.axlUser')}>
            <Group grow align="flex-start">
              <TextInput
                id={id('axlUser')}
                label={t('cucm.field.axlUser')}
                description={t('cucm.field.axlUserHint')}
                value={settings.axlUser}
                onChange={(e) => changeSettings({ axlUser: e.currentTarget.value })}
                error={error('axlUser')}
                spellCheck={false}
                autoComplete="off"
              />
              <SecretField
                label={t('cucm.field.password')}
                status={values.password}
                edit={state.password}
                onChange={(password) => {
                  passwordElsewhere.clear();
                  change({ password });
                }}
                valueId={passwordId}
                valueError={passwordElsewhere.message ?? issues.errorAt(['password', 'value'])}
              />
            </Group>
          </FormSection>

          <FormSection title={t('cucm.section.trust')}>
            <Text size="sm" c="dimmed">
              {t('cucm.trust.note')}
            </Text>
            <PinnedCertificates pinned={settings.trust.pinned} onForget={forget} />
          </FormSection>

          <Group>
            <Button
              variant="light"
              leftSection={<IconPlugConnected size={16} />}
              onClick={testConnection}
              loading={test.running && testKind === 'connection'}
              disabled={test.running && testKind !== 'connection'}
            >
              {t('cucm.test.connection')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconUserCheck size={16} />}
              onClick={startEndUserTest}
              loading={test.running && testKind === 'endUser'}
              disabled={test.running && testKind !== 'endUser'}
            >
              {t('cucm.test.endUser')}
            </Button>
          </Group>
          <ConnectionTestReportView
            title={testTitle}
            report={test.report}
            running={test.running}
            stepLabel={stepLabel}
            asText={reportText}
            onCancel={test.cancel}
            onClose={test.close}
            onTrust={(cert) => void trust(cert)}
          />
        </Stack>
      </form>
      {/* Outside the settings form: its own form's submit must not bubble (through the portal) into a save. */}
      {askEndUser && <EndUserTestDialog onClose={() => setAskEndUser(false)} onRun={runEndUserTest} />}
    </>
  );
}
