import type { WindowBounds } from '../services/prefs/prefs-store';

// The main process's security and window decisions as plain functions over plain values: Electron's objects
// are read by the thin wiring around them (ipc-bridge, web-guards, external-links, window-bounds), so each
// rule is unit-tested here without an Electron runtime.

/**
 * The renderer is served from app://roster/ rather than file://: a fixed origin that IPC senders can be
 * checked against, no access to the rest of the disk through relative URLs, and real response headers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'roster';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of our own pages (a standard custom scheme has an opaque WHATWG origin, so compare parts). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** What main knows of the frame that sent an IPC message. */
export interface SenderFacts {
  /** The sender is our window's web contents (not another window, not a gone one). */
  fromOurWindow: boolean;
  /** The frame is that window's top frame (not a subframe, not another process). */
  topFrame: boolean;
  /** The URL the frame shows now. */
  url: string;
}

/** Only the top frame of our window, showing one of our pages, may call the contract. */
export function isTrustedSender({ fromOurWindow, topFrame, url }: SenderFacts): boolean {
  return fromOurWindow && topFrame && isAppUrl(url);
}

/**
 * The renderer needs no device, location, notification or other browser permission. The single exception
 * is writing text to the clipboard from our own page ("copy the test result for a support ticket").
 */
export function isPermissionGranted(permission: string, origin: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(origin);
}

/**
 * The only URLs that may leave the app for the user's browser: http(s) without embedded credentials. Anything
 * else (file:, javascript:, custom handlers such as ms-msdt:) is dropped, since shell.openExternal would
 * otherwise run whatever program is registered for the scheme. Returns the URL to open, or null.
 */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** A display's usable area. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MIN_VISIBLE = 64;

/**
 * The remembered bounds, but only when a useful part of the window would land on a display that exists
 * now: a laptop taken off its docking station must not open Roster on a screen that is gone.
 */
export function restorableBounds(saved: WindowBounds | undefined, displays: readonly Area[]): WindowBounds | null {
  if (!saved || saved.width < 200 || saved.height < 150) return null;
  const visible = displays.some((display) => overlap(display, saved) >= MIN_VISIBLE * MIN_VISIBLE);
  return visible ? saved : null;
}

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** A Chromium process that ended: the window's renderer, or a helper (GPU, network, utility). */
export interface GoneProcess {
  /** The window this would reload is open (and, for a renderer, it is that window's renderer). */
  windowConcerned: boolean;
  /** Chromium's reason: 'clean-exit', 'crashed', 'killed', 'oom', 'launch-failed', ... */
  reason: string;
}

/**
 * Whether the administrator is offered to reload the window after a process ended (every end is logged). A
 * clean exit is Chromium's own doing (a helper it no longer needs, a window that closes) and costs nothing;
 * any other end may have left the window blank or without its GPU or network service.
 */
export function offersReload({ windowConcerned, reason }: GoneProcess): boolean {
  return windowConcerned && reason !== 'clean-exit';
}
