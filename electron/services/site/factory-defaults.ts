import { FACTORY_PRIVILEGES } from '@shared/domain';
import type { DefaultValueFields } from '@shared/domain';

/** The defaults of a new site: the platform's factory settings (web access, recording, mail forwarding). */
export const FACTORY_DEFAULTS: DefaultValueFields = {
  language: 'en',
  alwaysPromptPin: false,
  showInDirectory: true,
  privileges: { ...FACTORY_PRIVILEGES },
  voiceRecording: { inbound: true, outbound: true, userCanDelete: false },
  applications: [],
  voicemail: { forwardToEmail: true, markAsRead: false, smsOnNew: false },
  fax: { forwardToEmail: true, markAsRead: false, smsOnNew: false, outboundConfirmation: false },
};
