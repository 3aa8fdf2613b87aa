import type { OpenSite } from '../../../electron/services/site/open-site';

/** Every stored fact about every user (but the update stamp, which each change moves), by id. */
export function usersState(site: OpenSite): Map<number, Record<string, unknown>> {
  const rows = site.db.prepare('SELECT * FROM users ORDER BY id').all() as Record<string, unknown>[];
  const groups = site.db.prepare('SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id').pluck();
  return new Map(rows.map(({ updated_at: _updated, ...row }) => [row.id as number, { ...row, groups: groups.all(row.id) }]));
}

/** For each user whose state differs: the fields that differ, as [before, after]. */
export function differences(before: Map<number, Record<string, unknown>>, after: Map<number, Record<string, unknown>>) {
  const changed: Record<number, Record<string, [unknown, unknown]>> = {};
  for (const [id, row] of after) {
    const old = before.get(id) ?? {};
    for (const field of Object.keys(row)) {
      if (JSON.stringify(old[field]) !== JSON.stringify(row[field])) (changed[id] ??= {})[field] = [old[field], row[field]];
    }
  }
  return changed;
}

export const idOf = (site: OpenSite, username: string) => site.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;

export const groupIdOf = (site: OpenSite, name: string) => site.db.prepare('SELECT id FROM user_groups WHERE name = ?').pluck().get(name) as number;

export const count = (site: OpenSite, sql: string, ...params: unknown[]) =>
  site.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
