import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** The built renderer's file types; anything else is served as opaque bytes (and nosniff stops guessing). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string }
  /** The path tries to leave the renderer folder (or cannot be decoded): refused, never fallen back. */
  | { kind: 'refused' }
  | { kind: 'missing' };

/**
 * Maps a request path (still percent-encoded, as it came off the wire) to a file inside `rendererDir`.
 * Any `..` segment, raw or encoded, a backslash or a NUL is refused outright rather than normalised away,
 * so that a traversal attempt is visible as a refusal and not silently turned into another file. Paths
 * without a file extension fall back to index.html (the renderer routes on the client).
 */
export async function findStaticFile(rendererDir: string, rawPath: string): Promise<StaticLookup> {
  const root = resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'refused' };

  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const file = resolve(root, relative);
  // Belt and braces: whatever the segments said, the resolved file must sit inside the renderer folder.
  if (file !== root && !file.startsWith(root + sep)) return { kind: 'refused' };

  if (await isFile(file)) return { kind: 'file', file };
  if (extname(relative) === '') {
    const index = resolve(root, 'index.html');
    if (await isFile(index)) return { kind: 'file', file: index };
  }
  return { kind: 'missing' };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
