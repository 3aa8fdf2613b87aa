/**
 * Rows as one block of bytes (each row's JSON, one after the other) and where each starts. The CUCM import's
 * lists cross between threads like this: an ArrayBuffer moves from one thread to another without a copy,
 * where 40,000 objects would be cloned and rebuilt on main for some 200 ms. Main decodes only the rows it
 * hands out (a page of a preview list).
 */
export interface PackedRows<T> {
  count: number;
  bytes: Uint8Array;
  /** Where row i starts in bytes; offsets[count] is the end of the last row. */
  offsets: Uint32Array;
  /** Only a type: what the rows are. */
  readonly _row?: T;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packRows<T>(rows: readonly T[]): PackedRows<T> {
  const parts = rows.map((row) => encoder.encode(JSON.stringify(row)));
  const offsets = new Uint32Array(rows.length + 1);
  let size = 0;
  parts.forEach((part, index) => {
    offsets[index] = size;
    size += part.length;
  });
  offsets[rows.length] = size;
  const bytes = new Uint8Array(size);
  parts.forEach((part, index) => bytes.set(part, offsets[index]));
  return { count: rows.length, bytes, offsets };
}

/** Rows from..to (exclusive) decoded. */
export function unpackRows<T>(packed: PackedRows<T>, from = 0, to = packed.count): T[] {
  const rows: T[] = [];
  const end = Math.min(to, packed.count);
  for (let index = Math.max(0, from); index < end; index++) {
    rows.push(JSON.parse(decoder.decode(packed.bytes.subarray(packed.offsets[index], packed.offsets[index + 1]))) as T);
  }
  return rows;
}

/** The buffers to hand over (transfer) with a message, so that they move rather than being copied. */
export function transferablesOf(...packed: PackedRows<unknown>[]): ArrayBuffer[] {
  return packed.flatMap((rows) => [rows.bytes.buffer as ArrayBuffer, rows.offsets.buffer as ArrayBuffer]);
}
