/** The audit channels of the contract (see shared/contract.ts). */
export const auditChannels = {
} as const;
