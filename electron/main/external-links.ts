import { shell } from 'electron';

/**
 * The only way a URL leaves the app: a parsed http(s) URL without embedded credentials, handed to the
 * user's browser. Anything else (file:, javascript:, custom handlers such as ms-msdt:) is dropped, since
 * shell.openExternal would otherwise run whatever program is registered for the scheme.
 */
export function openExternalSafely(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  if (url.username !== '' || url.password !== '') return;
  void shell.openExternal(url.href, { activate: true }).catch(() => undefined);
}
