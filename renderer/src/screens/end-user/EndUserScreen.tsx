import { Grid, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { endUserDraftSchema, missingSecretIssues, PRESENCE_SERVICES } from '@shared/rules/end-user-rules';
import type { EndUserSettings, PresenceService } from '@shared/rules/end-user-rules';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { notifyDone } from '../../app/notify';
import { useSession } from '../../app/session';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { useContractValue } from '../../api/useContractValue';
import { useSaveShortcut } from '../../forms/useSaveShortcut';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { CupsFields } from './CupsFields';
import { draftOf, hiddenService, stateOf } from './endUserState';
import type { EndUserState } from './endUserState';
import { IntegrationUsers } from './IntegrationUsers';
import { TeamsFields } from './TeamsFields';

const FORM = 'endUser';

export function EndUserScreen() {
  const { dataVersion } = useSession();
  const { value, setValue } = useContractValue(() => api.endUser.get(), [dataVersion]);
  if (!value) return <LoadingScreen />;
  return <EndUserForm key={JSON.stringify(value)} settings={value} onSaved={setValue} />;
}

/** The draft's own rules plus the secrets a save would leave missing, judged by what is stored now. */
function formSchema(settings: EndUserSettings) {
  const { clientSecret, integrationUsers } = settings.presence.teams;
  const stored = {
    clientSecret: clientSecret.set,
    integrationUserPassword: (id: string) => integrationUsers.some((user) => user.id === id && user.password.set),
  };
  return endUserDraftSchema.superRefine((draft, ctx) => {
    for (const issue of missingSecretIssues(draft, stored)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

function EndUserForm({ settings, onSaved }: { settings: EndUserSettings; onSaved(settings: EndUserSettings): void }) {
  const initial = useMemo(() => stateOf(settings), [settings]);
  const schema = useMemo(() => formSchema(settings), [settings]);
  const { state, dirty, saving, issues, change, save, formProps } = useSettingsForm({
    form: FORM,
    sections: ['endUser', 'presence'],
    initial,
    draftOf,
    schema,
    send: (draft) => api.endUser.save({ draft }),
    draftKey: 'draft',
    savedMessage: t('endUser.saved'),
    onSaved,
    onNothingToSave: () => notifyDone(t('endUser.nothingToSave')),
    // A problem in the settings of a service not chosen has no field on screen: say where it is.
    explainUnseen: (local) => {
      const hidden = local.map((issue) => hiddenService(issue.path, state.service)).find((service) => service !== null);
      if (!hidden || !local.every((issue) => hiddenService(issue.path, state.service) !== null)) return false;
      notifications.show({
        title: t('notify.errorTitle'),
        message: t('endUser.hiddenIssues', { service: t(`endUser.service.${hidden}`) }),
        color: 'red',
        autoClose: 8000,
      });
      return true;
    },
  });
  const error = (...path: (string | number)[]) => issues.errorAt(path);
  const changeCups = (patch: Partial<EndUserState['cups']>) => change({ cups: { ...state.cups, ...patch } });
  const changeTeams = (patch: Partial<EndUserState['teams']>) => change({ teams: { ...state.teams, ...patch } });
  useSaveShortcut(() => void save());

  const teams = state.service === 'teams';
  return (
    <form {...formProps} aria-label={t('settings.section.endUser')}>
      <Stack gap="md">
        <FormScreenHeader
          title={t('settings.section.endUser')}
          intro={t('endUser.intro')}
          saveLabel={t('endUser.save')}
          dirty={dirty}
          saving={saving}
        />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: teams ? 6 : 12 }}>
            <Stack gap="md">
              <FormSection title={t('endUser.authentication')}>
                <DescribedSwitch
                  label={t('endUser.useCucmAuthentication')}
                  description={t('endUser.useCucmAuthenticationHint')}
                  checked={state.useCucmAuthentication}
                  onChange={(useCucmAuthentication) => change({ useCucmAuthentication })}
                />
              </FormSection>
              <FormSection title={t('endUser.presence')}>
                <Radio.Group<PresenceService>
                  label={t('endUser.service')}
                  description={t('endUser.serviceHint')}
                  value={state.service}
                  onChange={(service) => change({ service })}
                >
                  <Group gap="lg" mt="xs">
                    {PRESENCE_SERVICES.map((service) => (
                      <Radio key={service} value={service} label={t(`endUser.service.${service}`)} />
                    ))}
                  </Group>
                </Radio.Group>
                {state.service === 'none' && (
                  <Text size="sm" c="dimmed">
                    {t('endUser.noService')}
                  </Text>
                )}
              </FormSection>
              {state.service === 'cups' && <CupsFields form={FORM} state={state.cups} change={changeCups} error={error} />}
              {teams && (
                <TeamsFields
                  form={FORM}
                  state={state.teams}
                  change={changeTeams}
                  error={error}
                  clientSecretStatus={settings.presence.teams.clientSecret}
                />
              )}
            </Stack>
          </Grid.Col>
          {teams && (
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <IntegrationUsers
                form={FORM}
                users={state.teams.integrationUsers}
                change={(integrationUsers) => changeTeams({ integrationUsers })}
                error={error}
              />
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </form>
  );
}
