import { useEffect, useRef } from 'react';
import { useSaveShortcut } from '../../forms/useSaveShortcut';

interface Handlers {
  save(): void;
  saveAndNew(): void;
  cancel(): void;
}

/**
 * Ctrl+S (Cmd+S) saves, Ctrl+Shift+S saves and starts a new user, Escape cancels. They work from inside
 * inputs; Escape is left to an open dropdown or dialog, which closes itself first.
 */
export function useEditorShortcuts(handlers: Handlers): void {
  useSaveShortcut(handlers.save, handlers.saveAndNew);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    // Whether Escape was pressed in an open dropdown or dialog, judged before any handler runs: by the time
    // the event bubbles up to the document, the dropdown has already closed itself (React renders in between).
    let escapeInPopup = false;
    const onKeyDownCapture = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      escapeInPopup =
        Boolean(target?.closest('[role="dialog"], [role="listbox"], [role="menu"]')) ||
        target?.getAttribute('aria-expanded') === 'true' ||
        document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeInPopup) return;
      latest.current.cancel();
    };
    document.addEventListener('keydown', onKeyDownCapture, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDownCapture, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
