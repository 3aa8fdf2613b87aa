import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { fieldId } from '../../api/issues';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import type { CupsState } from './endUserState';
import type { PartProps } from './sectionProps';

const path = (field: string) => ['presence', 'cups', field];

export function CupsFields({ form, state, change, error }: PartProps<CupsState>) {
  return (
    <FormSection title={t('endUser.cups.title')}>
      <Stack gap="sm">
        <DescribedSwitch
          label={t('endUser.cups.activated')}
          description={t('endUser.cups.activatedHint')}
          checked={state.activated}
          onChange={(activated) => change({ activated })}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            id={fieldId(form, path('host'))}
            label={t('endUser.cups.host')}
            description={t('endUser.cups.hostHint')}
            value={state.host}
            onChange={(event) => change({ host: event.currentTarget.value })}
            error={error(...path('host'))}
            spellCheck={false}
          />
          <NumberInput
            id={fieldId(form, path('port'))}
            label={t('endUser.cups.port')}
            description={t('endUser.cups.portHint')}
            value={state.port}
            // Out-of-range ports stay as typed so the message can say what is expected; clamping would
            // silently turn 70000 into 65535.
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            hideControls
            onChange={(value) => change({ port: value })}
            error={error(...path('port'))}
          />
          <TextInput
            id={fieldId(form, path('domain'))}
            label={t('endUser.cups.domain')}
            description={t('endUser.cups.domainHint')}
            value={state.domain}
            onChange={(event) => change({ domain: event.currentTarget.value })}
            error={error(...path('domain'))}
            spellCheck={false}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
