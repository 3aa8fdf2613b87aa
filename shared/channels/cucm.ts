import { z } from 'zod';
import type { SecretStatus } from '../domain/index.js';
import { cucmEndUserIdSchema, cucmSettingsDraftSchema, cucmTestSettingsSchema } from '../rules/cucm-rules.js';
import type { AxlVersion, CucmSettings } from '../rules/cucm-rules.js';
import { cucmImportSettingsSchema, cucmRemovalSchema, cucmSharedNumbersSchema } from '../rules/cucm-import-rules.js';
import { CUCM_PREVIEW_LISTS } from '../cucm/cucm-import-preview.js';
import type { CucmImportResult, CucmImportSettingsView, CucmPreviewRow, CucmPreviewSummary } from '../cucm/cucm-import-preview.js';
import { out } from './channel.js';
import type { ConnectionTestReport } from './connection-test.js';

/** What Settings > CUCM shows: the connection settings, and whether an AXL password is stored (never its value). */
export interface CucmSettingsView {
  settings: CucmSettings;
  password: SecretStatus;
}

export type CucmTestStepId = 'resolve' | 'connect' | 'tls' | 'auth' | 'version' | 'endUser';

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

const previewId = z.string().regex(/^[0-9a-f-]{36}$/);

/** Settings > CUCM: the connection, the AXL password and the connection tests. */
export const cucmSettingsChannels = {
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
    input: z.object({
      testId,
      settings: cucmTestSettingsSchema,
      password: testPassword,
      userid: cucmEndUserIdSchema,
      endUserPassword: z.string().max(256),
    }),
    output: out<CucmTestReport>(),
  },
  /** Stops a running connection test (the import's own fetch is stopped with cucm.cancel). */
  'cucm.cancelTest': { input: z.object({ testId }), output: out<{ cancelled: boolean }>() },
} as const;

/** The CUCM import: a preview read from CUCM, its lists, and apply as one import of the ledger ('import.undo'). */
export const cucmImportChannels = {
  'cucm.importSettings': { input: z.object({}), output: out<CucmImportSettingsView>() },
  /** Keeps the filters and mapping on screen for next time (an import keeps the ones it ran with itself). */
  'cucm.saveImportSettings': { input: z.object({ settings: cucmImportSettingsSchema }), output: out<CucmImportSettingsView>() },
  /**
   * Reads the end users from CUCM (progress by 'cucm.progress', cancel with cucm.cancel) and compares; changes
   * nothing. The preview is kept in main under its id until applied or replaced by the next one.
   */
  'cucm.preview': { input: z.object({ settings: cucmImportSettingsSchema }), output: out<CucmPreviewSummary>() },
  'cucm.previewList': {
    input: z.object({
      previewId,
      list: z.enum(CUCM_PREVIEW_LISTS),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: out<{ total: number; rows: CucmPreviewRow[] }>(),
  },
  /** Stops the running preview; false when none runs. */
  'cucm.cancel': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  /**
   * Applies a preview as one import; CONFLICT when the site changed since the preview. Over the mass-deletion
   * threshold, deleting is refused (VALIDATION at removal.typedCount) unless the number of users to delete is
   * typed; removal 'disable' disables those users instead of deleting them. sharedNumbers 'omit' imports the
   * users marked as sharing a number without it (summary.sharedNumbers, row.sharedWith).
   */
  'cucm.apply': {
    input: z.object({
      previewId,
      removal: cucmRemovalSchema.default({ action: 'delete', typedCount: null }),
      sharedNumbers: cucmSharedNumbersSchema.default('keep'),
    }),
    output: out<CucmImportResult>(),
  },
} as const;

export const cucmChannels = { ...cucmSettingsChannels, ...cucmImportChannels } as const;
