import { Button, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { suggestedSitePath } from '../../app/sitePaths';
import { t } from '../../i18n';

const LARGE_DEMO_SIZE = 100_000;

/**
 * The secondary start action for performance trials: creates the generated 100,000-user demo site (or
 * opens it when it was made before).
 */
export function LargeDemoAction() {
  const { info, setSite, confirmLeave } = useSession();
  const [busy, setBusy] = useState(false);

  const open = async () => {
    if (!(await confirmLeave())) return;
    const name = t('welcome.largeDemo.siteName');
    const path = suggestedSitePath(info?.sitesFolder ?? '', name);
    const created = await api.site.create({ path, name, demo: true, demoSize: LARGE_DEMO_SIZE });
    if (created.ok) {
      setSite(created.value);
      notifyDone(t('welcome.created', { name: created.value.name }));
      return;
    }
    if (created.error.code !== 'VALIDATION') {
      const opened = await api.site.open({ path });
      if (opened.ok) {
        setSite(opened.value);
        notifyDone(t('welcome.opened', { name: opened.value.name }));
        return;
      }
    }
    notifyError(created.error);
  };

  return (
    <div>
      <Button
        variant="subtle"
        leftSection={<IconGauge size={16} />}
        loading={busy}
        onClick={() => {
          setBusy(true);
          void open().finally(() => setBusy(false));
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
