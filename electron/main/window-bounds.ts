import { screen } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import type { WindowBounds } from '../services/prefs/prefs-store';

export type { WindowBounds };

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_VISIBLE = 64;
const SAVE_DELAY_MS = 500;

/**
 * The remembered bounds, but only when a useful part of the window would land on a display that exists
 * now: a laptop taken off its docking station must not open Roster on a screen that is gone.
 */
export function restorableBounds(saved: WindowBounds | undefined): WindowBounds | null {
  if (!saved || saved.width < 200 || saved.height < 150) return null;
  const visible = screen.getAllDisplays().some((display) => overlap(display.workArea, saved) >= MIN_VISIBLE * MIN_VISIBLE);
  return visible ? saved : null;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
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
