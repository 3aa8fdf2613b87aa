import type { IncomingMessage } from 'node:http';

export type BodyRead =
  | { kind: 'read'; bytes: Buffer }
  /** Over the limit. `drained`: the whole upload was read (and dropped), so an answer reaches the client intact. */
  | { kind: 'tooLarge'; drained: boolean }
  /** The body did not arrive in time. */
  | { kind: 'late' }
  /** The client went away. */
  | { kind: 'gone' };

export interface BodyLimits {
  maxBytes: number;
  /**
   * How much of an oversized upload is read and dropped before answering 413. A server that answers and closes
   * while the client still sends makes the client's kernel see a reset, and the client never reads the answer;
   * reading the rest first avoids that, up to this bound (beyond it the connection is cut).
   */
  drainBytes: number;
  timeoutMs: number;
}

/** Reads a request body within `limits`; never rejects. */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limits.drainBytes) return Promise.resolve({ kind: 'tooLarge', drained: false });

  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const finish = (read: BodyRead) => {
      clearTimeout(timer);
      request.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      resolve(read);
    };
    const timer = setTimeout(() => finish({ kind: 'late' }), limits.timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.drainBytes) return finish({ kind: 'tooLarge', drained: false });
      // Past the limit the bytes are only counted, not kept.
      if (size > limits.maxBytes) chunks = [];
      else chunks.push(chunk);
    };
    const onEnd = () => finish(size > limits.maxBytes ? { kind: 'tooLarge', drained: true } : { kind: 'read', bytes: Buffer.concat(chunks) });
    const onGone = () => finish({ kind: 'gone' });
    request.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}
