import type { UserFields } from '../user-record/user-fields.js';
import type { SecretStatus } from './user.js';

/** The site's default values, applied to every new user and to every field an import leaves empty. */
export type DefaultValueFields = Pick<
  UserFields,
  'language' | 'alwaysPromptPin' | 'showInDirectory' | 'privileges' | 'voiceRecording' | 'applications' | 'voicemail' | 'fax'
>;

export type DefaultValues = DefaultValueFields & {
  initialPassword: SecretStatus;
  pin: SecretStatus;
};
