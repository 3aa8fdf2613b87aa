import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { RosterError } from '@shared/result';

/** The bytes read at a time: large enough for speed, small enough that progress and cancel stay prompt. */
const CHUNK_BYTES = 256 * 1024;

/** How much of a file detection and the wizard's first look read. */
export const HEAD_BYTES = 64 * 1024;

export interface SourceFile {
  path: string;
  fileName: string;
  sizeBytes: number;
}

/** The file's name and size, or a refusal that says what is wrong with the path. */
export async function sourceFile(path: string): Promise<SourceFile> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RosterError('IO', code === 'ENOENT' || code === 'ENOTDIR' ? 'import.file.notFound' : 'import.file.unreadable', { path }).causedBy(
      error,
    );
  }
  if (info.isDirectory()) throw new RosterError('IO', 'import.file.notAFile', { path });
  return { path, fileName: basename(path), sizeBytes: info.size };
}

async function openFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    throw new RosterError('IO', 'import.file.unreadable', { path }).causedBy(error);
  }
}

/** The first bytes of the file (all of it when it is small). */
export async function readHead(file: SourceFile, bytes = HEAD_BYTES): Promise<{ head: Buffer; complete: boolean }> {
  const handle = await openFile(file.path);
  try {
    const buffer = Buffer.alloc(Math.min(bytes, file.sizeBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { head: buffer.subarray(0, bytesRead), complete: bytesRead >= file.sizeBytes };
  } catch (error) {
    throw new RosterError('IO', 'import.file.unreadable', { path: file.path }).causedBy(error);
  } finally {
    await handle.close();
  }
}

/** The file's bytes chunk by chunk, never more than one chunk in memory. */
export async function* readChunks(file: SourceFile, chunkBytes = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const handle = await openFile(file.path);
  try {
    for (;;) {
      // A new buffer each time: the decoder may keep a view of the last bytes of a chunk.
      const buffer = Buffer.allocUnsafe(chunkBytes);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, chunkBytes, null));
      } catch (error) {
        throw new RosterError('IO', 'import.file.unreadable', { path: file.path }).causedBy(error);
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
