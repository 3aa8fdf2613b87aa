import { Alert, Autocomplete, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { CertificateInfo, LdapSettings } from '@shared/channels/ldap';
import {
  LDAP_SCOPES,
  PHOTO_ATTRIBUTES,
  PHOTO_CACHE_DAYS_RANGE,
  adminLdapTestSettingsSchema,
  contactPhotosTestSettingsSchema,
  ldapSettingsDraftSchema,
} from '@shared/rules/ldap-rules';
import type { AdminLdapSettings, ContactPhotosSettings, LdapScope, LdapSettingsDraft } from '@shared/rules/ldap-rules';
import { toFieldIssues } from '@shared/rules/issues';
import { ldapSecretServer } from '@shared/rules/secret-endpoint';
import type { ContractError, FieldIssue } from '@shared/result';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { LoadingScreen } from '../../components/LoadingScreen';
import { useSecretElsewhere } from '../../components/connection-test/useSecretElsewhere';
import { KEEP_SECRET, SecretField } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';
import { useContractValue } from '../../api/useContractValue';
import { useSaveShortcut } from '../../forms/useSaveShortcut';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { AdminTestDialog } from './AdminTestDialog';
import { PhotoSyncPanel } from './PhotoSyncPanel';
import { LdapServerSection } from './LdapServerSection';
import { useConnectionTest } from './useConnectionTest';

const FORM = 'ldap';

interface LdapState {
  contactPhotos: ContactPhotosSettings;
  bindPassword: SecretEdit;
  adminLdap: AdminLdapSettings;
}

function draftOf(state: LdapState): LdapSettingsDraft {
  const edit = state.bindPassword;
  return {
    contactPhotos: state.contactPhotos,
    bindPassword: edit.mode === 'set' ? { action: 'set', value: edit.value } : { action: edit.mode },
    adminLdap: state.adminLdap,
  };
}

export function LdapScreen() {
  const { dataVersion } = useSession();
  const { value, setValue } = useContractValue(() => api.ldap.get(), [dataVersion]);
  if (!value) return <LoadingScreen />;
  return <LdapForm key={JSON.stringify(value)} values={value} onSaved={setValue} />;
}

/** Issues of a test's settings, placed under the section's fields. */
function sectionIssues(
  section: 'contactPhotos' | 'adminLdap',
  schema: typeof contactPhotosTestSettingsSchema | typeof adminLdapTestSettingsSchema,
  settings: unknown,
): FieldIssue[] {
  const parsed = schema.safeParse(settings);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues).map((issue) => ({ ...issue, path: [section, ...issue.path] }));
}

function LdapForm({ values, onSaved }: { values: LdapSettings; onSaved(values: LdapSettings): void }) {
  const initial = useMemo<LdapState>(
    () => ({ contactPhotos: values.contactPhotos, bindPassword: KEEP_SECRET, adminLdap: values.adminLdap }),
    [values],
  );
  const bindPasswordId = fieldId(FORM, ['bindPassword', 'value']);
  const bindPasswordElsewhere = useSecretElsewhere(bindPasswordId);
  const { state, dirty, saving, issues, change, save, focusFirst, formProps } = useSettingsForm({
    form: FORM,
    sections: ['contactPhotos', 'adminLdap'],
    initial,
    draftOf,
    schema: ldapSettingsDraftSchema,
    send: async (draft) => {
      const result = await api.ldap.save({ draft });
      if (!result.ok) askForBindPassword(result.error);
      return result;
    },
    draftKey: 'draft',
    savedMessage: t('ldap.saved'),
    onSaved,
  });
  const [askAccount, setAskAccount] = useState(false);
  const dialogs = useDialogs();
  const photosTest = useConnectionTest();
  const adminTest = useConnectionTest();

  /** A save or test refused because the stored password is for the saved server only: the field opens for typing, with the reason. */
  const askForBindPassword = (error: ContractError) => {
    if (bindPasswordElsewhere.take(error)) change({ bindPassword: { mode: 'set', value: '', confirmation: '' } });
  };

  const photosError = (field: string) => issues.errorAt(['contactPhotos', ...field.split('.')]);
  const adminError = (field: string) => issues.errorAt(['adminLdap', ...field.split('.')]);
  // From the latest state: trusting a certificate changes it after the confirmation was awaited.
  const changePhotos = (patch: Partial<ContactPhotosSettings>) => change((s) => ({ contactPhotos: { ...s.contactPhotos, ...patch } }));
  const changeAdmin = (patch: Partial<AdminLdapSettings>) => change((s) => ({ adminLdap: { ...s.adminLdap, ...patch } }));
  useSaveShortcut(() => void save());

  /** The test's own checks (server and base DN needed even when the section is off), shown at the fields. */
  const blockedByIssues = (found: FieldIssue[]): boolean => {
    if (found.length === 0) return false;
    issues.setRefused(found);
    notifyError({ code: 'VALIDATION', message: 'error.VALIDATION', issues: found });
    focusFirst(found);
    return true;
  };

  const testPhotos = () => {
    if (blockedByIssues(sectionIssues('contactPhotos', contactPhotosTestSettingsSchema, state.contactPhotos))) return;
    const edit = state.bindPassword;
    void photosTest.run(
      (testId) =>
        api.ldap.testContactPhotos({
          testId,
          settings: state.contactPhotos,
          // The typed password, or the stored one when the field was left as it is.
          bindPassword:
            edit.mode === 'set' ? { action: 'set', value: edit.value } : edit.mode === 'clear' ? { action: 'set', value: '' } : { action: 'keep' },
        }),
      askForBindPassword,
    );
  };

  const startAdminTest = () => {
    if (blockedByIssues(sectionIssues('adminLdap', adminLdapTestSettingsSchema, state.adminLdap))) return;
    setAskAccount(true);
  };
  const runAdminTest = (username: string, password: string) => {
    setAskAccount(false);
    void adminTest.run((testId) => api.ldap.testAdminLdap({ testId, settings: state.adminLdap, username, password }));
  };

  const trust = async (section: 'contactPhotos' | 'adminLdap', cert: CertificateInfo) => {
    const host = state[section].host;
    const ok = await dialogs.confirm({
      title: t('connectionTest.cert.trust'),
      message: t('ldap.cert.trustConfirm', { host, fingerprint: cert.fingerprint }),
      confirmLabel: t('connectionTest.cert.trust'),
    });
    if (!ok) return;
    const pin = { fingerprint: cert.fingerprint, subject: cert.subject, issuer: cert.issuer, validFrom: cert.validFrom, validTo: cert.validTo };
    const current = state[section].trust;
    const nextTrust = { ...current, pinned: [...current.pinned.filter((p) => p.fingerprint !== pin.fingerprint), pin] };
    if (section === 'contactPhotos') changePhotos({ trust: nextTrust });
    else changeAdmin({ trust: nextTrust });
    notifyDone(t('ldap.cert.trusted'));
  };

  const photos = state.contactPhotos;
  const admin = state.adminLdap;
  return (
    <>
      <form {...formProps} aria-label={t('ldap.title')}>
        <Stack gap="md">
          <FormScreenHeader title={t('ldap.title')} saveLabel={t('ldap.save')} dirty={dirty} saving={saving} />
          <Alert icon={<IconInfoCircle size={18} />} variant="light">
            {t('ldap.note')}
          </Alert>

          <LdapServerSection
            section="contactPhotos"
            form={`${FORM}-contactPhotos`}
            values={photos}
            onChange={changePhotos}
            error={photosError}
            test={photosTest}
            onTest={testPhotos}
            onTrust={(cert) => void trust('contactPhotos', cert)}
          >
            <Group grow align="flex-start">
              <TextInput
                id={fieldId(`${FORM}-contactPhotos`, ['bindUser'])}
                label={t('ldap.field.bindUser')}
                description={t('ldap.field.bindUserHint')}
                value={photos.bindUser}
                onChange={(e) => changePhotos({ bindUser: e.currentTarget.value })}
                error={photosError('bindUser')}
                spellCheck={false}
                autoComplete="off"
              />
              <SecretField
                label={t('ldap.field.bindPassword')}
                status={values.bindPassword}
                edit={state.bindPassword}
                onChange={(bindPassword) => {
                  bindPasswordElsewhere.clear();
                  change({ bindPassword });
                }}
                valueId={bindPasswordId}
                valueError={bindPasswordElsewhere.message ?? issues.errorAt(['bindPassword', 'value'])}
              />
            </Group>
            <TextInput
              id={fieldId(`${FORM}-contactPhotos`, ['filter'])}
              label={t('ldap.field.filter')}
              description={t('ldap.field.filterHint')}
              value={photos.filter}
              onChange={(e) => changePhotos({ filter: e.currentTarget.value })}
              error={photosError('filter')}
              spellCheck={false}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Group grow align="flex-start">
              <Autocomplete
                id={fieldId(`${FORM}-contactPhotos`, ['photoAttribute'])}
                label={t('ldap.field.photoAttribute')}
                description={t('ldap.field.photoAttributeHint')}
                data={[...PHOTO_ATTRIBUTES]}
                value={photos.photoAttribute}
                onChange={(photoAttribute) => changePhotos({ photoAttribute })}
                error={photosError('photoAttribute')}
              />
              <NumberInput
                id={fieldId(`${FORM}-contactPhotos`, ['cacheDays'])}
                label={t('ldap.field.cacheDays')}
                value={photos.cacheDays}
                onChange={(v) => changePhotos({ cacheDays: typeof v === 'number' ? v : Number.NaN })}
                error={photosError('cacheDays')}
                allowDecimal={false}
                allowNegative={false}
                min={PHOTO_CACHE_DAYS_RANGE.min}
                max={PHOTO_CACHE_DAYS_RANGE.max}
              />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${FORM}-scope-label`}>
                {t('ldap.field.scope')}
              </Text>
              <SegmentedControl<LdapScope>
                aria-labelledby={`${FORM}-scope-label`}
                data={LDAP_SCOPES.map((scope) => ({ value: scope, label: t(`ldap.scope.${scope}`) }))}
                value={photos.scope}
                onChange={(scope) => changePhotos({ scope })}
              />
            </Stack>
          </LdapServerSection>
          <PhotoSyncPanel />

          <LdapServerSection
            section="adminLdap"
            form={`${FORM}-adminLdap`}
            values={admin}
            onChange={changeAdmin}
            error={adminError}
            test={adminTest}
            onTest={startAdminTest}
            onTrust={(cert) => void trust('adminLdap', cert)}
          />
        </Stack>
      </form>
      {/* Outside the settings form: its own form's submit must not bubble (through the portal) into a save. */}
      {askAccount && <AdminTestDialog server={ldapSecretServer(admin)} onClose={() => setAskAccount(false)} onRun={runAdminTest} />}
    </>
  );
}
