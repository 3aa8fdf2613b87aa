import { useEffect, useRef } from 'react';

/**
 * Ctrl+S (Cmd+S) saves the form, also from inside an input, instead of the browser's "save page".
 * With `saveAndNew`, Ctrl+Shift+S runs it; without, that combination is left to the browser.
 */
export function useSaveShortcut(save: () => void, saveAndNew?: () => void): void {
  // The listener is added once; it calls the handlers of the latest render.
  const latest = useRef({ save, saveAndNew });
  useEffect(() => {
    latest.current = { save, saveAndNew };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      const handler = event.shiftKey ? latest.current.saveAndNew : latest.current.save;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
