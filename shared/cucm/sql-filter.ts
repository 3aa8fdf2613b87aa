import type { FilterError, FilterParse } from './filter-error.js';
import type { SqlFilterField } from './sql-filter-fields.js';
import { sqlTokens } from './sql-filter-tokens.js';
import type { SqlComparison, SqlKeyword, SqlToken } from './sql-filter-tokens.js';

/**
 * The SQL filter of the CUCM import, parsed by Roster itself into an expression over the documented usr_
 * fields. It is never handed to a database: the import evaluates it over the users read from CUCM.
 *
 *   filter     := (empty) | or
 *   or         := and { OR and }
 *   and        := not { AND not }
 *   not        := NOT not | '(' or ')' | predicate
 *   predicate  := operand comparison operand
 *               | operand [NOT] LIKE 'pattern'
 *               | operand [NOT] IN ( 'text' { , 'text' } )
 *               | operand [NOT] BETWEEN operand AND operand
 *               | operand IS [NOT] NULL
 *   operand    := field | 'text'
 *
 * Keywords and field names are case-insensitive; '!=' is '<>'.
 */

export type SqlOperand = { kind: 'field'; field: SqlFilterField } | { kind: 'text'; value: string };

export type SqlExpression =
  | { kind: 'and' | 'or'; operands: SqlExpression[] }
  | { kind: 'not'; operand: SqlExpression }
  | { kind: 'compare'; operator: SqlComparison; left: SqlOperand; right: SqlOperand }
  | { kind: 'like'; operand: SqlOperand; pattern: string; negated: boolean }
  | { kind: 'in'; operand: SqlOperand; values: string[]; negated: boolean }
  | { kind: 'between'; operand: SqlOperand; low: SqlOperand; high: SqlOperand; negated: boolean }
  | { kind: 'isNull'; operand: SqlOperand; negated: boolean };

/** Parentheses and NOTs nested deeper than this are refused (no real filter comes near it). */
const SQL_FILTER_MAX_DEPTH = 64;

/** A parse that stops at the first problem; thrown only inside this module, returned as a value. */
class Stop {
  constructor(readonly error: FilterError) {}
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: SqlToken[]) {}

  /** The current token (a method, not a getter: it changes with every next()). */
  private peek(): SqlToken {
    return this.tokens[this.index]!;
  }

  private next(): SqlToken {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isKeyword(keyword: SqlKeyword, token = this.peek()): boolean {
    return token.kind === 'keyword' && token.keyword === keyword;
  }

  private stop(message: FilterError['message'], params?: FilterError['params'], token = this.peek()): never {
    throw new Stop({
      position: token.position,
      length: Math.max(token.length, token.kind === 'end' ? 0 : 1),
      message,
      ...(params ? { params } : {}),
    });
  }

  parse(): SqlExpression | null {
    if (this.peek().kind === 'end') return null;
    const expression = this.or(0);
    if (this.peek().kind === ')') this.stop('cucmImport.sql.unmatchedParen');
    if (this.peek().kind !== 'end') this.stop('cucmImport.sql.expectedConnector');
    return expression;
  }

  private or(depth: number): SqlExpression {
    const operands = [this.and(depth)];
    while (this.isKeyword('OR')) {
      this.next();
      operands.push(this.and(depth));
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }

  private and(depth: number): SqlExpression {
    const operands = [this.not(depth)];
    while (this.isKeyword('AND')) {
      this.next();
      operands.push(this.not(depth));
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }

  private not(depth: number): SqlExpression {
    if (depth >= SQL_FILTER_MAX_DEPTH) this.stop('cucmImport.sql.tooDeep', { max: SQL_FILTER_MAX_DEPTH });
    if (this.isKeyword('NOT')) {
      this.next();
      return { kind: 'not', operand: this.not(depth + 1) };
    }
    if (this.peek().kind === '(') {
      this.next();
      const inner = this.or(depth + 1);
      if (this.peek().kind !== ')') {
        if (this.peek().kind === 'end' || this.peek().kind === 'keyword' || this.peek().kind === ',') this.stop('cucmImport.sql.expectedCloseParen');
        this.stop('cucmImport.sql.expectedConnector');
      }
      this.next();
      return inner;
    }
    return this.predicate();
  }

  private operand(message: FilterError['message']): SqlOperand {
    const token = this.peek();
    if (token.kind === 'field') {
      this.next();
      return { kind: 'field', field: token.field };
    }
    if (token.kind === 'text') {
      this.next();
      return { kind: 'text', value: token.value };
    }
    return this.stop(message);
  }

  private text(message: FilterError['message']): string {
    const token = this.peek();
    if (token.kind !== 'text') this.stop(message);
    this.next();
    return token.value;
  }

  private predicate(): SqlExpression {
    const operandToken = this.peek();
    const operand = this.operand('cucmImport.sql.expectedCondition');
    const shown = this.sourceOf(operandToken);
    const token = this.peek();

    if (token.kind === 'comparison') {
      this.next();
      return { kind: 'compare', operator: token.operator, left: operand, right: this.operand('cucmImport.sql.expectedValue') };
    }
    if (this.isKeyword('IS')) {
      this.next();
      const negated = this.isKeyword('NOT');
      if (negated) this.next();
      if (!this.isKeyword('NULL')) this.stop('cucmImport.sql.expectedNull');
      this.next();
      return { kind: 'isNull', operand, negated };
    }
    const negated = this.isKeyword('NOT');
    if (negated) this.next();
    if (this.isKeyword('LIKE')) {
      this.next();
      return { kind: 'like', operand, pattern: this.text('cucmImport.sql.expectedPattern'), negated };
    }
    if (this.isKeyword('IN')) {
      this.next();
      return { kind: 'in', operand, values: this.list(), negated };
    }
    if (this.isKeyword('BETWEEN')) {
      this.next();
      const low = this.operand('cucmImport.sql.expectedValue');
      if (!this.isKeyword('AND')) this.stop('cucmImport.sql.expectedBetweenAnd');
      this.next();
      const high = this.operand('cucmImport.sql.expectedValue');
      return { kind: 'between', operand, low, high, negated };
    }
    if (negated) this.stop('cucmImport.sql.expectedNegatable');
    return this.stop('cucmImport.sql.expectedOperator', { operand: shown });
  }

  private list(): string[] {
    if (this.peek().kind !== '(') this.stop('cucmImport.sql.expectedList');
    this.next();
    const values = [this.text('cucmImport.sql.expectedListItem')];
    while (this.peek().kind === ',') {
      this.next();
      values.push(this.text('cucmImport.sql.expectedListItem'));
    }
    if (this.peek().kind !== ')') this.stop('cucmImport.sql.expectedListSeparator');
    this.next();
    return values;
  }

  /** An operand as the administrator wrote it, for messages. */
  private sourceOf(token: SqlToken): string {
    if (token.kind === 'field') return token.field;
    if (token.kind === 'text') return `'${token.value.replace(/'/g, "''")}'`;
    return '';
  }
}

/**
 * Parses an SQL filter. Empty (or only spaces) means "no filter" (null). Never throws: a filter that is not
 * valid comes back with the position of the problem and what was expected there.
 */
export function parseSqlFilter(text: string): FilterParse<SqlExpression | null> {
  const tokens = sqlTokens(text);
  if (!tokens.ok) return tokens;
  try {
    return { ok: true, value: new Parser(tokens.value).parse() };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
}
