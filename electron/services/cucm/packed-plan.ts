import type { CucmImportPlan, PlannedAdd, PlannedProblem, PlannedUpdate, RosterUserView } from './cucm-import-plan';
import { packRows, transferablesOf, unpackRows } from './packed-rows';
import type { PackedRows } from './packed-rows';

/** A plan as main keeps it between preview and apply: each list packed (see packed-rows.ts). */
export interface PackedPlan {
  add: PackedRows<PlannedAdd>;
  update: PackedRows<PlannedUpdate>;
  delete: PackedRows<RosterUserView>;
  conflict: PackedRows<RosterUserView>;
  problem: PackedRows<PlannedProblem>;
  unchanged: number;
  /** Users added or updated with a number another user holds too (see markSharedNumbers). */
  shared: number;
}

export function packPlan(plan: CucmImportPlan): PackedPlan {
  return {
    add: packRows(plan.add),
    update: packRows(plan.update),
    delete: packRows(plan.delete),
    conflict: packRows(plan.conflict),
    problem: packRows(plan.problem),
    unchanged: plan.unchanged,
    shared: [...plan.add, ...plan.update].filter((planned) => planned.sharedWith !== undefined).length,
  };
}

/** The whole plan again (in the worker that applies it). */
export function unpackPlan(plan: PackedPlan): CucmImportPlan {
  return {
    add: unpackRows(plan.add),
    update: unpackRows(plan.update),
    delete: unpackRows(plan.delete),
    conflict: unpackRows(plan.conflict),
    problem: unpackRows(plan.problem),
    unchanged: plan.unchanged,
  };
}

export const planTransferables = (plan: PackedPlan) => transferablesOf(plan.add, plan.update, plan.delete, plan.conflict, plan.problem);
