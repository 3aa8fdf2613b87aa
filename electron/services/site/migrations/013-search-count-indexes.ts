/**
 * Counting the matches of vip>=4, created>…, updated<…, is:disabled, is:phantom, priv:… and number ranges
 * without reading every active user's row.
 *
 * Their count (and so the list's total) read every active row: 17-28 ms with statistics, 190-290 ms as the
 * application opens a site (sites are never ANALYZEd, so the planner walks users_department_active for
 * deleted_at IS NULL and reads every row behind it, in department order). One narrow covering index over the
 * active users holds those columns: a count scans its small entries (a few ms at 100,000 users, whatever the
 * operator) or, for is:enabled / is:disabled, seeks straight to them.
 *
 * deleted_at (NULL throughout) comes first, as in users_department_active (migration 009): the list's own
 * condition (deleted_at IS NULL) is then an equality on the index, which the planner prefers without
 * statistics, and the index covers the count. One index and not one per column: an import writes every
 * index once per user, and the scan of this one is already well under the goal (test/bench/search.bench.ts).
 * The privileges are the fifteen columns of migration 001, named here as they are today: a later privilege
 * added to the table is simply not covered and counts as before. number is held too, so that a negated or
 * alternative number comparison (-number>=1000) is counted from the index as well.
 *
 * users_number_value_active: number ranges (number:1000..1999, number>=1000) read the active users in the
 * range alone. users_number_value (migration 006) has the very expression, but without statistics the
 * planner prefers the equality on deleted_at of another index and then reads every active row (200-440 ms
 * for the count, as much again for the page); with deleted_at first here, the range follows that equality.
 */
export const version = 13;

export const sql = /* sql */ `
CREATE INDEX users_flags_active ON users (
  deleted_at, enabled, phantom, vip, created_at, updated_at, number,
  sms, fax, ciscoPhoneMessage, detailedReports, editConferenceRooms, ctiAuthentication, restAuthentication, voiceRecording,
  webAccess, editGlobalDirectory, mobileConnect, changeMobileNumber, changeEmail, forwardExternal, applications
) WHERE deleted_at IS NULL;

CREATE INDEX users_number_value_active ON users (deleted_at, CAST(number AS INTEGER)) WHERE deleted_at IS NULL AND number <> '';
`;
