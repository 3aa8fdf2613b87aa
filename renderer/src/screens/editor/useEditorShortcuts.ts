import { useEffect, useRef } from 'react';

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
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (event.shiftKey) latest.current.saveAndNew();
        else latest.current.save();
        return;
      }
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return;
      if (target?.getAttribute('aria-expanded') === 'true') return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      latest.current.cancel();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
