/** The security channels of the contract (see shared/contract.ts). */
export const securityChannels = {
} as const;
