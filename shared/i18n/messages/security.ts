/** Text of the security screens and refusals. */
export const securityMessages = {
} as const;
