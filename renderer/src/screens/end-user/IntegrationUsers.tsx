import { Badge, Button, Fieldset, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_INTEGRATION_USERS } from '@shared/rules/end-user-rules';
import { fieldId } from '../../api/issues';
import { FormSection } from '../../components/FormSection';
import { IconAction } from '../../components/IconAction';
import { t } from '../../i18n';
import { newIntegrationUser } from './endUserState';
import type { IntegrationUserState } from './endUserState';

interface Props {
  form: string;
  users: IntegrationUserState[];
  change(users: IntegrationUserState[]): void;
  error(...path: (string | number)[]): string | undefined;
}

const LIST = ['presence', 'teams', 'integrationUsers'];

/** The Teams integration users: username and password per row, at most MAX_INTEGRATION_USERS. */
export function IntegrationUsers({ form, users, change, error }: Props) {
  const full = users.length >= MAX_INTEGRATION_USERS;
  const update = (index: number, patch: Partial<IntegrationUserState>) =>
    change(users.map((user, n) => (n === index ? { ...user, ...patch } : user)));
  const listError = error(...LIST);

  return (
    <FormSection title={t('endUser.integrationUsers.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('endUser.integrationUsers.hint', { max: MAX_INTEGRATION_USERS })}
        </Text>
        <Badge variant="light" color={full ? 'orange' : 'gray'} style={{ flexShrink: 0 }}>
          {t('endUser.integrationUsers.count', { count: users.length, max: MAX_INTEGRATION_USERS })}
        </Badge>
      </Group>
      {users.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('endUser.integrationUsers.none')}
        </Text>
      )}
      <Stack gap="sm">
        {users.map((user, index) => {
          const at = (...field: (string | number)[]) => [...LIST, index, ...field];
          const n = index + 1;
          return (
            <Fieldset key={user.key} legend={t('endUser.integrationUser.legend', { n })} p="sm">
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
                  <TextInput
                    id={fieldId(form, at('username'))}
                    label={t('endUser.integrationUser.username')}
                    description={t('endUser.integrationUser.usernameHint')}
                    value={user.username}
                    onChange={(event) => update(index, { username: event.currentTarget.value })}
                    error={error(...at('username'))}
                    spellCheck={false}
                    autoComplete="off"
                  />
                  <PasswordInput
                    id={fieldId(form, at('password', 'value'))}
                    label={t('endUser.integrationUser.password')}
                    // The stored password is never sent here: the status says whether there is one, and
                    // typing replaces it.
                    description={
                      user.status.unreadable
                        ? t('secret.unreadable')
                        : user.status.set
                          ? t('endUser.integrationUser.passwordSet')
                          : t('secret.notSet')
                    }
                    value={user.password}
                    onChange={(event) => update(index, { password: event.currentTarget.value })}
                    error={error(...at('password', 'value'))}
                    autoComplete="new-password"
                  />
                </SimpleGrid>
                <IconAction
                  mt={28}
                  color="red"
                  label={t('endUser.integrationUser.remove', { n })}
                  icon={<IconTrash size={16} />}
                  onClick={() => change(users.filter((_, i) => i !== index))}
                />
              </Group>
            </Fieldset>
          );
        })}
      </Stack>
      {listError && (
        <Text size="sm" c="red" role="alert" id={fieldId(form, LIST)}>
          {listError}
        </Text>
      )}
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPlus size={16} />} disabled={full} onClick={() => change([...users, newIntegrationUser()])}>
          {t('endUser.integrationUsers.add')}
        </Button>
        {full && (
          <Text size="sm" c="orange.8">
            {t('endUser.integrationUsers.full', { max: MAX_INTEGRATION_USERS })}
          </Text>
        )}
      </Group>
    </FormSection>
  );
}
