import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  DuplicateAction,
  DuplicateKeyField,
  ImportDelimiter,
  ImportEncoding,
  ImportInspection,
  ImportOptions,
  ImportPreset,
  ImportPreview,
  ImportProgress,
  ImportSummary,
} from '@shared/channels/import';
import type { ContractError } from '@shared/result';
import { api, onEvent } from '../../api/client';
import { sameColumns } from './mapping';
import type { Mapping } from './mapping';

export const STEPS = ['file', 'mapping', 'checks', 'run', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** How to read the file; null means "as detected". */
export interface ReadingChoice {
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  hasHeader: boolean | null;
  preset: ImportPreset;
}

const DETECT: ReadingChoice = { encoding: null, delimiter: null, hasHeader: null, preset: 'generic' };

/** A long request's state: idle, running (with progress when main sends some), or ended with an error. */
export type Job<T> =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress | null; cancelling: boolean }
  | { state: 'done'; value: T }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ContractError };

/**
 * The wizard's state and the requests behind each step. Every answer is checked against the request that
 * is current when it arrives: a slow answer for an older file or older options never overwrites a newer one.
 */
export function useImportWizard() {
  const [step, setStep] = useState<Step>('file');
  const [path, setPath] = useState('');
  const [reading, setReading] = useState<ReadingChoice>(DETECT);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [inspectError, setInspectError] = useState<ContractError | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [match, setMatch] = useState<DuplicateKeyField[]>(['username']);
  const [action, setAction] = useState<DuplicateAction>('skip');
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [createGroups, setCreateGroups] = useState(true);
  const [check, setCheck] = useState<Job<ImportPreview>>({ state: 'idle' });
  const [run, setRun] = useState<Job<ImportSummary>>({ state: 'idle' });
  const inspectSeq = useRef(0);
  const checkSeq = useRef(0);
  const inspectedPath = useRef('');
  /** The columns (and format) the current mapping was made for. */
  const mappedColumns = useRef<{ columns: ImportInspection['columns']; preset: ImportPreset } | undefined>(undefined);

  const inspect = useCallback(async (filePath: string, choice: ReadingChoice) => {
    const seq = ++inspectSeq.current;
    setInspecting(true);
    const result = await api.import.inspect({ path: filePath, ...choice });
    if (seq !== inspectSeq.current) return;
    setInspecting(false);
    // Any re-read makes an earlier check stale.
    checkSeq.current++;
    setCheck({ state: 'idle' });
    if (!result.ok) {
      // The last good reading stays, so its detected values still label the options being changed back.
      setInspectError(result.error);
      return;
    }
    setInspectError(null);
    // A choice made for these very columns survives a re-read (another encoding, say); new columns, or
    // another format (whose column names mean other fields), start from the mapping Roster suggests.
    const mappedFor = mappedColumns.current;
    if (!mappedFor || mappedFor.preset !== choice.preset || !sameColumns(mappedFor.columns, result.value.columns)) {
      setMapping(result.value.suggestedMapping);
    }
    mappedColumns.current = { columns: result.value.columns, preset: choice.preset };
    setInspection(result.value);
  }, []);

  /** Reads the file at `filePath` (typed, chosen or dropped) with the current reading choices. */
  const readFile = useCallback(
    (filePath: string) => {
      const trimmed = filePath.trim();
      setPath(trimmed);
      if (!trimmed) return;
      setStep('file');
      // Another file: nothing of the previous one may label this one's options while it is read.
      if (trimmed !== inspectedPath.current) setInspection(null);
      inspectedPath.current = trimmed;
      void inspect(trimmed, reading);
    },
    [inspect, reading],
  );

  /** Overrides one reading choice; the file is read again at once and the preview follows. */
  const changeReading = useCallback(
    (change: Partial<ReadingChoice>) => {
      const next = { ...reading, ...change };
      setReading(next);
      if (path) void inspect(path, next);
    },
    [inspect, path, reading],
  );

  const invalidateCheck = () => {
    checkSeq.current++;
    setCheck({ state: 'idle' });
  };

  /** The file as last read successfully with the current choices; null while it cannot be read. */
  const readable = inspectError === null && !inspecting ? inspection : null;

  const options = useCallback((): ImportOptions | null => {
    if (!inspection || inspectError) return null;
    return {
      // What the administrator saw is what is imported: the detected values are sent as chosen.
      reading: { path, encoding: inspection.encoding, delimiter: inspection.delimiter, hasHeader: inspection.hasHeader, preset: reading.preset },
      mapping,
      duplicates: { match, action },
      includeCredentials,
      createGroups,
    };
  }, [action, createGroups, includeCredentials, inspection, inspectError, mapping, match, path, reading.preset]);

  /** Reads and checks every row without writing (import.preview), with progress and cancel. */
  const runCheck = useCallback(async () => {
    const input = options();
    if (!input) return;
    const seq = ++checkSeq.current;
    setCheck({ state: 'running', progress: null, cancelling: false });
    const stop = onEvent('import.progress', (progress) => {
      if (seq === checkSeq.current) setCheck((c) => (c.state === 'running' ? { ...c, progress } : c));
    });
    const result = await api.import.preview(input);
    stop();
    if (seq !== checkSeq.current) return;
    if (result.ok) setCheck({ state: 'done', value: result.value });
    else if (result.error.code === 'CANCELLED') setCheck({ state: 'cancelled' });
    else setCheck({ state: 'failed', error: result.error });
  }, [options]);

  /** Writes the import (import.run): the run step shows its progress, then the summary. */
  const runImport = useCallback(async () => {
    const input = options();
    if (!input) return;
    setStep('run');
    setRun({ state: 'running', progress: null, cancelling: false });
    const stop = onEvent('import.progress', (progress) => setRun((r) => (r.state === 'running' ? { ...r, progress } : r)));
    const result = await api.import.run(input);
    stop();
    if (result.ok) {
      setRun({ state: 'done', value: result.value });
      setStep('summary');
    } else if (result.error.code === 'CANCELLED') {
      setRun({ state: 'cancelled' });
    } else {
      setRun({ state: 'failed', error: result.error });
    }
  }, [options]);

  /** Asks main to stop the running check or import; the request itself then answers CANCELLED. */
  const cancelRunning = useCallback(async () => {
    setCheck((c) => (c.state === 'running' ? { ...c, cancelling: true } : c));
    setRun((r) => (r.state === 'running' ? { ...r, cancelling: true } : r));
    await api.import.cancel();
  }, []);

  // Leaving the wizard while a check runs stops it: nobody would see its answer.
  const checkRunning = check.state === 'running';
  const checkRunningRef = useRef(checkRunning);
  useEffect(() => {
    checkRunningRef.current = checkRunning;
  }, [checkRunning]);
  useEffect(
    () => () => {
      if (checkRunningRef.current) void api.import.cancel();
    },
    [],
  );

  const startOver = useCallback(() => {
    inspectSeq.current++;
    checkSeq.current++;
    setStep('file');
    setPath('');
    setReading(DETECT);
    setInspection(null);
    setInspectError(null);
    setInspecting(false);
    setMapping([]);
    mappedColumns.current = undefined;
    inspectedPath.current = '';
    setMatch(['username']);
    setAction('skip');
    setIncludeCredentials(false);
    setCreateGroups(true);
    setCheck({ state: 'idle' });
    setRun({ state: 'idle' });
  }, []);

  return {
    step,
    setStep,
    path,
    setPath,
    reading,
    inspection,
    readable,
    inspecting,
    inspectError,
    readFile,
    changeReading,
    mapping,
    setMapping: (next: Mapping) => {
      setMapping(next);
      invalidateCheck();
    },
    match,
    setMatch: (next: DuplicateKeyField[]) => {
      setMatch(next);
      invalidateCheck();
    },
    action,
    setAction: (next: DuplicateAction) => {
      setAction(next);
      invalidateCheck();
    },
    includeCredentials,
    setIncludeCredentials: (next: boolean) => {
      setIncludeCredentials(next);
      invalidateCheck();
    },
    createGroups,
    setCreateGroups: (next: boolean) => {
      setCreateGroups(next);
      invalidateCheck();
    },
    check,
    runCheck,
    run,
    setRun,
    runImport,
    cancelRunning,
    startOver,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
