/** Text of the ldap screens and refusals. */
export const ldapMessages = {
} as const;
