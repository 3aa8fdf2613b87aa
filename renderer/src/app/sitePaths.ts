import { SITE_EXTENSION } from '@shared/domain';

/** `<folder>/<name>.roster`, with the folder's own separator (Windows paths use backslashes). */
export function suggestedSitePath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const base = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  // Characters that no file system accepts in a name are replaced, so the suggestion is always usable.
  const safeName = name.replace(/[\\/:*?"<>|]/g, '-').trim();
  return safeName ? `${base}${safeName}${SITE_EXTENSION}` : base;
}
