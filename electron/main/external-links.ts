import { shell } from 'electron';
import { externalUrl } from './main-decisions';

/** The only way a URL leaves the app: handed to the user's browser when externalUrl allows it. */
export function openExternalSafely(raw: string): void {
  const url = externalUrl(raw);
  if (url === null) return;
  void shell.openExternal(url, { activate: true }).catch(() => undefined);
}
