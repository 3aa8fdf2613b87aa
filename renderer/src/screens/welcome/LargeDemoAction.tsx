import { Button, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { MAX_SITE_USERS } from '@shared/domain/site';
import { useState } from 'react';
import { formatNumber, t } from '../../i18n';
import { useSiteActions } from '../../shell/siteActions';

/** The largest site Roster is built for: what performance trials want to see. */
const LARGE_DEMO_SIZE = MAX_SITE_USERS;

/**
 * The secondary start action for performance trials: creates the generated demo site of LARGE_DEMO_SIZE
 * users (or opens it when it was made before).
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
        {t('welcome.largeDemo', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Button>
      <Text size="xs" c="dimmed" pl="sm">
        {t('welcome.largeDemo.hint', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Text>
    </div>
  );
}
