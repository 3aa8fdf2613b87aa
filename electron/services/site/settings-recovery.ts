import type { z } from 'zod';

/** A stored settings document read over the section's defaults, and what could not be kept of it. */
export interface RecoveredSettings<T> {
  value: T;
  /** Dotted paths of the stored values that no longer validate and were replaced by their defaults (or dropped). */
  resetFields: string[];
  /**
   * Why each field was reset, by its dotted path, for the log: the code and message of the zod issue that
   * refused the stored value. They name the rule, never the value (which may be anything a hand edit put there).
   */
  reasons: Record<string, string>;
  /** The document is not JSON, or not a JSON object: nothing of it could be kept. */
  unreadable: boolean;
  /** With unreadable, why, for the log (without the text, which holds the stored values). */
  unreadableReason?: string;
}

type Json = unknown;
type Path = readonly PropertyKey[];

/** Each round fixes one issue; a document needing more than this many is treated as unreadable. */
const MAX_ROUNDS = 500;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a section as an earlier (or this) version of Roster stored it, keeping every value that still
 * validates: fields added since take their defaults, fields removed since are dropped, and each value the
 * schema refuses now is reset to its default (an array element or a map entry is dropped), one at a time,
 * until the whole parses. An update of Roster must never erase what an administrator set, so a whole-section
 * reset is the last resort, for a document that is not a JSON object at all.
 */
export function recoverSettings<S extends z.ZodType>(text: string, schema: S, defaults: z.output<S>): RecoveredSettings<z.output<S>> {
  const unreadable = (reason: string) => ({
    value: structuredClone(defaults),
    resetFields: [],
    reasons: {},
    unreadable: true,
    unreadableReason: reason,
  });
  let stored: Json;
  try {
    stored = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text near the fault, which may be a stored value: it is not kept.
    return unreadable('not JSON');
  }
  if (!isRecord(stored)) return unreadable(`not a JSON object (${Array.isArray(stored) ? 'array' : stored === null ? 'null' : typeof stored})`);

  const resetFields: string[] = [];
  const reasons: Record<string, string> = {};
  let candidate = overDefaults(defaults, stored);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return { value: parsed.data, resetFields, reasons, unreadable: false };
    const issue = parsed.error.issues[0]!;
    const fixed = fix(candidate, defaults, issue);
    candidate = fixed.value;
    for (const path of fixed.lost) {
      if (resetFields.includes(path)) continue;
      resetFields.push(path);
      reasons[path] = `${issue.code}: ${issue.message}`;
    }
  }
  return unreadable(`more than ${MAX_ROUNDS} values refused`);
}

/** The stored document with every field it lacks taken from the defaults, objects merged at every depth. */
function overDefaults(defaults: Json, stored: Json): Json {
  if (!isRecord(defaults) || !isRecord(stored)) return stored;
  const merged: Record<string, unknown> = structuredClone(defaults);
  for (const [key, value] of Object.entries(stored)) merged[key] = key in defaults ? overDefaults(defaults[key], value) : value;
  return merged;
}

/** One issue resolved: the document changed, and the stored values that were lost doing it (dotted paths). */
function fix(candidate: Json, defaults: Json, issue: z.core.$ZodIssue): { value: Json; lost: string[] } {
  // A key a strict object does not know is one a later version removed: dropped without a word.
  if (issue.code === 'unrecognized_keys') return { value: without(candidate, [...issue.path, issue.keys[0]!]), lost: [] };

  // The part of the issue's path that the defaults declare; arrays are values of their own, not structure.
  const path = issue.path;
  let depth = 0;
  let declared: Json = defaults;
  while (depth < path.length && isRecord(declared) && Object.hasOwn(declared, path[depth] as string)) {
    declared = declared[path[depth] as string];
    depth++;
  }
  if (depth < path.length && (Array.isArray(valueAt(candidate, path.slice(0, depth))) || isRecord(valueAt(candidate, path.slice(0, depth))))) {
    // An array element or a map entry (or an optional field) that the defaults have no value for: dropped.
    const gone = path.slice(0, depth + 1);
    return { value: without(candidate, gone), lost: [dotted(gone)] };
  }

  // Reset the deepest field that differs from its default; when it already is the default (a rule across
  // fields blames it), its parent is reset.
  let target = path.slice(0, depth);
  while (target.length > 0 && sameJson(valueAt(candidate, target), valueAt(defaults, target))) target = target.slice(0, -1);
  if (target.length === 0) {
    const lost =
      isRecord(candidate) && isRecord(defaults)
        ? Object.keys(candidate).filter((key) => key in defaults && !sameJson(candidate[key], defaults[key]))
        : [];
    return { value: structuredClone(defaults), lost };
  }
  return { value: withValue(candidate, target, structuredClone(valueAt(defaults, target))), lost: [dotted(target)] };
}

const dotted = (path: Path) => path.map(String).join('.');

function valueAt(root: Json, path: Path): Json {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value)) value = value[key as string];
    else return undefined;
  }
  return value;
}

/** A copy of `root` with the value at `path` replaced. */
function withValue(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, index) => (index === head ? withValue(item, rest, value) : item));
  if (isRecord(root)) return { ...root, [head as string]: withValue(root[head as string], rest, value) };
  return root;
}

/** A copy of `root` without the array element or object key at `path`. */
function without(root: Json, path: Path): Json {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = valueAt(root, parentPath);
  if (Array.isArray(parent))
    return withValue(
      root,
      parentPath,
      parent.filter((_, index) => index !== key),
    );
  if (isRecord(parent)) {
    const { [key as string]: _dropped, ...kept } = parent;
    return withValue(root, parentPath, kept);
  }
  return root;
}

function sameJson(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return Object.is(a, b);
}
