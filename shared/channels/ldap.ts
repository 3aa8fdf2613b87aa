/** The ldap channels of the contract (see shared/contract.ts). */
export const ldapChannels = {
} as const;
