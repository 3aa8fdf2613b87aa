import type { Application, Language } from './index.js';
import type { Privileges } from './privileges.js';
import type { FaxNotifications, SecretStatus, VoiceRecordingOptions, VoicemailNotifications } from './user.js';

/** The site's default values, applied to every new user and to every field an import leaves empty. */
export interface DefaultValueFields {
  language: Language;
  alwaysPromptPin: boolean;
  showInDirectory: boolean;
  privileges: Privileges;
  voiceRecording: VoiceRecordingOptions;
  applications: Application[];
  voicemail: VoicemailNotifications;
  fax: FaxNotifications;
}

export interface DefaultValues extends DefaultValueFields {
  initialPassword: SecretStatus;
  pin: SecretStatus;
}
