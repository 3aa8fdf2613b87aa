import type { UserDraft } from '@shared/rules/user-rules';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import type { StoredUser } from '../site/user-record';

/** Memberships are a set: the file may list a user's groups in another order than the site holds them. */
const SETS = new Set(USER_FIELD_LIST.filter((field) => field.storage.as === 'groups').map((field) => field.name));

/** A value as comparable text: objects with their keys sorted, so { a, b } and { b, a } are the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * True when saving the draft would leave the stored user exactly as it is: every declared field equal and
 * no password or PIN given. Such a row is skipped, so an import that changes nothing records nothing.
 */
export function unchanged(stored: StoredUser, draft: UserDraft): boolean {
  if (draft.password.action !== 'keep' || draft.pin.action !== 'keep') return false;
  const before = stored as unknown as Record<string, unknown>;
  const after = draft as unknown as Record<string, unknown>;
  return USER_FIELD_LIST.every(({ name }) => {
    const [a, b] = [before[name], after[name]];
    if (SETS.has(name)) return canonical([...(a as number[])].sort((x, y) => x - y)) === canonical([...(b as number[])].sort((x, y) => x - y));
    return typeof a === 'string' && typeof b === 'string' ? a === b.trim() : canonical(a) === canonical(b);
  });
}
