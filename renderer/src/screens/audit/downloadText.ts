/**
 * Saves text as a file through the browser's download: a Blob behind an <a download>. The same path works
 * in browser mode and in Electron (whose session asks where to save), with no channel of its own.
 */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; revoking later keeps slow starts safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
