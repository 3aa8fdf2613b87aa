import type { DuplicateAction, DuplicateKeyField, ImportField, ImportPreset } from '@shared/channels/import';
import type { DefaultValueFields } from '@shared/domain';
import { usernameFromNames, xivoColumn, xivoRowProblems } from '@shared/import/xivo-format';
import type { SecretRulesInForce } from '@shared/rules/secret-policy';
import type { UserDraft } from '@shared/rules/user-rules';
import type { StoredUser } from '../site/user-record';
import type { CsvRecord } from './csv-parser';
import { duplicateKey } from './duplicate-keys';
import type { ExistingUsers } from './duplicate-keys';
import type { ImportGroups } from './import-groups';
import { unchanged } from './unchanged';
import { createDraft, updateDraft } from './row-draft';
import { draftProblems } from './row-validation';
import { readCells } from './row-values';
import type { CellReading, FieldValues, RowProblem } from './row-values';
import { secretColumns, withoutSecrets } from './secret-cells';
import type { Holder, SiteClaims } from './site-claims';

/** A group the import creates before writing the row that first needs it. */
export interface NewGroup {
  id: number;
  name: string;
}

export type RowPlan =
  | { outcome: 'create'; line: number; draft: UserDraft; values: FieldValues; newGroups: NewGroup[] }
  | { outcome: 'update'; line: number; draft: UserDraft; values: FieldValues; existing: StoredUser; newGroups: NewGroup[] }
  | { outcome: 'skip'; line: number; values: FieldValues; existingId: number }
  | { outcome: 'reject'; line: number; values: FieldValues; problems: RowProblem[]; existingId: number | null; duplicateOf: number | null };

/** Everything the planner needs to know about the import and the site, fixed for the whole file. */
export interface PlanContext {
  reading: CellReading;
  /** Passwords and PINs of the file are written (else a credential column only identifies existing users). */
  includeCredentials: boolean;
  /** The site's groups and those the import creates. */
  groups: ImportGroups;
  preset: ImportPreset;
  /** The header cells (XiVO rules find their columns by name), or null without a header row. */
  headers: readonly string[] | null;
  /** How many values a row should have. */
  width: number;
  match: readonly DuplicateKeyField[];
  action: DuplicateAction;
  columns: ReadonlyMap<ImportField, number>;
  mapped: ReadonlySet<ImportField>;
  defaults: DefaultValueFields;
  /** A new user's draft before its row (the defaults). */
  base: UserDraft;
  rules: SecretRulesInForce;
  existing: ExistingUsers;
  claims: SiteClaims;
  /** The site's rule: a number from the file must be free (see numberingSettingsSchema). */
  numberBelongsToOneUser: boolean;
  loadUser(id: number): StoredUser | null;
}

const UNDECODABLE = '\ufffd';
const BYTE_ORDER_MARK = '\ufeff';

/**
 * Decides what one row does: create a user, update or skip an existing one, or nothing (rejected, with
 * every problem found at once). Rows are planned in file order, and each accepted row's username and
 * number are claimed at once, so a later row cannot take them.
 */
export class RowPlanner {
  /** The first line of each duplicate key met in the file. */
  private readonly keysInFile = new Map<string, number>();
  private readonly xivoColumns: Map<string, number>;
  private readonly secrets: Set<number>;

  constructor(
    private readonly context: PlanContext,
    private readonly encoding: string,
  ) {
    this.secrets = secretColumns(context.reading.mapping, context.headers);
    this.xivoColumns = new Map();
    context.headers?.forEach((header, index) => {
      const column = xivoColumn(header);
      if (column && !this.xivoColumns.has(column.name)) this.xivoColumns.set(column.name, index);
    });
  }

  plan(record: CsvRecord): RowPlan {
    const { line, cells } = record;
    const ctx = this.context;
    const shape = this.shapeProblems(cells);
    if (shape.length > 0) return { outcome: 'reject', line, values: {}, problems: shape, existingId: null, duplicateOf: null };

    const { values, problems } = readCells(cells, ctx.reading);
    if (ctx.preset === 'xivo') this.applyXivo(cells, values, problems);

    const key = duplicateKey(ctx.match, (field) => values[field] as string | undefined);
    if (key !== null) {
      const firstLine = this.keysInFile.get(key);
      if (firstLine !== undefined) {
        problems.push({ column: null, field: null, message: 'import.duplicate.inFile', params: { firstLine } });
        return { outcome: 'reject', line, values, problems, existingId: null, duplicateOf: firstLine };
      }
      this.keysInFile.set(key, line);
    }
    // A credential read only to find the existing user is not the user's new one.
    if (!ctx.includeCredentials) {
      delete values.password;
      delete values.pin;
    }
    const matches = key === null ? [] : ctx.existing.find(key);
    if (matches.length > 1) {
      problems.push({ column: null, field: null, message: 'import.duplicate.ambiguous', params: { count: matches.length } });
      return { outcome: 'reject', line, values, problems, existingId: null, duplicateOf: null };
    }
    const existingId = matches[0] ?? null;
    if (existingId !== null && ctx.action === 'skip') return { outcome: 'skip', line, values, existingId };

    const existing = existingId === null ? null : ctx.loadUser(existingId);
    const draft =
      existing && ctx.action !== 'skip' ? updateDraft(existing, values, ctx.mapped, ctx.action, ctx.defaults) : createDraft(ctx.base, values);
    problems.push(...draftProblems(draft, ctx.columns, ctx.rules), ...this.uniquenessProblems(draft, existingId, existing?.number ?? null));
    if (problems.length > 0) return { outcome: 'reject', line, values, problems, existingId, duplicateOf: null };

    // A row that would leave its user exactly as stored changes nothing: it counts as skipped.
    if (existing && unchanged(existing, draft)) return { outcome: 'skip', line, values, existingId: existing.id };
    const held = { username: draft.username.trim(), number: draft.number.trim() };
    const newGroups = ctx.groups.accept(draft);
    if (existing) {
      ctx.claims.move(existing.id, { username: existing.username, number: existing.number }, held);
      return { outcome: 'update', line, draft, values, existing, newGroups };
    }
    ctx.claims.create(line, held);
    return { outcome: 'create', line, draft, values, newGroups };
  }

  /** A row's cells as they may be kept (in the ledger, for the error report): passwords and PINs emptied. */
  keptCells(cells: readonly string[]): string[] {
    return withoutSecrets(cells, this.secrets);
  }

  /** A row that does not fit the header cannot be trusted cell by cell; neither can undecodable text. */
  private shapeProblems(cells: readonly string[]): RowProblem[] {
    const width = this.context.width;
    const given = lastNonEmpty(cells) + 1;
    if (cells.length < width) {
      return [{ column: null, field: null, message: 'import.row.fewerFields', params: { count: cells.length, expected: width } }];
    }
    // Trailing empty values (a spreadsheet's ";;;") are harmless; values beyond the header are not.
    if (given > width) return [{ column: null, field: null, message: 'import.row.moreFields', params: { count: cells.length, expected: width } }];
    const problems: RowProblem[] = [];
    const bom = cells.findIndex((cell) => cell.includes(BYTE_ORDER_MARK));
    if (bom !== -1) problems.push({ column: bom, field: this.context.reading.mapping[bom] ?? null, message: 'import.row.byteOrderMark' });
    const bad = cells.findIndex((cell) => cell.includes(UNDECODABLE));
    if (bad !== -1)
      problems.push({
        column: bad,
        field: this.context.reading.mapping[bad] ?? null,
        message: 'import.row.undecodable',
        params: { encoding: this.encoding },
      });
    return problems;
  }

  /** XiVO's own rules, and a username made from the names when the row has none. */
  private applyXivo(cells: readonly string[], values: FieldValues, problems: RowProblem[]): void {
    const cell = (name: string) => {
      const index = this.xivoColumns.get(name);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    for (const problem of xivoRowProblems(cell)) {
      const column = problem.column === null ? null : (this.xivoColumns.get(problem.column) ?? null);
      problems.push({
        column,
        field: column === null ? null : (this.context.reading.mapping[column] ?? null),
        message: problem.message,
        ...(problem.params ? { params: problem.params } : {}),
      });
    }
    if (values.username === undefined) {
      const made = usernameFromNames(cell('firstname'), cell('lastname'));
      if (made !== '') values.username = made;
    }
  }

  private uniquenessProblems(draft: UserDraft, existingId: number | null, storedNumber: string | null): RowProblem[] {
    const problems: RowProblem[] = [];
    const claims = this.context.claims;
    const username = draft.username.trim();
    const number = draft.number.trim();
    // A row updating a user may keep that user's own username and number.
    const other = (holder: Holder | undefined): holder is Holder => holder !== undefined && (existingId === null || holder.userId !== existingId);
    const usernameHolder = username === '' ? undefined : claims.usernameHolder(username);
    if (other(usernameHolder)) {
      const column = this.context.columns.get('username') ?? null;
      problems.push(
        usernameHolder.line !== null
          ? { column, field: 'username', message: 'import.username.takenInFile', params: { username, line: usernameHolder.line } }
          : { column, field: 'username', message: 'rule.username.taken', params: { username: usernameHolder.username } },
      );
    }
    // The site's rule for numbers; a user updated by the row may keep a number it already shares.
    const numberGiven = this.context.numberBelongsToOneUser && number !== storedNumber;
    const numberHolder = numberGiven ? claims.numberHolder(number) : undefined;
    if (other(numberHolder)) {
      const column = this.context.columns.get('number') ?? null;
      problems.push(
        numberHolder.line !== null
          ? { column, field: 'number', message: 'import.number.takenInFile', params: { number, line: numberHolder.line } }
          : { column, field: 'number', message: 'rule.number.taken', params: { number, username: numberHolder.username } },
      );
    }
    return problems;
  }
}

function lastNonEmpty(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}
