import type { FilterError, FilterParse } from './filter-error.js';
import { SQL_FILTER_FIELDS, sqlFilterField } from './sql-filter-fields.js';
import type { SqlFilterField } from './sql-filter-fields.js';

/** The longest SQL filter accepted: far more than any real condition, small enough to stay instant. */
export const SQL_FILTER_MAX_LENGTH = 10_000;

const SQL_KEYWORDS = ['AND', 'OR', 'NOT', 'LIKE', 'IN', 'IS', 'NULL', 'BETWEEN'] as const;
export type SqlKeyword = (typeof SQL_KEYWORDS)[number];
export type SqlComparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type SqlToken = { position: number; length: number } & (
  | { kind: 'field'; field: SqlFilterField }
  | { kind: 'keyword'; keyword: SqlKeyword }
  | { kind: 'text'; value: string }
  | { kind: 'comparison'; operator: SqlComparison }
  | { kind: '(' | ')' | ',' | 'end' }
);

const KEYWORDS = new Set<string>(SQL_KEYWORDS);
const WORD_START = /[A-Za-z_]/;
const WORD = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\r\n\f\v\u00a0]/;
const TYPOGRAPHIC_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u00b4', '`']);

const fail = (position: number, length: number, message: FilterError['message'], params?: FilterError['params']): FilterParse<never> => ({
  ok: false,
  error: { position, length, message, ...(params ? { params } : {}) },
});

/**
 * Splits an SQL filter into tokens. Text is only ever a value here: '' inside single quotes is a quote,
 * and nothing in the text can end the condition early or become a keyword.
 */
export function sqlTokens(text: string): FilterParse<SqlToken[]> {
  if (text.length > SQL_FILTER_MAX_LENGTH) return fail(SQL_FILTER_MAX_LENGTH, 1, 'cucmImport.sql.tooLong', { max: SQL_FILTER_MAX_LENGTH });
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) return fail(start, text.length - start, 'cucmImport.sql.unterminatedText');
        const d = text[i]!;
        if (d === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += d;
        i++;
      }
      tokens.push({ kind: 'text', value, position: start, length: i - start });
      continue;
    }
    if (c === '"') return fail(start, 1, 'cucmImport.sql.doubleQuotes');
    if (TYPOGRAPHIC_QUOTES.has(c)) return fail(start, 1, 'cucmImport.sql.typographicQuotes');
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, position: start, length: 1 });
      i++;
      continue;
    }
    if (c === '<' || c === '>' || c === '=' || c === '!') {
      const two = text.slice(i, i + 2);
      const operator: SqlComparison | null =
        two === '<>' || two === '!=' ? '<>' : two === '<=' ? '<=' : two === '>=' ? '>=' : c === '<' ? '<' : c === '>' ? '>' : c === '=' ? '=' : null;
      if (operator === null) return fail(start, 1, 'cucmImport.sql.unexpectedCharacter', { character: c });
      const length = two === '<>' || two === '!=' || two === '<=' || two === '>=' ? 2 : 1;
      tokens.push({ kind: 'comparison', operator, position: start, length });
      i += length;
      continue;
    }
    if (DIGIT.test(c) || ((c === '-' || c === '+' || c === '.') && DIGIT.test(text[i + 1] ?? ''))) {
      i++;
      while (i < text.length && /[0-9.]/.test(text[i]!)) i++;
      const number = text.slice(start, i);
      return fail(start, i - start, 'cucmImport.sql.unquotedNumber', { number });
    }
    if (WORD_START.test(c)) {
      while (i < text.length && WORD.test(text[i]!)) i++;
      const word = text.slice(start, i);
      const upper = word.toUpperCase();
      if (KEYWORDS.has(upper)) {
        tokens.push({ kind: 'keyword', keyword: upper as SqlKeyword, position: start, length: i - start });
        continue;
      }
      const field = sqlFilterField(word);
      if (field) {
        tokens.push({ kind: 'field', field, position: start, length: i - start });
        continue;
      }
      if (upper === 'WHERE' || upper === 'SELECT') return fail(start, i - start, 'cucmImport.sql.conditionOnly', { word });
      return fail(start, i - start, 'cucmImport.sql.unknownField', { name: word, fields: SQL_FILTER_FIELDS.join(', ') });
    }
    // One whole character (a surrogate pair counts as one) for the message.
    const character = String.fromCodePoint(text.codePointAt(i)!);
    return fail(start, character.length, 'cucmImport.sql.unexpectedCharacter', { character });
  }
  tokens.push({ kind: 'end', position: text.length, length: 0 });
  return { ok: true, value: tokens };
}
