/** Text of the audit screens and refusals. */
export const auditMessages = {
} as const;
