import type { MessageKey, MessageParams } from '../i18n/en.js';
import { FIELD_NAMES, languageNamed, privilegeNamed, sourceName } from './fields.js';
import type { FieldSpec } from './fields.js';
import type { CompareOp, HasTarget, IsState, OrderedField, SearchError, SearchNode, SearchParse } from './query.js';
import { HAS_TARGETS, IS_STATES } from './query.js';

/**
 * The search language, the one parser for every place a query is typed (search box, saved views, bulk changes):
 *
 *   query   := or
 *   or      := and ( "OR" and )*          -- AND (juxtaposition) binds tighter than OR
 *   and     := unary+
 *   unary   := "-" primary | primary
 *   primary := "(" or ")" | field op value | "quoted phrase" | word
 *
 * Decisions: `OR` is an operator only in capitals (a lower-case "or" is a word); parentheses are optional;
 * a name before `:` that is not a field is an error (so a typo such as `dpt:sales` does not silently find
 * nothing) and a colon in free text must be quoted; `*` in a bare word or value makes it a pattern that must
 * match the whole value, while a word without `*` matches anywhere inside a value.
 *
 * It never throws: every problem comes back as an error with the characters it is about.
 */
export function parseSearch(text: string): SearchParse {
  try {
    return new Parser(text).parse();
  } catch (problem) {
    if (problem instanceof ParseFailure) return { ok: false, error: problem.error };
    // A bug here must not take the search box down; the whole text is marked.
    return { ok: false, error: { message: 'search.error.unreadable', position: 0, length: text.length } };
  }
}

/** Nesting deeper than this is refused, so no input can exhaust the stack. */
const MAX_DEPTH = 32;

class ParseFailure {
  constructor(readonly error: SearchError) {}
}

const FIELD_PREFIX = /^([A-Za-z]+)(:|>=|<=|>|<|=)/;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const ends = (c: string | undefined) => c === undefined || isSpace(c) || c === '(' || c === ')';

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parse(): SearchParse {
    this.skipSpace();
    if (this.atEnd()) return { ok: true, query: null };
    const query = this.parseOr();
    this.skipSpace();
    if (!this.atEnd()) this.fail('search.error.unopenedParen', this.pos, 1);
    return { ok: true, query };
  }

  private parseOr(): SearchNode {
    const items = [this.parseAnd()];
    for (;;) {
      this.skipSpace();
      if (!this.atOr()) break;
      const at = this.pos;
      this.pos += 2;
      this.skipSpace();
      if (this.atEnd() || this.peek() === ')' || this.atOr()) this.fail('search.error.danglingOr', at, 2);
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private parseAnd(): SearchNode {
    const items: SearchNode[] = [];
    for (;;) {
      this.skipSpace();
      if (this.atEnd() || this.peek() === ')') break;
      if (this.atOr()) {
        if (items.length === 0) this.fail('search.error.danglingOr', this.pos, 2);
        break;
      }
      items.push(this.parseUnary());
    }
    if (items.length === 0) this.fail('search.error.emptyGroup', Math.max(0, this.pos - 1), this.atEnd() ? 0 : 1);
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private parseUnary(): SearchNode {
    if (this.peek() === '-') {
      const at = this.pos;
      this.pos++;
      if (ends(this.peek()) && this.peek() !== '(') this.fail('search.error.nothingToNegate', at, 1);
      return { kind: 'not', item: this.parsePrimary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): SearchNode {
    const start = this.pos;
    const c = this.peek();
    if (c === '(') {
      if (++this.depth > MAX_DEPTH) this.fail('search.error.tooDeep', start, 1);
      this.pos++;
      const inner = this.parseOr();
      this.skipSpace();
      if (this.peek() !== ')') this.fail('search.error.unclosedParen', start, 1);
      this.pos++;
      this.depth--;
      return inner;
    }
    if (c === '"') return { kind: 'text', field: null, value: this.readQuoted(), wildcard: false };
    const field = FIELD_PREFIX.exec(this.text.slice(this.pos));
    if (field) {
      const name = field[1]!;
      const spec = FIELD_NAMES[name.toLowerCase()];
      if (!spec) this.fail('search.error.unknownField', start, name.length, { field: name });
      this.pos += field[0].length;
      return this.parseFieldValue(spec, name, field[2] as ':' | CompareOp, start);
    }
    const word = this.readBare();
    // A word of stars alone stands for anything: no condition.
    if (word.replaceAll('*', '') === '') return { kind: 'and', items: [] };
    return { kind: 'text', field: null, value: word, wildcard: word.includes('*') };
  }

  private parseFieldValue(spec: FieldSpec, name: string, op: ':' | CompareOp, start: number): SearchNode {
    const opAt = this.pos - op.length;
    const valueAt = this.pos;
    const quoted = this.peek() === '"';
    const value = quoted ? this.readQuoted() : this.readBare();
    const valueLength = this.pos - valueAt;
    const bad = (message: MessageKey, params?: MessageParams): never => this.fail(message, valueAt, valueLength, { field: name, value, ...params });
    if (spec.kind !== 'ordered' && op !== ':') this.fail('search.error.notOrdered', opAt, op.length, { field: name });
    if (value === '' && !quoted) this.fail('search.error.missingValue', start, valueAt - start, { field: name });
    if (value === '') bad('search.error.missingValue');
    const wildcard = !quoted && value.includes('*');

    switch (spec.kind) {
      case 'text':
        if (wildcard && value.replaceAll('*', '') === '') bad('search.error.missingValue');
        return { kind: 'text', field: spec.field, value, wildcard };
      case 'ordered':
        return this.ordered(spec.field, op === ':' ? '=' : op, value, wildcard, bad);
      case 'language': {
        const code = languageNamed(value);
        return code ? { kind: 'language', code } : bad('search.error.unknownLanguage');
      }
      case 'source': {
        const source = sourceName(value);
        return source ? { kind: 'source', source } : bad('search.error.unknownSource');
      }
      case 'import':
        return /^[1-9]\d{0,14}$/.test(value) ? { kind: 'import', id: Number(value) } : bad('search.error.notAnImport');
      case 'group':
        return { kind: 'group', name: value, wildcard };
      case 'has': {
        const what = HAS_TARGETS.find((t) => t === value.toLowerCase());
        return what ? { kind: 'has', what: what as HasTarget } : bad('search.error.unknownHas', { values: HAS_TARGETS.join(', ') });
      }
      case 'is': {
        const state = IS_STATES.find((s) => s === value.toLowerCase());
        return state ? { kind: 'is', state: state as IsState } : bad('search.error.unknownIs', { values: IS_STATES.join(', ') });
      }
      case 'priv': {
        const privilege = privilegeNamed(value);
        return privilege ? { kind: 'priv', privilege } : bad('search.error.unknownPrivilege');
      }
    }
  }

  /** number / vip / created / updated: one value, a range `a..b`, or (number only) a `*` pattern. */
  private ordered(
    field: OrderedField,
    op: CompareOp,
    value: string,
    wildcard: boolean,
    bad: (m: MessageKey, p?: MessageParams) => never,
  ): SearchNode {
    const read = (v: string): number | string => {
      if (field === 'created' || field === 'updated') return isDay(v) ? v : bad('search.error.badDate');
      if (!/^\d{1,15}$/.test(v)) return bad('search.error.notANumber');
      return Number(v);
    };
    if (wildcard) {
      if (field !== 'number' || op !== '=' || !/^[\d*]+$/.test(value)) bad('search.error.notANumber');
      return { kind: 'text', field: 'number', value, wildcard: true };
    }
    const range = value.indexOf('..');
    if (range >= 0) {
      if (op !== '=') bad('search.error.rangeWithComparison');
      const from = read(value.slice(0, range));
      const to = read(value.slice(range + 2));
      if (from > to) bad('search.error.reversedRange', { from: String(from), to: String(to) });
      return { kind: 'range', field, from, to };
    }
    return { kind: 'compare', field, op, value: read(value) };
  }

  /** A "quoted phrase"; \" and \\ stand for themselves. The position is at the opening quote. */
  private readQuoted(): string {
    const start = this.pos;
    this.pos++;
    let value = '';
    while (!this.atEnd()) {
      const c = this.text[this.pos]!;
      if (c === '\\' && (this.text[this.pos + 1] === '"' || this.text[this.pos + 1] === '\\')) {
        value += this.text[this.pos + 1];
        this.pos += 2;
      } else if (c === '"') {
        this.pos++;
        return value;
      } else {
        value += c;
        this.pos++;
      }
    }
    return this.fail('search.error.unterminatedQuote', start, this.text.length - start);
  }

  /** A bare word or value: everything up to white space or a parenthesis. */
  private readBare(): string {
    const start = this.pos;
    while (!ends(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private atOr(): boolean {
    return this.text.startsWith('OR', this.pos) && ends(this.text[this.pos + 2]) && (this.pos === 0 || ends(this.text[this.pos - 1]));
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private skipSpace(): void {
    while (isSpace(this.peek())) this.pos++;
  }

  private fail(message: MessageKey, position: number, length: number, params?: MessageParams): never {
    const at = Math.min(Math.max(0, position), this.text.length);
    throw new ParseFailure({ message, position: at, length: Math.max(0, Math.min(length, this.text.length - at)), ...(params ? { params } : {}) });
  }
}

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
