import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { formatNumber, t } from '../i18n';

/**
 * Says how many users are selected as that changes, politely, for a screen reader: the bulk bar that shows
 * the count appears with the first selection and goes with the last, so it cannot announce either.
 */
export function SelectionAnnouncer({ count }: { count: number }) {
  const [said, setSaid] = useState({ count, text: '' });
  if (said.count !== count) {
    setSaid({ count, text: count > 0 ? t('userList.selectionStatus', { count: formatNumber(count) }) : t('userList.selectionCleared') });
  }
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {said.text}
    </VisuallyHidden>
  );
}
