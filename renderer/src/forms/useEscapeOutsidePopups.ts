import { useEffect, useRef } from 'react';

/**
 * Escape for a whole screen (leave the editor, clear the list's selection), but not an Escape that belongs to
 * a popup: an open menu, dropdown or dialog closes itself with Escape, a showing hint (tooltip) is dismissed
 * by it (WCAG 1.4.13), and that must not also act on the screen below (closing the bulk bar's Account menu
 * must not drop the selection the menu acts on).
 * Whether Escape was pressed in a popup is judged before any handler runs: by the time the event bubbles up
 * to the document, the popup has already closed itself (React renders in between).
 */
export function useEscapeOutsidePopups(onEscape: (event: KeyboardEvent) => void): void {
  // The listeners are added once; they call the handler of the latest render.
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });

  useEffect(() => {
    let escapeInPopup = false;
    const onKeyDownCapture = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // The hint of the focused control, not one still fading out elsewhere.
      const hints = (target?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      escapeInPopup =
        Boolean(target?.closest('[role="dialog"], [role="listbox"], [role="menu"]')) ||
        target?.getAttribute('aria-expanded') === 'true' ||
        hints.some((id) => document.getElementById(id)?.getAttribute('role') === 'tooltip') ||
        document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeInPopup) return;
      latest.current(event);
    };
    document.addEventListener('keydown', onKeyDownCapture, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDownCapture, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
