import { Checkbox, Fieldset, Stack } from '@mantine/core';
import { APPLICATIONS, applicationOptions } from '@shared/domain';
import type { Application, ApplicationGrant } from '@shared/domain';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

interface Props {
  grants: ApplicationGrant[];
  onChange(grants: ApplicationGrant[]): void;
  idPrefix: string;
}

/** Grants in the order of APPLICATIONS, whatever order they were granted in. */
const ordered = (grants: ApplicationGrant[]) => APPLICATIONS.flatMap((application) => grants.filter((grant) => grant.application === application));

/**
 * The applications granted one by one, each with its options below it once granted (the platform's "..."
 * next to an application), so that what a grant allows is visible at a glance.
 */
export function ApplicationGrantsField({ grants, onChange, idPrefix }: Props) {
  const grantOf = (application: Application) => grants.find((grant) => grant.application === application);
  const setGranted = (application: Application, on: boolean) =>
    onChange(on ? ordered([...grants, { application, options: [] }]) : grants.filter((grant) => grant.application !== application));
  const setOption = (grant: ApplicationGrant, option: string, on: boolean) => {
    const known = applicationOptions(grant.application);
    const options = on ? known.filter((o) => o === option || grant.options.includes(o)) : grant.options.filter((o) => o !== option);
    onChange(grants.map((g) => (g === grant ? { ...grant, options } : g)));
  };

  return (
    <Fieldset legend={t('applications.title')} variant="filled" p="xs" ml="xl">
      <Stack gap={6}>
        {APPLICATIONS.map((application) => {
          const grant = grantOf(application);
          const options = applicationOptions(application);
          return (
            <Stack key={application} gap={4}>
              <Checkbox
                id={`${idPrefix}-applications-${application}`}
                label={t(`application.${application}`)}
                checked={grant !== undefined}
                onChange={(event) => setGranted(application, event.currentTarget.checked)}
              />
              {grant && options.length > 0 && (
                <Stack gap={4} ml="xl" role="group" aria-label={t('applications.optionsOf', { application: t(`application.${application}`) })}>
                  {options.map((option) => (
                    <Checkbox
                      key={option}
                      size="xs"
                      id={`${idPrefix}-applications-${application}-${option}`}
                      label={t(`application.${application}.${option}` as MessageKey)}
                      checked={grant.options.includes(option)}
                      onChange={(event) => setOption(grant, option, event.currentTarget.checked)}
                    />
                  ))}
                </Stack>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
