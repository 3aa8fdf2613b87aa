import type { CucmImportProgress, CucmImportResult, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import type { CucmImportSettings, CucmRemovalChoice, CucmSharedNumbers } from '@shared/rules/cucm-import-rules';
import type { ContractError } from '@shared/result';
import { useEffect, useRef, useState } from 'react';
import { api, onEvent } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { t } from '../../i18n';

export type PreviewState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: CucmImportProgress | null; cancelling: boolean }
  | { phase: 'ready'; summary: CucmPreviewSummary; settings: string; applying: boolean }
  /** The read or compare refused: no preview, nothing changed; `progress` is where it stopped. */
  | { phase: 'failed'; error: ContractError; progress: CucmImportProgress | null }
  | { phase: 'applied'; result: CucmImportResult; undone: boolean; undoing: boolean };

/**
 * The preview, apply and undo of the CUCM import: main reads and compares (progress by 'cucm.progress'),
 * keeps the preview, and applies it by its id. `settings` is what the preview ran with, so the screen can
 * tell when the filters on it have changed since.
 */
export function useCucmPreview() {
  const { dataChanged } = useSession();
  const [state, setState] = useState<PreviewState>({ phase: 'idle' });
  const running = useRef(false);
  const lastProgress = useRef<CucmImportProgress | null>(null);

  useEffect(
    () =>
      onEvent('cucm.progress', (progress) => {
        lastProgress.current = progress;
        setState((current) => (current.phase === 'running' ? { ...current, progress } : current));
      }),
    [],
  );

  const preview = async (settings: CucmImportSettings) => {
    if (running.current) return;
    running.current = true;
    lastProgress.current = null;
    setState({ phase: 'running', progress: null, cancelling: false });
    const result = await api.cucm.preview({ settings });
    running.current = false;
    if (result.ok) {
      setState({ phase: 'ready', summary: result.value, settings: JSON.stringify(settings), applying: false });
      return;
    }
    if (result.error.code === 'CANCELLED') {
      setState({ phase: 'idle' });
      notifyDone(t('cucm.error.cancelled'));
      return;
    }
    // Shown on the screen (not only as a passing notification): which step stopped, why, and what to try.
    setState({ phase: 'failed', error: result.error, progress: lastProgress.current });
  };

  const cancel = () => {
    setState((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
    void api.cucm.cancel();
  };

  /** Refused over the threshold without the typed count: the preview stays, and the refusal goes back to the dialog. */
  const apply = async (removal: CucmRemovalChoice, sharedNumbers: CucmSharedNumbers): Promise<ContractError | null> => {
    if (state.phase !== 'ready' || state.applying) return null;
    const { summary } = state;
    setState({ ...state, applying: true });
    const result = await api.cucm.apply({ previewId: summary.previewId, removal, sharedNumbers });
    if (!result.ok && result.error.issues?.length) {
      setState({ ...state, applying: false });
      return result.error;
    }
    if (!result.ok) {
      // Refused (a stale preview is dropped by main): preview again.
      setState({ phase: 'idle' });
      notifyError(result.error);
      return null;
    }
    setState({ phase: 'applied', result: result.value, undone: false, undoing: false });
    dataChanged();
    return null;
  };

  const undo = async () => {
    if (state.phase !== 'applied' || state.undone) return;
    setState({ ...state, undoing: true });
    const result = await api.import.undo({ id: state.result.record.id });
    if (!result.ok) {
      setState({ ...state, undoing: false });
      notifyError(result.error);
      return;
    }
    setState({ ...state, undone: true, undoing: false });
    notifyDone(t('cucmImport.undone'));
    dataChanged();
  };

  return { state, preview, cancel, apply, undo };
}
