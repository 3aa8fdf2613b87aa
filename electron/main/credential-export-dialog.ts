import { dialog } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import type { CredentialExportDetails } from '../api/context';
import { nativeText } from './native-text';

/**
 * The desktop app's own question before plain passwords and PINs are written: a native dialog that the page
 * can neither draw nor answer. Cancel is the default and the answer to Escape.
 */
export function credentialExportDialog(currentWindow: () => BrowserWindow | null): (details: CredentialExportDetails) => Promise<boolean> {
  return async ({ file, folder, users, site }) => {
    const confirm = 0;
    const options: MessageBoxOptions = {
      type: 'warning',
      title: nativeText('native.exportCredentials.title'),
      message: nativeText('native.exportCredentials.message', { count: users, file }),
      detail: nativeText('native.exportCredentials.detail', { site, folder }),
      buttons: [nativeText('native.exportCredentials.confirm'), nativeText('native.exportCredentials.cancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const window = currentWindow();
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    return response === confirm;
  };
}
