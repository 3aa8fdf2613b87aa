import { z } from 'zod';
import { endUserDraftSchema } from '../rules/end-user-rules.js';
import type { EndUserSettings } from '../rules/end-user-rules.js';
import { out } from './channel.js';

/** The end-user channels of the contract (see shared/contract.ts). Secrets come back as status only. */
export const endUserChannels = {
  'endUser.get': { input: z.object({}), output: out<EndUserSettings>() },
  /** Saves the settings, their secrets and an audit entry in one transaction. */
  'endUser.save': { input: z.object({ draft: endUserDraftSchema }), output: out<EndUserSettings>() },
} as const;
