import { Fieldset, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { FaxNotifications, VoicemailNotifications } from '@shared/domain';
import { faxSchema, voicemailSchema } from '@shared/rules/user-field-rules';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

interface NotificationValues {
  voicemail: VoicemailNotifications;
  fax: FaxNotifications;
}

interface Props extends NotificationValues {
  onChange(patch: Partial<NotificationValues>): void;
  /** The message for a field path such as ['voicemail', 'smsOnNew'], if any. */
  error?(path: [keyof NotificationValues, string]): string | undefined;
  idPrefix: string;
}

// The switches are the rules' own fields, in their order: a field added there appears here.
const VOICEMAIL = voicemailSchema.keyof().options;
const FAX = faxSchema.keyof().options;
// The SMS switches have no entry: their help says that they need the SMS privilege.
const HELP: Record<string, MessageKey | undefined> = {
  'voicemail.forwardToEmail': 'notif.voicemail.forwardToEmail.help',
  'voicemail.markAsRead': 'notif.voicemail.markAsRead.help',
  'fax.forwardToEmail': 'notif.fax.forwardToEmail.help',
  'fax.markAsRead': 'notif.fax.markAsRead.help',
  'fax.outboundConfirmation': 'notif.fax.outboundConfirmation.help',
};

/** Voicemail and fax notifications. The SMS switches say that they need the SMS privilege. */
export function NotificationFields({ voicemail, fax, onChange, error, idPrefix }: Props) {
  const help = (kind: 'voicemail' | 'fax', option: string) => t(HELP[`${kind}.${option}`] ?? 'notif.smsNeedsPrivilege');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Fieldset legend={t('notif.voicemail')} p="sm">
        <Stack gap="sm">
          {VOICEMAIL.map((option) => (
            <Switch
              key={option}
              id={`${idPrefix}-voicemail-${option}`}
              label={t(`notif.voicemail.${option}`)}
              aria-label={t(`notif.voicemail.${option}`)}
              description={help('voicemail', option)}
              checked={voicemail[option]}
              onChange={(event) => onChange({ voicemail: { ...voicemail, [option]: event.currentTarget.checked } })}
              error={error?.(['voicemail', option])}
            />
          ))}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('notif.fax')} p="sm">
        <Stack gap="sm">
          {FAX.map((option) => (
            <Switch
              key={option}
              id={`${idPrefix}-fax-${option}`}
              label={t(`notif.fax.${option}`)}
              aria-label={t(`notif.fax.${option}`)}
              description={help('fax', option)}
              checked={fax[option]}
              onChange={(event) => onChange({ fax: { ...fax, [option]: event.currentTarget.checked } })}
              error={error?.(['fax', option])}
            />
          ))}
        </Stack>
      </Fieldset>
    </SimpleGrid>
  );
}
