import type { ContractError, Result } from '@shared/result';
import { useCallback } from 'react';
import { api } from './client';
import { notifyError } from '../app/notify';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { useDialogs } from '../components/Dialogs';

/** Where to write a file main produces, and whether the administrator already agreed to replace it. */
export interface SaveTarget {
  path: string;
  overwrite: boolean;
}

/** `<folder>/<name>` with the folder's own separator (Windows paths use backslashes). */
export function pathIn(folder: string, name: string): string {
  if (!folder) return name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

const isExistsRefusal = (error: ContractError) => error.code === 'CONFLICT' && error.message === 'file.exists';

/**
 * Files main writes for the administrator (exports, error reports, site copies): the native save dialog in Electron
 * (which asks before replacing a file), a typed path in browser mode; a refusal because the typed file
 * exists is turned into the question "Replace?" and the write is tried again.
 */
export function useSaveFile() {
  const { info } = useSession();
  const { promptPath, confirm } = useDialogs();

  const choose = useCallback(
    async (purpose: 'export' | 'errorReport', suggestedName: string, title: string): Promise<SaveTarget | null> => {
      const picked = await api.export.pickPath({ suggestedName, purpose });
      if (picked.ok) return picked.value.path ? { path: picked.value.path, overwrite: true } : null;
      if (picked.error.code !== 'UNSUPPORTED') {
        notifyError(picked.error);
        return null;
      }
      const path = await promptPath({
        title,
        initialPath: pathIn(info?.sitesFolder ?? '', suggestedName),
        submitLabel: t('common.save'),
        label: t('export.path'),
        hint: t('export.path.hint'),
      });
      return path ? { path, overwrite: false } : null;
    },
    [info, promptPath],
  );

  const writeReplacing = useCallback(
    async <T>(target: SaveTarget, write: (target: SaveTarget) => Promise<Result<T>>): Promise<Result<T> | null> => {
      const first = await write(target);
      if (first.ok || !isExistsRefusal(first.error) || target.overwrite) return first;
      const replace = await confirm({
        title: t('export.replace.title'),
        message: t('export.replace.message', { file: String(first.error.params?.file ?? target.path) }),
        confirmLabel: t('export.replace.confirm'),
        danger: true,
      });
      return replace ? write({ ...target, overwrite: true }) : null;
    },
    [confirm],
  );

  return { choose, writeReplacing };
}
