import { notifications } from '@mantine/notifications';
import type { ContractError } from '@shared/result';
import { errorText, t } from '../i18n';

/** A short confirmation of something done. */
export function notifyDone(message: string): void {
  notifications.show({ title: t('notify.doneTitle'), message, color: 'teal', autoClose: 3500 });
}

/**
 * Every refusal is shown with its translated message. A refusal of fields is explained at the fields, so
 * the notification only says where to look instead of repeating a vague summary.
 */
export function notifyError(error: ContractError): void {
  const message = error.issues?.length ? t('notify.fixMarkedFields', { count: error.issues.length }) : errorText(error);
  notifications.show({ title: t('notify.errorTitle'), message, color: 'red', autoClose: 8000 });
}
