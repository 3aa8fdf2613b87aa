/**
 * The bulk channels of the contract. Spread this map into shared/contract.ts once it has a channel
 * (an empty map spread there degrades the contract's inferred types).
 */
export const bulkChannels = {
} as const;
