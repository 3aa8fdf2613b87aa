import type { SqlExpression, SqlOperand } from '@shared/cucm/sql-filter';
import type { SqlFilterField } from '@shared/cucm/sql-filter-fields';
import type { CucmEndUser } from './cucm-end-user';
import { likeMatcher } from './sql-like';

/**
 * Evaluates a parsed SQL filter over the end users read from CUCM, as the platform's user database would:
 *
 * - Collation: case-insensitive and accent-sensitive, like the default collation of Microsoft SQL Server
 *   (SQL_Latin1_General_CP1_CI_AS) that such user tables live in. Texts are compared after lower-casing,
 *   character by character, so '1000' <= '1500' <= '1999', but also '2' > '1999': numbers of different
 *   lengths compare as text, as they do in that database.
 * - An empty CUCM value is NULL (AXL sends an empty element for a null). NULL compares as "unknown" with SQL's
 *   three-valued logic: `usr_Department <> 'sales'` does not keep users without a department; IS NULL does.
 * - LIKE: % is any run of characters, _ exactly one; matched case-insensitively over the whole value, in time
 *   linear in the value whatever the pattern (see sql-like.ts).
 */

type Truth = boolean | null;
/** A field's value for one user, folded for comparison, or null. */
type Row = (field: SqlFilterField) => string | null;
type Test = (row: Row) => Truth;

const fold = (value: string) => value.toLowerCase();

/**
 * The fields of one end user as the filter compares them: folded, an empty value as NULL. Each is folded once
 * per user, however many conditions name it.
 */
function filterRowOf(user: CucmEndUser): Row {
  const folded = new Map<SqlFilterField, string | null>();
  return (field) => {
    let value = folded.get(field);
    if (value === undefined) {
      const raw = fieldValue(user, field);
      value = raw === '' ? null : fold(raw);
      folded.set(field, value);
    }
    return value;
  };
}

function fieldValue(user: CucmEndUser, field: SqlFilterField): string {
  switch (field) {
    case 'usr_Name':
      return user.userid;
    case 'usr_LastName':
      return user.lastName;
    case 'usr_FirstName':
      return user.firstName;
    case 'usr_eMail':
      return user.mailid;
    case 'usr_PhoneNumber':
      return user.telephoneNumber;
    case 'usr_Department':
      return user.department;
    case 'usr_PhoneMac':
      return user.phoneDevice;
  }
}

/** A value of an operand, folded for comparison, or null. Texts are folded once, when compiled. */
function operandOf(operand: SqlOperand): (row: Row) => string | null {
  if (operand.kind === 'text') {
    const value = fold(operand.value);
    return () => value;
  }
  const { field } = operand;
  return (row) => row(field);
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compile(expression: SqlExpression): Test {
  switch (expression.kind) {
    case 'and': {
      const parts = expression.operands.map(compile);
      return (row) => {
        let result: Truth = true;
        for (const part of parts) {
          const value = part(row);
          if (value === false) return false;
          if (value === null) result = null;
        }
        return result;
      };
    }
    case 'or': {
      const parts = expression.operands.map(compile);
      return (row) => {
        let result: Truth = false;
        for (const part of parts) {
          const value = part(row);
          if (value === true) return true;
          if (value === null) result = null;
        }
        return result;
      };
    }
    case 'not': {
      const inner = compile(expression.operand);
      return (row) => {
        const value = inner(row);
        return value === null ? null : !value;
      };
    }
    case 'compare': {
      const left = operandOf(expression.left);
      const right = operandOf(expression.right);
      const test = {
        '=': (c: number) => c === 0,
        '<>': (c: number) => c !== 0,
        '<': (c: number) => c < 0,
        '<=': (c: number) => c <= 0,
        '>': (c: number) => c > 0,
        '>=': (c: number) => c >= 0,
      }[expression.operator];
      return (row) => {
        const a = left(row);
        const b = right(row);
        return a === null || b === null ? null : test(order(a, b));
      };
    }
    case 'like': {
      const value = operandOf(expression.operand);
      const matches = likeMatcher(fold(expression.pattern));
      const negated = expression.negated;
      return (row) => {
        const a = value(row);
        return a === null ? null : matches(a) !== negated;
      };
    }
    case 'in': {
      const value = operandOf(expression.operand);
      const values = new Set(expression.values.map(fold));
      const negated = expression.negated;
      return (row) => {
        const a = value(row);
        return a === null ? null : values.has(a) !== negated;
      };
    }
    case 'between': {
      const value = operandOf(expression.operand);
      const low = operandOf(expression.low);
      const high = operandOf(expression.high);
      const negated = expression.negated;
      return (row) => {
        const [a, l, h] = [value(row), low(row), high(row)];
        if (a === null || l === null || h === null) return null;
        return (order(a, l) >= 0 && order(a, h) <= 0) !== negated;
      };
    }
    case 'isNull': {
      const value = operandOf(expression.operand);
      const negated = expression.negated;
      return (row) => (value(row) === null) !== negated;
    }
  }
}

/** A predicate over end users: those for which the filter is true (not false, not unknown). null: keep all. */
export function sqlFilterPredicate(expression: SqlExpression | null): (user: CucmEndUser) => boolean {
  if (expression === null) return () => true;
  const test = compile(expression);
  return (user) => test(filterRowOf(user)) === true;
}
