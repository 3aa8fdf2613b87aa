/** Text of the bulk features. */
export const bulkMessages = {
} as const;
