import { notifications } from '@mantine/notifications';
import type { ContractError } from '@shared/result';
import { errorText, t } from '../i18n';

/** A short confirmation of something done. */
export function notifyDone(message: string): void {
  notifications.show({ title: t('notify.doneTitle'), message, color: 'teal', autoClose: 3500 });
}

/** Every refusal is shown with its translated message; field issues go to the fields as well. */
export function notifyError(error: ContractError): void {
  notifications.show({ title: t('notify.errorTitle'), message: errorText(error), color: 'red', autoClose: 8000 });
}
