import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PHOTO_MAX_KB } from '@shared/channels/photos';
import { EXTENSION_MAX_DIGITS, MAX_SITE_USERS } from '@shared/domain';
import { en, english, translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import type { FieldIssue } from '@shared/result';
import { bulkSelectionSchema } from '@shared/rules/bulk-rules';
import { AXL_VERSIONS, CUCM_DEFAULTS, CUCM_TIMEOUT_SECONDS_RANGE, cucmSettingsSchema } from '@shared/rules/cucm-rules';
import { issueAt, toFieldIssues } from '@shared/rules/issues';
import { CONTACT_PHOTOS_DEFAULTS, LDAP_TIMEOUT_SECONDS_RANGE, PHOTO_CACHE_DAYS_RANGE, contactPhotosSettingsSchema } from '@shared/rules/ldap-rules';
import { PORT_RANGE, portSchema } from '@shared/rules/network-rules';
import { extensionPoolSchema } from '@shared/rules/pool-rules';
import { POLICY_PARAMS } from '@shared/rules/secret-policy';
import {
  DEFAULT_SECURITY_SETTINGS,
  EXPIRY_DAYS_RANGE,
  LOCKOUT_ATTEMPTS_RANGE,
  LOCKOUT_MINUTES_RANGE,
  securitySettingsSchema,
} from '@shared/rules/security-rules';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import { pinChangeSchema, userDraftIssues } from '@shared/rules/user-rules';
import type { NumberRange } from '@shared/rules/whole-number';
import { FACTORY_DEFAULTS } from '../../../electron/services/site/factory-defaults';
import { newUserDraft } from '../../../electron/services/site/new-user-draft';

// Each limit is declared once in shared/rules and read by the rule, the screen's field and the message. These
// cases hold the rule and its message together: the rule refuses one past the limit, and the text the
// administrator then reads (issueText: the issue's key with its params, as every form shows it) names the
// very limits the rule applies, with no placeholder left unfilled.

/** The text under the field, as the renderer writes it. */
const shown = (issue: FieldIssue | undefined) => (issue ? translate(english, issue.message, issue.params) : undefined);

function issuesOf(schema: z.ZodType, value: unknown): FieldIssue[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues);
}

/** The message text of a catalog entry, as written (the `other` form of a plural). */
const template = (key: MessageKey) => {
  const message = en[key];
  return typeof message === 'string' ? message : message.other;
};

interface RangeCase {
  name: string;
  range: NumberRange;
  message: MessageKey;
  /** The field's issues for a value. */
  issues(value: unknown): FieldIssue[];
}

const field =
  <T extends object>(schema: z.ZodType, base: T, key: keyof T & string): RangeCase['issues'] =>
  (value) =>
    issuesOf(schema, { ...base, [key]: value }).filter((issue) => issue.path.join('.') === key);

const user = newUserDraft({ defaults: { get: () => FACTORY_DEFAULTS }, pool: { nextFree: () => null } } as never);

const RANGES: RangeCase[] = [
  {
    name: 'lock-out attempts',
    range: LOCKOUT_ATTEMPTS_RANGE,
    message: 'security.rule.attempts',
    issues: field(securitySettingsSchema, DEFAULT_SECURITY_SETTINGS, 'lockoutAttempts'),
  },
  {
    name: 'lock-out minutes',
    range: LOCKOUT_MINUTES_RANGE,
    message: 'security.rule.minutes',
    issues: field(securitySettingsSchema, DEFAULT_SECURITY_SETTINGS, 'lockoutMinutes'),
  },
  {
    name: 'password expiry days',
    range: EXPIRY_DAYS_RANGE,
    message: 'security.rule.days',
    issues: field(securitySettingsSchema, DEFAULT_SECURITY_SETTINGS, 'passwordExpiryDays'),
  },
  {
    name: 'PIN expiry days',
    range: EXPIRY_DAYS_RANGE,
    message: 'security.rule.days',
    issues: field(securitySettingsSchema, DEFAULT_SECURITY_SETTINGS, 'pinExpiryDays'),
  },
  {
    name: 'the CUCM timeout',
    range: CUCM_TIMEOUT_SECONDS_RANGE,
    message: 'rule.cucm.timeout',
    issues: field(cucmSettingsSchema, CUCM_DEFAULTS, 'timeoutSeconds'),
  },
  {
    name: 'the LDAP timeout',
    range: LDAP_TIMEOUT_SECONDS_RANGE,
    message: 'rule.ldap.timeout',
    issues: field(contactPhotosSettingsSchema, CONTACT_PHOTOS_DEFAULTS, 'timeoutSeconds'),
  },
  {
    name: 'the photo cache days',
    range: PHOTO_CACHE_DAYS_RANGE,
    message: 'rule.ldap.cacheDays',
    issues: field(contactPhotosSettingsSchema, CONTACT_PHOTOS_DEFAULTS, 'cacheDays'),
  },
  { name: 'a port', range: PORT_RANGE, message: 'rule.port.range', issues: (value) => issuesOf(portSchema, value) },
  {
    name: 'VIP status',
    range: VIP_RANGE,
    message: 'rule.vip.range',
    issues: (value) => userDraftIssues({ ...user, vip: value as number }).filter((issue) => issue.path[0] === 'vip'),
  },
];

describe('a number limit, in its rule and its message', () => {
  it.each(RANGES)('$name: accepts its bounds, refuses one past each, and the message says both', ({ range, message, issues }) => {
    expect(issues(range.min)).toEqual([]);
    expect(issues(range.max)).toEqual([]);
    for (const refused of [range.min - 1, range.max + 1, range.min + 0.5, Number.NaN, '']) {
      const found = issues(refused);
      expect(
        found.map((issue) => issue.message),
        String(refused),
      ).toEqual([message]);
      const text = shown(found[0])!;
      // Limits are quantities: written with the language's digit grouping (1,440 minutes).
      expect(text).toContain(`${range.min.toLocaleString('en')} to ${range.max.toLocaleString('en')}`);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(RANGES)('$name: the catalog takes the limits from the rule instead of writing them', ({ range, message }) => {
    expect(template(message)).toContain('{min} to {max}');
    expect(template(message)).not.toContain(String(range.max));
  });
});

describe('other limits, in their rule and their message', () => {
  it('a PIN: the maximum its message names is the longest PIN the rule accepts, whatever was wrong', () => {
    const pin = (value: string) => issuesOf(pinChangeSchema, { action: 'set', value, confirmation: value });
    const max = Number(pin('12a4')[0]!.params!.max);
    expect(pin('7'.repeat(max))).toEqual([]);
    for (const refused of ['12a4', '7'.repeat(max + 1)]) expect(shown(pin(refused)[0])).toBe(`A PIN is made of digits only (0-9), at most ${max}.`);
  });

  it('an extension: one digit too many is refused, and the message names the longest', () => {
    const issues = (number: string) => userDraftIssues({ ...user, number }).filter((issue) => issue.path[0] === 'number');
    expect(issues('9'.repeat(EXTENSION_MAX_DIGITS))).toEqual([]);
    expect(shown(issues('12a')[0])).toContain(`1 to ${EXTENSION_MAX_DIGITS} digits`);
    expect(template('rule.number.format')).not.toContain(String(EXTENSION_MAX_DIGITS));
  });

  it('an extension pool range: the message names the longest number as the rule does', () => {
    const [issue] = issuesOf(extensionPoolSchema, [{ first: 5000, last: 4000 }]);
    expect(issue!.message).toBe('rule.pool.range');
    expect(shown(issue)).toContain(`0 to ${EXTENSION_MAX_DIGITS} digits`);
  });

  it('an AXL version: the message lists exactly the versions the rule accepts', () => {
    const [issue] = issuesOf(cucmSettingsSchema, { ...CUCM_DEFAULTS, axlVersion: '13.0' });
    expect(issueAt([issue!], ['axlVersion'])!.message).toBe('rule.cucm.axlVersion');
    expect(shown(issue)).toBe(`Choose the AXL version, one of ${AXL_VERSIONS.join(', ')}.`);
  });

  it('a bulk selection: one user more than a site holds is refused, and the message says how many', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
    expect(issuesOf(bulkSelectionSchema, ids(MAX_SITE_USERS))).toEqual([]);
    const [issue] = issuesOf(bulkSelectionSchema, ids(MAX_SITE_USERS + 1));
    expect(shown(issue)).toBe(`Select at most ${MAX_SITE_USERS.toLocaleString('en')} users at a time.`);
  });
});

describe('limits the screens pass to their text', () => {
  const filled = (key: MessageKey, params: MessageParams) => {
    const text = translate(english, key, params);
    expect(text, key).not.toMatch(/\{\w+\}/);
    return text;
  };

  it('the secure password and PIN hints say what the policy checks', () => {
    expect(filled('security.securePasswordsHint', { ...POLICY_PARAMS })).toContain(`At least ${POLICY_PARAMS.min} characters`);
    const pins = filled('security.securePinsHint', { ...POLICY_PARAMS });
    expect(pins).toContain(`${POLICY_PARAMS.pinMin} to ${POLICY_PARAMS.pinMax} digits`);
    expect(pins).toContain(`no ${POLICY_PARAMS.run} digits in a row`);
  });

  it('VIP stars, the photo size and the large demo name their limits from the shared constants', () => {
    expect(filled('users.vipStars', { count: 3, max: VIP_RANGE.max })).toBe(`3 of ${VIP_RANGE.max} stars`);
    expect(filled('field.vipValue', { count: 1, max: VIP_RANGE.max })).toBe(`1 of ${VIP_RANGE.max} stars`);
    expect(filled('ldap.note.photosTooLarge', { count: 2, maxKb: PHOTO_MAX_KB })).toContain(`over ${PHOTO_MAX_KB} KB`);
    expect(filled('photos.skip.tooLarge', { size: '120.0 KB', maxKb: PHOTO_MAX_KB })).toContain(`up to ${PHOTO_MAX_KB} KB`);
    expect(filled('welcome.largeDemo', { count: MAX_SITE_USERS.toLocaleString('en') })).toBe('Open a large demo site (100,000 users)');
  });
});
