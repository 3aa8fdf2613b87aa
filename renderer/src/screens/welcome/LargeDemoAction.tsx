import { Button, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { MAX_SITE_USERS } from '@shared/domain/site';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatNumber, t } from '../../i18n';
import { useSiteActions } from '../../shell/siteActions';
import { BulkProgressModal } from '../users/bulk/BulkProgressModal';
import { useBulkProgress } from '../users/bulk/useBulkProgress';

/** The largest site Roster is built for: what performance trials want to see. */
const LARGE_DEMO_SIZE = MAX_SITE_USERS;

/** Stops the demo being filled: main removes the new file, and the creation answers that it was cancelled. */
const cancelDemo = () => void api.site.cancelCreate();

/**
 * The secondary start action for performance trials: creates the generated demo site of LARGE_DEMO_SIZE
 * users (or opens it when it was made before). Main fills it in a worker and reports how many users are
 * written ('bulk.progress'), shown in the progress window with Cancel while it runs.
 */
export function LargeDemoAction() {
  const actions = useSiteActions();
  const [busy, setBusy] = useState(false);
  const { progress, track } = useBulkProgress(cancelDemo);

  const create = () => {
    setBusy(true);
    // Opened with main's first event: an existing demo site is opened instead, without any.
    void track(t('welcome.largeDemo.progress'), t('welcome.largeDemo.siteName'), null, () => actions.createDemo(LARGE_DEMO_SIZE)).finally(() =>
      setBusy(false),
    );
  };

  return (
    <div>
      <Button variant="subtle" leftSection={<IconGauge size={16} />} loading={busy} onClick={create}>
        {t('welcome.largeDemo', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Button>
      <BulkProgressModal progress={progress} />
      <Text size="xs" c="dimmed" pl="sm">
        {t('welcome.largeDemo.hint', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Text>
    </div>
  );
}
