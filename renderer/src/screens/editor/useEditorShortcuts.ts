import { useEffect, useRef } from 'react';
import { useEscapeOutsidePopups } from '../../forms/useEscapeOutsidePopups';
import { useSaveShortcut } from '../../forms/useSaveShortcut';

interface Handlers {
  save(): void;
  saveAndNew(): void;
  cancel(): void;
}

/**
 * Ctrl+S (Cmd+S) saves, Ctrl+Shift+S saves and starts a new user, Escape cancels. They work from inside
 * inputs; Escape is left to an open dropdown, dialog or hint, which closes itself first.
 */
export function useEditorShortcuts(handlers: Handlers): void {
  useSaveShortcut(handlers.save, handlers.saveAndNew);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEscapeOutsidePopups(() => latest.current.cancel());
}
