import { Button, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useState } from 'react';
import { t } from '../../i18n';
import { useSiteActions } from '../../shell/siteActions';

const LARGE_DEMO_SIZE = 100_000;

/**
 * The secondary start action for performance trials: creates the generated 100,000-user demo site (or
 * opens it when it was made before).
 */
export function LargeDemoAction() {
  const actions = useSiteActions();
  const [busy, setBusy] = useState(false);

  return (
    <div>
      <Button
        variant="subtle"
        leftSection={<IconGauge size={16} />}
        loading={busy}
        onClick={() => {
          setBusy(true);
          void actions.createDemo(LARGE_DEMO_SIZE).finally(() => setBusy(false));
        }}
      >
        {t('welcome.largeDemo')}
      </Button>
      <Text size="xs" c="dimmed" pl="sm">
        {t('welcome.largeDemo.hint')}
      </Text>
    </div>
  );
}
