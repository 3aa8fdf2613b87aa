import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BulkChangeRecord } from '@shared/channels/bulk';
import { LARGE_SELECTION } from '@shared/rules/bulk-rules';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { api } from '../../../api/client';
import { notifyDone, notifyError } from '../../../app/notify';
import { useSession } from '../../../app/session';
import { useDialogs } from '../../../components/Dialogs';
import { formatNumber, t } from '../../../i18n';
import { describeChange, describeRequest } from './describeChange';
import { useBulkProgress } from './useBulkProgress';

/**
 * The bulk change and undo flows: confirmation where the brief asks for one (delete, and anything on more
 * than LARGE_SELECTION users), progress for large selections, and a success notification with Undo.
 */
export function useBulkActions() {
  const { dataChanged } = useSession();
  const { confirm } = useDialogs();
  const { progress, track } = useBulkProgress();

  const undo = async (change: BulkChangeRecord): Promise<boolean> => {
    const result = await track(t('bulk.progress.undo'), describeChange(change), change.userCount, () => api.bulk.undo({ id: change.id }));
    dataChanged();
    if (!result.ok) {
      notifyError(result.error);
      return false;
    }
    notifyDone(t('bulk.undo.done', { count: formatNumber(result.value.restored), change: describeChange(change) }));
    return true;
  };

  const notifyApplied = (change: BulkChangeRecord, unchanged: number) => {
    const id = `bulk-change-${change.id}`;
    notifications.show({
      id,
      title: t('notify.doneTitle'),
      color: 'teal',
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">
            {t('bulk.done', { change: describeChange(change), users: t('bulk.users', { count: formatNumber(change.userCount) }) })}
            {unchanged > 0 ? ` ${t('bulk.done.unchanged', { count: formatNumber(unchanged) })}` : ''}
          </Text>
          {/* Never squeezed by a long message: the whole word Undo stays readable. */}
          <Button
            size="xs"
            variant="light"
            style={{ flexShrink: 0 }}
            aria-label={t('bulk.undo.label', { change: describeChange(change) })}
            onClick={() => {
              notifications.hide(id);
              void undo(change);
            }}
          >
            {t('bulk.undo')}
          </Button>
        </Group>
      ),
    });
  };

  /** Applies a change to the selection; true when it was applied (or needed by nobody). */
  const apply = async (ids: number[], change: BulkChange, groupName = ''): Promise<boolean> => {
    if (change.action === 'delete') {
      const ok = await confirm({
        title: t('bulk.confirm.deleteTitle', { count: formatNumber(ids.length) }),
        message: t('bulk.confirm.deleteMessage'),
        confirmLabel: t('common.delete'),
        danger: true,
      });
      if (!ok) return false;
    } else if (ids.length > LARGE_SELECTION) {
      const ok = await confirm({
        title: t('bulk.confirm.largeTitle', { count: formatNumber(ids.length) }),
        message: t('bulk.confirm.largeMessage', { request: describeRequest(change, groupName, ids.length) }),
        confirmLabel: t('bulk.confirm.apply'),
      });
      if (!ok) return false;
    }
    const result = await track(t('bulk.progress.apply'), describeRequest(change, groupName, ids.length), ids.length, () =>
      api.bulk.apply({ ids, change }),
    );
    if (!result.ok) {
      notifyError(result.error);
      return false;
    }
    const { change: recorded, selected } = result.value;
    if (recorded === null) {
      notifyDone(t(change.action === 'expirePassword' || change.action === 'expirePin' ? 'bulk.done.nothingExpire' : 'bulk.done.nothing'));
      return true;
    }
    dataChanged();
    notifyApplied(recorded, selected - recorded.userCount);
    return true;
  };

  return { apply, undo, progress };
}
