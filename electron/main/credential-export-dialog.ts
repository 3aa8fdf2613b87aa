import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { english, translate } from '@shared/i18n/en';
import type { CredentialExportDetails } from '../api/context';

/**
 * The desktop app's own question before plain passwords and PINs are written: a native dialog that the page
 * can neither draw nor answer. Cancel is the default and the answer to Escape.
 */
export function credentialExportDialog(currentWindow: () => BrowserWindow | null): (details: CredentialExportDetails) => Promise<boolean> {
  return async ({ file, folder, users, site }) => {
    const confirm = 0;
    const options: MessageBoxOptions = {
      type: 'warning',
      title: translate(english, 'native.exportCredentials.title'),
      message: translate(english, 'native.exportCredentials.message', { count: users, file }),
      detail: translate(english, 'native.exportCredentials.detail', { site, folder }),
      buttons: [translate(english, 'native.exportCredentials.confirm'), translate(english, 'native.exportCredentials.cancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const window = currentWindow();
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    return response === confirm;
  };
}
