import type { Session, WebContents } from 'electron';
import { isAppUrl, isPermissionGranted } from './main-decisions';
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

/** Every permission request and check goes through isPermissionGranted (all refused but one). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionGranted(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return isPermissionGranted(permission, requestingOrigin);
  });
}
