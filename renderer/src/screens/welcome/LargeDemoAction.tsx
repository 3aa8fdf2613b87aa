import { Button, Progress, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { MAX_SITE_USERS } from '@shared/domain/site';
import { useState } from 'react';
import type { BulkProgress } from '@shared/channels/bulk';
import { onEvent } from '../../api/client';
import { formatNumber, t } from '../../i18n';
import { useSiteActions } from '../../shell/siteActions';

/** The largest site Roster is built for: what performance trials want to see. */
const LARGE_DEMO_SIZE = MAX_SITE_USERS;

/**
 * The secondary start action for performance trials: creates the generated demo site of LARGE_DEMO_SIZE
 * users (or opens it when it was made before). Main fills it in a worker and reports how many users are
 * written ('bulk.progress'), shown under the button while it runs.
 */
export function LargeDemoAction() {
  const actions = useSiteActions();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BulkProgress | null>(null);

  const create = () => {
    setBusy(true);
    const stop = onEvent('bulk.progress', setProgress);
    void actions.createDemo(LARGE_DEMO_SIZE).finally(() => {
      stop();
      setProgress(null);
      setBusy(false);
    });
  };

  return (
    <div>
      <Button variant="subtle" leftSection={<IconGauge size={16} />} loading={busy} onClick={create}>
        {t('welcome.largeDemo', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Button>
      {progress ? (
        <div>
          <Progress value={progress.total > 0 ? (progress.done / progress.total) * 100 : 0} aria-label={t('bulk.progress.label')} mx="sm" />
          <Text size="xs" c="dimmed" pl="sm" aria-live="polite">
            {t('bulk.progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
          </Text>
        </div>
      ) : null}
      <Text size="xs" c="dimmed" pl="sm">
        {t('welcome.largeDemo.hint', { count: formatNumber(LARGE_DEMO_SIZE) })}
      </Text>
    </div>
  );
}
