import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { openExternalSafely } from './external-links';

/**
 * Guards applied to every web contents the app ever creates (wired from app 'web-contents-created', so a
 * contents created later cannot escape them): no navigation away from app://roster, no new windows, no
 * <webview>. External links go to the user's browser through the vetted opener.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/**
 * The renderer needs no device, location, notification or other browser permission; all are refused.
 * The single exception is writing text to the clipboard from our own page ("copy the test result for a
 * support ticket"); reading the clipboard stays refused.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin);
  });
}
