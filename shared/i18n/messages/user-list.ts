/** Text of the user-list features. */
export const userListMessages = {
} as const;
