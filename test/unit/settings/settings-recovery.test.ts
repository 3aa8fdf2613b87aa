import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_SECURITY_SETTINGS, securitySettingsSchema } from '@shared/rules/security-rules';
import { recoverSettings } from '../../../electron/services/site/settings-recovery';

// The schema of a section as a later version declares it; each test stores what an earlier one wrote.
const schema = z
  .object({
    enabled: z.boolean(),
    attempts: z.number().int().min(1).max(100).nullable(),
    minutes: z.number().int().min(1).nullable(),
    server: z.object({ host: z.string(), port: z.number().int().min(1).max(65535), tls: z.enum(['none', 'ldaps']) }),
    views: z.array(z.object({ name: z.string().min(1), column: z.enum(['username', 'number']) })),
    widths: z.partialRecord(z.enum(['username', 'number']), z.number().int().min(60).max(600)),
    added: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.attempts !== null && value.minutes === null) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'needed' });
  });
type Section = z.output<typeof schema>;
const defaults: Section = {
  enabled: false,
  attempts: 5,
  minutes: 10,
  server: { host: '', port: 389, tls: 'none' },
  views: [],
  widths: {},
  added: 'new default',
};
const stored = {
  enabled: true,
  attempts: 3,
  minutes: 20,
  server: { host: 'ldap.example.com', port: 636, tls: 'ldaps' },
  views: [{ name: 'Mine', column: 'number' }],
  widths: { username: 140 },
};
const recover = (document: unknown) => recoverSettings(typeof document === 'string' ? document : JSON.stringify(document), schema, defaults);

describe('reading a stored settings section over its defaults', () => {
  it('keeps every stored value when a later version adds a field, which takes its default without a report', () => {
    expect(recover(stored)).toEqual({ value: { ...stored, added: 'new default' }, resetFields: [], reasons: {}, unreadable: false });
  });

  it('drops a field a later version removed, silently', () => {
    expect(recover({ ...stored, removedLongAgo: 'x', server: { ...stored.server, legacyFlag: true } })).toEqual({
      value: { ...stored, added: 'new default' },
      resetFields: [],
      reasons: {},
      unreadable: false,
    });
  });

  it('resets only a value whose type changed, and says which and why, without the value', () => {
    const result = recover({ ...stored, attempts: '3', added: 'kept' });
    expect(result.value).toEqual({ ...stored, attempts: 5, added: 'kept' });
    expect(result.resetFields).toEqual(['attempts']);
    expect(result.reasons).toEqual({ attempts: expect.stringMatching(/^invalid_type: /) as string });
    expect(result.reasons.attempts).not.toContain('"3"');
    expect(result.unreadable).toBe(false);
  });

  it('resets the field a rule across fields blames, keeping the other', () => {
    const result = recover({ ...stored, minutes: null });
    expect(result.value).toMatchObject({ attempts: 3, minutes: 10 });
    expect(result.resetFields).toEqual(['minutes']);
    expect(result.reasons).toEqual({ minutes: 'custom: needed' });
  });

  it('resets a nested value alone, keeping its neighbours, and fills a nested field a later version added', () => {
    const result = recover({ ...stored, server: { host: 'ldap.example.com', port: 70_000 } });
    expect(result.value.server).toEqual({ host: 'ldap.example.com', port: 389, tls: 'none' });
    expect(result.resetFields).toEqual(['server.port']);
  });

  it('resets a nested object stored as something else', () => {
    const result = recover({ ...stored, server: 'ldap.example.com' });
    expect(result.value.server).toEqual(defaults.server);
    expect(result.resetFields).toEqual(['server']);
  });

  it('drops an array element or map entry that no longer validates, keeping the others', () => {
    const result = recover({ ...stored, views: [{ name: 'Old', column: 'renamedColumn' }, ...stored.views], widths: { username: 5000, number: 90 } });
    expect(result.value.views).toEqual(stored.views);
    expect(result.value.widths).toEqual({ number: 90 });
    expect(result.resetFields).toEqual(['views.0', 'widths.username']);
  });

  it('resets an array stored as something else', () => {
    const result = recover({ ...stored, views: { name: 'Mine' } });
    expect(result.value.views).toEqual([]);
    expect(result.resetFields).toEqual(['views']);
  });

  it('reads a document that is not JSON as the defaults, unreadable', () => {
    expect(recover('{"enabled": true, "attempts": 3')).toEqual({
      value: defaults,
      resetFields: [],
      reasons: {},
      unreadable: true,
      unreadableReason: 'not JSON',
    });
  });

  it('reads JSON that is not an object as the defaults, unreadable', () => {
    for (const document of ['[1, 2]', 'null', '42', '"security"']) {
      expect(recover(document)).toEqual({
        value: defaults,
        resetFields: [],
        reasons: {},
        unreadable: true,
        unreadableReason: expect.stringMatching(/^not a JSON object/) as string,
      });
    }
  });

  it('returns values the caller may change without changing the defaults', () => {
    const { value } = recover('not json');
    value.server.host = 'changed';
    expect(defaults.server.host).toBe('');
  });

  it('keeps Security as stored before the single sign-on URL was added', () => {
    const before = {
      rememberCredentials: false,
      lockoutAttempts: 3,
      lockoutMinutes: 15,
      securePasswords: true,
      passwordExpiryDays: 90,
      securePins: false,
      pinExpiryDays: null,
    };
    const result = recoverSettings(JSON.stringify(before), securitySettingsSchema, DEFAULT_SECURITY_SETTINGS);
    expect(result).toEqual({ value: { ...before, ssoUrl: '' }, resetFields: [], reasons: {}, unreadable: false });
  });
});
