import { Checkbox, Fieldset, SimpleGrid, Stack, Switch } from '@mantine/core';
import { PRIVILEGES } from '@shared/domain';
import type { ApplicationGrant, Privilege, Privileges, VoiceRecordingOptions } from '@shared/domain';
import { voiceRecordingSchema } from '@shared/rules/user-field-rules';
import { t } from '../i18n';
import { ApplicationGrantsField } from './ApplicationGrantsField';

interface PrivilegeValues {
  privileges: Privileges;
  voiceRecording: VoiceRecordingOptions;
  applications: ApplicationGrant[];
}

interface Props extends PrivilegeValues {
  onChange(patch: Partial<PrivilegeValues>): void;
  idPrefix: string;
}

/** The rule's own options, in its order: an option added there appears here. */
const VOICE_RECORDING_OPTIONS = voiceRecordingSchema.keyof().options;

/** The fifteen privileges in product order, with the options of voice recording and applications. */
export function PrivilegeFields({ privileges, voiceRecording, applications, onChange, idPrefix }: Props) {
  const setPrivilege = (privilege: Privilege, on: boolean) => onChange({ privileges: { ...privileges, [privilege]: on } });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
      {PRIVILEGES.map((privilege) => (
        <Stack key={privilege} gap="xs">
          <Switch
            id={`${idPrefix}-privileges-${privilege}`}
            label={t(`priv.${privilege}`)}
            aria-label={t(`priv.${privilege}`)}
            description={t(`priv.${privilege}.help`)}
            checked={privileges[privilege]}
            onChange={(event) => setPrivilege(privilege, event.currentTarget.checked)}
          />
          {privilege === 'voiceRecording' && privileges.voiceRecording && (
            <Fieldset legend={t('voiceRecording.title')} variant="filled" p="xs" ml="xl">
              <Stack gap={6}>
                {VOICE_RECORDING_OPTIONS.map((option) => (
                  <Checkbox
                    key={option}
                    label={t(`voiceRecording.${option}`)}
                    checked={voiceRecording[option]}
                    onChange={(event) => onChange({ voiceRecording: { ...voiceRecording, [option]: event.currentTarget.checked } })}
                  />
                ))}
              </Stack>
            </Fieldset>
          )}
          {privilege === 'applications' && privileges.applications && (
            <ApplicationGrantsField grants={applications} onChange={(grants) => onChange({ applications: grants })} idPrefix={idPrefix} />
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
