import { Center, Loader } from '@mantine/core';
import { t } from '../i18n';

/** What a screen shows until its first answer from main has arrived. */
export function LoadingScreen() {
  return (
    <Center h={200}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
