import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl, isPermissionGranted, isTrustedSender, offersReload, restorableBounds } from '../../../electron/main/main-decisions';

describe('the main process decides', () => {
  it('which pages are ours: app://roster only, whatever the path, never a look-alike', () => {
    expect(isAppUrl('app://roster/index.html')).toBe(true);
    expect(isAppUrl('app://roster/assets/x.js?y#z')).toBe(true);
    for (const url of ['app://roster.evil/index.html', 'app://evil/roster', 'file:///app/roster/index.html', 'https://roster/', 'not a url', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('who may call the contract: the top frame of our window showing our page, nobody else', () => {
    const ours = { fromOurWindow: true, topFrame: true, url: 'app://roster/index.html' };
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, topFrame: false })).toBe(false);
    // The frame navigated away (an injected link, a redirect that slipped through).
    expect(isTrustedSender({ ...ours, url: 'https://attacker.example/' })).toBe(false);
  });

  it('which permission a page gets: writing the clipboard from our page, nothing else', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://roster/')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://attacker.example')).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      expect(isPermissionGranted(permission, 'app://roster/'), permission).toBe(false);
    }
  });

  it('which links leave for the browser: http(s) without credentials', () => {
    expect(externalUrl('https://www.cisco.com/c/en/us/support/')).toBe('https://www.cisco.com/c/en/us/support/');
    expect(externalUrl('http://example.com')).toBe('http://example.com/');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://host/share',
      'https://user:pw@example.com/',
      'nonsense',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });

  it('where the window reopens: where it was, unless that display is gone or the size is useless', () => {
    const laptop = { x: 0, y: 0, width: 1440, height: 900 };
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restorableBounds(saved, [laptop])).toEqual(saved);
    // It was on the docking station's second screen, now unplugged.
    expect(restorableBounds({ ...saved, x: 2000 }, [laptop])).toBeNull();
    // Mostly off screen but a useful corner visible: kept.
    expect(restorableBounds({ ...saved, x: 1300, y: 800 }, [laptop])).toEqual({ ...saved, x: 1300, y: 800 });
    expect(restorableBounds({ ...saved, width: 120 }, [laptop])).toBeNull();
    expect(restorableBounds(undefined, [laptop])).toBeNull();
  });

  it('when a reload is offered after a process ended: a crash, kill or out-of-memory of our window, not a clean exit', () => {
    expect(offersReload({ windowConcerned: true, reason: 'crashed' })).toBe(true);
    expect(offersReload({ windowConcerned: true, reason: 'oom' })).toBe(true);
    expect(offersReload({ windowConcerned: true, reason: 'killed' })).toBe(true);
    expect(offersReload({ windowConcerned: true, reason: 'clean-exit' })).toBe(false);
    // Another window's renderer, or no window open: logged, nothing to reload.
    expect(offersReload({ windowConcerned: false, reason: 'crashed' })).toBe(false);
  });
});
