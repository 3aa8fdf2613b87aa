/** Text of the end-user screens and refusals. */
export const endUserMessages = {
} as const;
