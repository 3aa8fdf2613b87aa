export * from './domain/index.js';
export type { UserDraft, GroupDraft, DefaultsDraft, PasswordChange, PinChange } from './rules/index.js';
