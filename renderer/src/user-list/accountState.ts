import type { UserRow } from '@shared/domain';
import { formatDateTime, t } from '../i18n';

/** A lock "until unlocked" is stored as the far end of time (migration 011). */
const INDEFINITE_FROM = '9999-';

/** The State column: what the account is now, the strongest first (deleted, phantom, locked, disabled). */
export function accountStateText(row: Pick<UserRow, 'deletedAt' | 'phantom' | 'lockedUntil' | 'enabled'>, now = new Date()): string {
  if (row.deletedAt) return t('users.accountState.deleted');
  if (row.phantom) return t('users.accountState.phantom');
  if (row.lockedUntil && row.lockedUntil > now.toISOString()) {
    return row.lockedUntil.startsWith(INDEFINITE_FROM)
      ? t('users.accountState.lockedIndefinitely')
      : t('users.accountState.locked', { until: formatDateTime(row.lockedUntil, { dateStyle: 'medium', timeStyle: 'short' }) });
  }
  return row.enabled ? t('users.accountState.enabled') : t('users.accountState.disabled');
}

/** The Created column: the day, as the workstation's locale writes it. */
export function createdText(createdAt: string): string {
  return formatDateTime(createdAt, { dateStyle: 'medium' });
}
