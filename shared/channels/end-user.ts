/** The end-user channels of the contract (see shared/contract.ts). */
export const endUserChannels = {
} as const;
