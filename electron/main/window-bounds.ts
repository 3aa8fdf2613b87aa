import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import type { WindowBounds } from '../services/prefs/prefs-store';
import { restorableBounds as restorableOn } from './main-decisions';

export type { WindowBounds };

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const SAVE_DELAY_MS = 500;

/** The remembered bounds when they land on a display that exists now (the rule: main-decisions.ts). */
export function restorableBounds(saved: WindowBounds | undefined): WindowBounds | null {
  return restorableOn(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

/** Saves the window's normal (unmaximised) bounds after moves and resizes settle, and once more on close. */
export function trackBounds(window: BrowserWindow, save: (bounds: WindowBounds) => void): void {
  let timer: NodeJS.Timeout | null = null;
  const snapshot = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(snapshot, SAVE_DELAY_MS);
  };
  window.on('move', later);
  window.on('resize', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    snapshot();
  });
}
