/** Reserved for the contact photo cache (issue: LDAP). */
export const version = 4;

export const sql = /* sql */ ``;
