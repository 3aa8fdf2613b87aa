import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { t } from '../i18n';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

export interface PathPromptOptions {
  title: string;
  initialPath: string;
  submitLabel: string;
  /** The field's label and hint; a site file's by default. */
  label?: string;
  hint?: string;
}

interface Dialogs {
  /** Resolves true when the administrator confirms, false otherwise (cancel, Escape, close). */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** Asks for a file path (browser mode, where no native file dialog exists); null when cancelled. */
  promptPath(options: PathPromptOptions): Promise<string | null>;
}

const DialogsContext = createContext<Dialogs | null>(null);

/** Above Mantine's modals (200), below its popovers (300) and notifications (400). */
const QUESTION_Z_INDEX = 250;

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs outside DialogsProvider');
  return dialogs;
}

/**
 * An item of a menu is gone once the menu closes, so a dialog it opens would give the focus back to nothing
 * when it closes. When an item is chosen, the focus therefore moves first to the button that opened the menu
 * (the outermost one, for a submenu), before the item's own handler runs and a dialog records where the focus
 * was. Items that open a submenu, and disabled ones, are left alone.
 */
function useMenuChoiceFocusesMenuButton(): void {
  useEffect(() => {
    const handOver = (event: MouseEvent) => {
      const item = event.target instanceof Element ? event.target.closest('[role="menuitem"]') : null;
      if (!item || item.hasAttribute('data-sub-menu-item') || item.hasAttribute('data-disabled')) return;
      let trigger: HTMLElement | null = null;
      for (let menu = item.closest('[role="menu"]'); menu; menu = trigger?.closest('[role="menu"]') ?? null) {
        const id = menu.getAttribute('aria-labelledby');
        trigger = id ? document.getElementById(id) : null;
      }
      trigger?.focus({ preventScroll: true });
    };
    // Capture: before React's own listener runs the item's onClick.
    document.addEventListener('click', handOver, true);
    return () => document.removeEventListener('click', handOver, true);
  }, []);
}

/**
 * For a dialog rendered only while it is shown (`<Modal opened>` mounted and unmounted by its parent): puts the
 * focus back on the control that had it when the dialog opened, once the dialog is gone, whether by Cancel,
 * Escape, its close button or its own action. Mantine does this only for a Modal whose `opened` turns false.
 */
export function useReturnFocusWhenGone(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // After the dialog's own focus handling has let go; not when React only remounts it (StrictMode).
      window.setTimeout(() => {
        if (!mounted.current && opener?.isConnected) opener.focus({ preventScroll: true });
      }, 0);
    };
  }, [opener]);
}

type Pending<O, R> = { options: O; resolve: (value: R) => void } | null;

export function DialogsProvider({ children }: { children: ReactNode }) {
  const [confirmState, setConfirmState] = useState<Pending<ConfirmOptions, boolean>>(null);
  const [pathState, setPathState] = useState<Pending<PathPromptOptions, string | null>>(null);
  // What the dialogs show: kept after closing, so a dialog keeps its texts while it fades out.
  const [confirmShown, setConfirmShown] = useState<ConfirmOptions | null>(null);
  const [pathShown, setPathShown] = useState<PathPromptOptions | null>(null);
  const [path, setPath] = useState('');
  useMenuChoiceFocusesMenuButton();

  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setConfirmShown(options);
        setConfirmState({ options, resolve });
      }),
    [],
  );
  const promptPath = useCallback(
    (options: PathPromptOptions) =>
      new Promise<string | null>((resolve) => {
        setPath(options.initialPath);
        setPathShown(options);
        setPathState({ options, resolve });
      }),
    [],
  );
  const value = useMemo<Dialogs>(() => ({ confirm, promptPath }), [confirm, promptPath]);

  const closeConfirm = (answer: boolean) => {
    confirmState?.resolve(answer);
    setConfirmState(null);
  };
  const closePath = (answer: string | null) => {
    pathState?.resolve(answer);
    setPathState(null);
  };

  return (
    <DialogsContext.Provider value={value}>
      {children}
      {/* Asked from other dialogs too (an export's credentials, a file to replace): always on top of them. */}
      <Modal opened={confirmState !== null} onClose={() => closeConfirm(false)} title={confirmShown?.title} centered zIndex={QUESTION_Z_INDEX}>
        <Stack>
          <Text size="sm">{confirmShown?.message}</Text>
          <Group justify="flex-end">
            {/* A destructive action never has the focus: Enter must not delete or discard by accident. */}
            <Button variant="default" onClick={() => closeConfirm(false)} data-autofocus={confirmShown?.danger ? true : undefined}>
              {confirmShown?.cancelLabel ?? t('common.cancel')}
            </Button>
            <Button
              color={confirmShown?.danger ? 'red' : undefined}
              onClick={() => closeConfirm(true)}
              data-autofocus={confirmShown?.danger ? undefined : true}
            >
              {confirmShown?.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={pathState !== null} onClose={() => closePath(null)} title={pathShown?.title} centered size="lg" zIndex={QUESTION_Z_INDEX}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim()) closePath(path.trim());
          }}
        >
          <Stack>
            <TextInput
              label={pathShown?.label ?? t('site.path.label')}
              description={pathShown?.hint ?? t('site.path.hint')}
              value={path}
              onChange={(event) => setPath(event.currentTarget.value)}
              data-autofocus
              spellCheck={false}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => closePath(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!path.trim()}>
                {pathShown?.submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </DialogsContext.Provider>
  );
}
