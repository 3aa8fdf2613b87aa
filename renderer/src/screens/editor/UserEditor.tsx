import { Alert, Badge, Button, Grid, Group, Stack, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import type { User } from '@shared/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import type { ListRoute } from '../../app/session';
import { FormSection } from '../../components/FormSection';
import { useStickyOffset } from '../../components/useStickyOffset';
import classes from './UserEditor.module.css';
import { UserAvatar } from '../../user-list/UserAvatar';
import { LoadingScreen } from '../../components/LoadingScreen';
import { NotificationFields } from '../../user-fields/NotificationFields';
import { PrivilegeFields } from '../../user-fields/PrivilegeFields';
import { useContractValue } from '../../api/useContractValue';
import { useFormSave } from '../../forms/useFormSave';
import { useGroups } from '../../api/useGroups';
import { errorText, t } from '../../i18n';
import type { Result } from '@shared/result';
import { AccountStateSection } from './AccountStateSection';
import { NOT_SET, stateFromNewDraft, stateFromUser, toUserDraft } from './editorDraft';
import type { EditorState } from './editorDraft';
import { GroupPermissionsSection, UserGroupsSection } from './GroupsSections';
import { EditorTabs } from './HistoryTab';
import { IdentitySection } from './IdentitySection';
import { PersonSection } from './PersonSection';
import { PhonesSection } from './PhonesSection';
import { EDITOR_FORM } from './sectionProps';
import { useEditorIssues } from './useEditorIssues';
import { useEditorShortcuts } from './useEditorShortcuts';

interface Loaded {
  user: User | null;
  initial: EditorState;
}

/** Loads the user (or a new draft from main), then hands over to the form. */
export function UserEditor({ userId }: { userId: number | null }) {
  // The refusal is shown in place of the form, so it is not notified as well.
  const { value: loaded, error } = useContractValue(() => loadEditor(userId), [userId], { notify: false });

  if (error) {
    return (
      <Alert color="red" title={t('notify.errorTitle')}>
        {errorText(error)}
      </Alert>
    );
  }
  if (!loaded) return <LoadingScreen />;
  return <UserForm user={loaded.user} initial={loaded.initial} />;
}

async function loadEditor(userId: number | null): Promise<Result<Loaded>> {
  if (userId === null) {
    const draft = await api.users.newDraft();
    return draft.ok ? { ok: true, value: { user: null, initial: stateFromNewDraft(draft.value) } } : draft;
  }
  const user = await api.users.get({ id: userId });
  return user.ok ? { ok: true, value: { user: user.value, initial: stateFromUser(user.value) } } : user;
}

function UserForm({ user, initial }: Loaded) {
  const { navigate, replaceRoute, dataChanged, route } = useSession();
  // Where the editor was opened from (the users list with its search), and returns to.
  const back: ListRoute = (route.screen === 'editor' && route.back) || { screen: 'users' };
  const { groups, reload: reloadGroups } = useGroups();
  const [state, setState] = useState(initial);
  const { formRef, saving, focusFirst, send } = useFormSave(EDITOR_FORM);
  const draft = useMemo(() => toUserDraft(state), [state]);
  const issues = useEditorIssues(draft);
  const dirty = useMemo(() => JSON.stringify(state) !== JSON.stringify(initial), [state, initial]);
  useLeaveGuard(dirty);
  const stickyBar = useRef<HTMLDivElement>(null);
  useStickyOffset(stickyBar);

  const change = useCallback(
    (patch: Partial<EditorState>) => {
      setState((current) => ({ ...current, ...patch }));
      for (const key of Object.keys(patch)) issues.touch(key);
    },
    [issues],
  );

  const save = async (andNew: boolean) => {
    if (saving) return;
    issues.revealAll();
    if (issues.blocking.length > 0) {
      notifyError({ code: 'VALIDATION', message: 'error.VALIDATION' });
      focusFirst(issues.blocking);
      return;
    }
    await send({
      send: () => api.users.save({ draft }),
      draftKey: 'draft',
      refused: issues.setServerIssues,
      saved: (saved) => {
        notifyDone(t('editor.saved', { username: saved.username }));
        dataChanged();
        // Back on the list, focus goes to the saved user's row (looked for near the row it was opened from).
        const focus = { userId: saved.id, index: back.focus?.index ?? 0 };
        replaceRoute(andNew ? { screen: 'editor', userId: null, nonce: Date.now(), back } : { ...back, focus });
      },
    });
  };
  const cancel = () => void navigate(back);
  useEditorShortcuts({ save: () => void save(false), saveAndNew: () => void save(true), cancel });

  const sectionProps = { state, change, issues };
  const title = user ? t('editor.editTitle', { username: user.username }) : t('editor.newTitle');

  return (
    <form
      ref={formRef}
      aria-label={user ? t('editor.formEdit', { username: user.username }) : t('editor.formNew')}
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
      noValidate
    >
      <Stack gap="md">
        <Group ref={stickyBar} className={classes.bar} justify="space-between" wrap="wrap" mt="xs" py="xs">
          <Group gap="sm">
            <Tooltip label={t('editor.back')}>
              <Button variant="subtle" color="gray" px="xs" aria-label={t('editor.back')} onClick={cancel}>
                <IconArrowLeft size={18} />
              </Button>
            </Tooltip>
            {user && <UserAvatar userId={user.id} username={user.username} firstName={user.firstName} lastName={user.lastName} size="md" />}
            <Title order={2} tabIndex={-1}>
              {title}
            </Title>
            {dirty && (
              <Badge color="orange" variant="light">
                {t('editor.unsaved')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Tooltip label={t('editor.cancelHint')}>
              <Button variant="default" onClick={cancel}>
                {t('editor.cancel')}
              </Button>
            </Tooltip>
            <Tooltip label={t('editor.saveAndNewHint')}>
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => void save(true)} loading={saving}>
                {t('editor.saveAndNew')}
              </Button>
            </Tooltip>
            <Tooltip label={t('editor.saveHint')}>
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving}>
                {t('editor.save')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
        <EditorTabs user={user}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Stack gap="md">
                <IdentitySection
                  {...sectionProps}
                  secrets={user ? { password: user.password, pin: user.pin } : { password: NOT_SET, pin: NOT_SET }}
                  isNew={!user}
                />
                <PersonSection {...sectionProps} />
                <PhonesSection {...sectionProps} />
                <GroupPermissionsSection {...sectionProps} groups={groups} reloadGroups={reloadGroups} />
                <UserGroupsSection {...sectionProps} groups={groups} reloadGroups={reloadGroups} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Stack gap="md">
                <AccountStateSection {...sectionProps} user={user} />
                <FormSection title={t('editor.privileges')}>
                  <PrivilegeFields
                    idPrefix={EDITOR_FORM}
                    privileges={state.privileges}
                    voiceRecording={state.voiceRecording}
                    applications={state.applications}
                    onChange={change}
                  />
                </FormSection>
                <FormSection title={t('editor.notifications')}>
                  <NotificationFields
                    idPrefix={EDITOR_FORM}
                    voicemail={state.voicemail}
                    fax={state.fax}
                    onChange={change}
                    error={(path) => issues.errorFor(path)}
                  />
                </FormSection>
              </Stack>
            </Grid.Col>
          </Grid>
        </EditorTabs>
      </Stack>
    </form>
  );
}
