/** Reserved for the security policy and credential lifecycle (issue: security policy and audit log). */
export const version = 3;

export const sql = /* sql */ ``;
