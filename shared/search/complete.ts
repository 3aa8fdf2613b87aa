import type { CompletedValueField } from '../channels/search.js';
import { COMPLETED_FIELDS, FIELD_NAMES, HAS_VALUES, IS_VALUES, LANGUAGE_VALUES, PRIVILEGE_VALUES, SOURCE_VALUES } from './fields.js';

/**
 * What the word being typed at the end of a search text can be completed with: a field name, a value of a
 * field with fixed values, or a value the open site knows (departments, groups). `from` is where the
 * completed part starts; a suggestion replaces the text from there on.
 */
export type Completion =
  | { kind: 'field'; from: number; prefix: string; values: readonly string[] }
  | { kind: 'value'; from: number; prefix: string; values: readonly string[] }
  | { kind: 'site'; from: number; prefix: string; field: CompletedValueField };

const FIXED: Readonly<Record<string, readonly string[]>> = {
  has: HAS_VALUES,
  is: IS_VALUES,
  priv: PRIVILEGE_VALUES,
  lang: LANGUAGE_VALUES,
  language: LANGUAGE_VALUES,
  source: SOURCE_VALUES,
};

export function completionAt(text: string): Completion | null {
  // The last word outside quotes; white space inside an open quote belongs to the word.
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && /\s/.test(text[i]!)) start = i + 1;
  }
  while (text[start] === '(' || text[start] === '-') start++;
  const word = text.slice(start);
  const field = /^([A-Za-z]+):("?)([^"]*)$/.exec(word);
  if (field) {
    const name = field[1]!.toLowerCase();
    const from = start + field[1]!.length + 1;
    const prefix = field[3]!;
    const spec = FIELD_NAMES[name];
    if (FIXED[name]) return { kind: 'value', from, prefix, values: FIXED[name].filter((v) => v.startsWith(prefix.toLowerCase())) };
    if (spec?.kind === 'group') return { kind: 'site', from, prefix, field: 'group' };
    if (spec?.kind === 'text' && spec.field === 'department') return { kind: 'site', from, prefix, field: 'department' };
    return null;
  }
  if (/^[A-Za-z]+$/.test(word)) {
    const prefix = word.toLowerCase();
    const values = COMPLETED_FIELDS.filter((f) => f.startsWith(prefix) && f !== prefix);
    return values.length > 0 ? { kind: 'field', from: start, prefix, values } : null;
  }
  return null;
}

/** The text with a suggestion put in: a field name gets its colon, a value with spaces its quotes. */
export function applyCompletion(text: string, completion: Completion, value: string): string {
  const head = text.slice(0, completion.from);
  if (completion.kind === 'field') return `${head}${value}:`;
  return `${head}${/[\s"()]/.test(value) ? `"${value.replaceAll('"', '\\"')}"` : value} `;
}
