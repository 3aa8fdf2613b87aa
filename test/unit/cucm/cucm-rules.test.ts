import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '@shared/rules/issues';
import { CUCM_DEFAULTS, cucmSettingsDraftSchema, cucmSettingsSchema, cucmTestSettingsSchema } from '@shared/rules/cucm-rules';
import type { CucmSettings } from '@shared/rules/cucm-rules';

const issues = (schema: typeof cucmSettingsSchema, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
};
const settings = (changes: Partial<CucmSettings>): CucmSettings => ({ ...CUCM_DEFAULTS, ...changes });

describe('CUCM settings rules', () => {
  it('accepts the defaults (CUCM not used) and a complete configuration', () => {
    expect(issues(cucmSettingsSchema, CUCM_DEFAULTS)).toEqual([]);
    expect(CUCM_DEFAULTS.port).toBe(8443);
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm-pub.example.com', axlUser: 'axl-roster', axlVersion: '12.5' }))).toEqual([]);
    expect(issues(cucmSettingsSchema, settings({ host: '10.1.2.3', axlUser: 'axl' }))).toEqual([]);
  });

  it('says what is expected of each field', () => {
    expect(issues(cucmSettingsSchema, settings({ host: 'https://cucm', axlUser: 'a' }))).toEqual(['host: rule.host.format']);
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm', axlUser: 'a', port: 70000 }))).toEqual(['port: rule.port.range']);
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm', axlUser: 'a', axlVersion: '13.0' as never }))).toEqual([
      'axlVersion: rule.cucm.axlVersion',
    ]);
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm', axlUser: 'a', timeoutSeconds: 0 }))).toEqual(['timeoutSeconds: rule.cucm.timeout']);
  });

  it('wants the publisher and the AXL user together, and both to test', () => {
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm' }))).toEqual(['axlUser: rule.cucm.axlUserRequired']);
    expect(issues(cucmSettingsSchema, settings({ axlUser: 'axl' }))).toEqual(['host: rule.cucm.hostRequired']);
    expect(issues(cucmTestSettingsSchema, CUCM_DEFAULTS)).toEqual(['host: rule.cucm.hostRequired', 'axlUser: rule.cucm.axlUserRequired']);
  });

  it('takes a pinned certificate only with a real SHA-256 fingerprint', () => {
    const pin = { fingerprint: 'AB:CD', subject: 'CN=x', issuer: 'CN=x', validFrom: '', validTo: '' };
    expect(issues(cucmSettingsSchema, settings({ host: 'cucm', axlUser: 'a', trust: { caPem: '', pinned: [pin] } }))).toEqual([
      'trust.pinned.0.fingerprint: rule.ldap.fingerprint',
    ]);
  });

  it('refuses an empty password as a new password', () => {
    const parsed = cucmSettingsDraftSchema.safeParse({ settings: CUCM_DEFAULTS, password: { action: 'set', value: '' } });
    expect(parsed.success).toBe(false);
  });
});
