import { z } from 'zod';
import type { SecretStatus } from '../domain/index.js';
import { cucmEndUserIdSchema, cucmSettingsDraftSchema, cucmTestSettingsSchema } from '../rules/cucm-rules.js';
import type { AxlVersion, CucmSettings } from '../rules/cucm-rules.js';
import { out } from './channel.js';
import type { ConnectionTestReport } from './connection-test.js';

/** What Settings > CUCM shows: the connection settings, and whether an AXL password is stored (never its value). */
export interface CucmSettingsView {
  settings: CucmSettings;
  password: SecretStatus;
}

export const CUCM_TEST_STEPS = ['resolve', 'connect', 'tls', 'auth', 'version', 'endUser'] as const;
export type CucmTestStepId = (typeof CUCM_TEST_STEPS)[number];

export interface CucmTestReport extends ConnectionTestReport<CucmTestStepId> {
  /** 'connection': reach CUCM and sign in to AXL; 'endUser': also check one end user's password. */
  kind: 'connection' | 'endUser';
  target: { host: string; port: number; axlVersion: AxlVersion; axlUser: string; timeoutSeconds: number; endUser: string | null };
  /** The CUCM release getCCMVersion answered, e.g. "14.0.1.13900(155)". */
  cucmVersion: string | null;
}

const testId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
/** The AXL password of a test: as typed on the screen, or the stored one (the field was left unchanged). */
const testPassword = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('set'), value: z.string().max(256) }),
]);

/** The cucm channels of the contract (see shared/contract.ts). */
export const cucmChannels = {
  'cucm.get': { input: z.object({}), output: out<CucmSettingsView>() },
  /** The settings and the AXL password, in one transaction with an audit entry. */
  'cucm.save': { input: z.object({ draft: cucmSettingsDraftSchema }), output: out<CucmSettingsView>() },
  /** Reaches CUCM with the values on the screen (saved or not) and asks its version; saves nothing. */
  'cucm.testConnection': {
    input: z.object({ testId, settings: cucmTestSettingsSchema, password: testPassword }),
    output: out<CucmTestReport>(),
  },
  /** As testConnection, then has CUCM check one end user's password (doAuthenticateUser); nothing is stored. */
  'cucm.testEndUser': {
    input: z.object({ testId, settings: cucmTestSettingsSchema, password: testPassword, userid: cucmEndUserIdSchema, endUserPassword: z.string().max(256) }),
    output: out<CucmTestReport>(),
  },
  /** Stops a running connection test (the import's own fetch is stopped with cucm.cancel). */
  'cucm.cancelTest': { input: z.object({ testId }), output: out<{ cancelled: boolean }>() },
} as const;
