import { useEffect, useRef } from 'react';

export interface WizardKeys {
  next(): void;
  back(): void;
  escape(): void;
}

/** Elements that give Enter a meaning of their own (type, choose, press), so Enter must not also mean Next. */
const OWNS_ENTER =
  'textarea, select, button, a[href], [contenteditable="true"], [role="combobox"], [role="option"], input:not([type="checkbox"]):not([type="radio"])';

/**
 * Something floating is open (a dialog, a menu, a list of options): Escape and Enter belong to it. Selects
 * keep their closed option lists in the page, hidden, so only visible ones count.
 */
function overlayOpen(): boolean {
  return Array.from(document.querySelectorAll('[role="dialog"], [role="menu"], [role="listbox"]')).some((element) => element.checkVisibility());
}

/**
 * The wizard's keys: Alt+N (or Enter where Enter means nothing else) goes on, Alt+B goes back, Escape
 * cancels. Registered once; calls the handlers of the latest render.
 */
export function useWizardKeys(keys: WizardKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const key = event.key.toLowerCase();
      if (event.altKey && (event.code === 'KeyN' || key === 'n')) {
        event.preventDefault();
        latest.current.next();
      } else if (event.altKey && (event.code === 'KeyB' || key === 'b')) {
        event.preventDefault();
        latest.current.back();
      } else if (!event.altKey && key === 'enter' && !overlayOpen() && !target?.closest(OWNS_ENTER)) {
        event.preventDefault();
        latest.current.next();
      } else if (!event.altKey && key === 'escape' && !overlayOpen()) {
        event.preventDefault();
        latest.current.escape();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
