/** Reserved for bulk changes and their undo (issue: search operators and the 100,000-user list). */
export const version = 5;

export const sql = /* sql */ ``;
