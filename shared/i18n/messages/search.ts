/** Text of the search features. */
export const searchMessages = {
} as const;
