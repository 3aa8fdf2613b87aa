import { Button, Grid, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { endUserDraftSchema, missingSecretIssues, PRESENCE_SERVICES } from '@shared/rules/end-user-rules';
import type { EndUserSettings, PresenceService } from '@shared/rules/end-user-rules';
import { useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { focusFirstIssue, issuesUnder } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useContractValue } from '../../components/useContractValue';
import { useFormIssues } from '../../components/useFormIssues';
import { t } from '../../i18n';
import { CupsFields } from './CupsFields';
import { draftOf, hiddenService, stateOf } from './endUserState';
import type { EndUserState } from './endUserState';
import { IntegrationUsers } from './IntegrationUsers';
import { TeamsFields } from './TeamsFields';
import { useSaveShortcut } from './useSaveShortcut';

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
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useMemo(() => draftOf(state), [state]);
  const dirty = JSON.stringify(state) !== JSON.stringify(initial);
  useLeaveGuard(dirty);

  const schema = useMemo(() => formSchema(settings), [settings]);
  const issues = useFormIssues(schema, draft);
  const error = (...path: (string | number)[]) => issues.errorAt(path);

  const change = (patch: Partial<EndUserState>) => {
    setState((current) => ({ ...current, ...patch }));
    issues.edited();
  };
  const changeCups = (patch: Partial<EndUserState['cups']>) => change({ cups: { ...state.cups, ...patch } });
  const changeTeams = (patch: Partial<EndUserState['teams']>) => change({ teams: { ...state.teams, ...patch } });

  const save = async () => {
    if (saving) return;
    if (!dirty) {
      notifyDone(t('endUser.nothingToSave'));
      return;
    }
    issues.reveal();
    if (issues.local.length > 0) {
      // A problem in the settings of a service not chosen has no field on screen: say where it is.
      const hidden = issues.local.map((issue) => hiddenService(issue.path, state.service)).find((service) => service !== null);
      if (hidden && issues.local.every((issue) => hiddenService(issue.path, state.service) !== null)) {
        notifications.show({ title: t('notify.errorTitle'), message: t('endUser.hiddenIssues', { service: t(`endUser.service.${hidden}`) }), color: 'red', autoClose: 8000 });
        return;
      }
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, issues.local));
      return;
    }
    setSaving(true);
    const result = await api.endUser.save({ draft });
    setSaving(false);
    if (!result.ok) {
      const refused = issuesUnder(result.error.issues, 'draft');
      issues.setRefused(refused);
      notifyError(result.error);
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, refused));
      return;
    }
    notifyDone(t('endUser.saved'));
    onSaved(result.value);
  };
  useSaveShortcut(() => void save());

  const teams = state.service === 'teams';
  return (
    <form
      ref={formRef}
      aria-label={t('settings.section.endUser')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <ScreenHeader title={t('settings.section.endUser')} intro={t('endUser.intro')}>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={!dirty}>
            {t('endUser.save')}
          </Button>
        </ScreenHeader>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: teams ? 6 : 12 }}>
            <Stack gap="md">
              <FormSection title={t('endUser.authentication')}>
                <Switch
                  label={t('endUser.useCucmAuthentication')}
                  // The description would otherwise be read as part of the switch's name.
                  aria-label={t('endUser.useCucmAuthentication')}
                  description={t('endUser.useCucmAuthenticationHint')}
                  checked={state.useCucmAuthentication}
                  onChange={(event) => change({ useCucmAuthentication: event.currentTarget.checked })}
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
