import { describe, expect, it } from 'vitest';
import { english, translate } from '@shared/i18n/en';
import {
  hasDigitRun,
  isSecretExpired,
  passwordPolicyFailure,
  PASSWORD_RULE_MESSAGES,
  pinPolicyFailure,
  PIN_RULE_MESSAGES,
  POLICY_PARAMS,
  secretPolicyIssues,
} from '@shared/rules/secret-policy';

describe('secure PIN', () => {
  it.each([
    ['1234', 'run'],
    ['8765', 'run'],
    ['3885', 'sameNeighbour'],
    ['1212', 'repeatedGroup'],
    ['408408', 'repeatedGroup'],
    ['9123', 'run'],
    ['59876', 'run'],
    ['51515', 'repeatedGroup'],
    ['', 'length'],
    ['937', 'length'],
    ['739172951', 'length'],
    ['12a4', 'digits'],
    ['abcd', 'digits'],
    ['١٢٣٤', 'digits'],
    ['７３９１', 'digits'],
    [' 7391', 'digits'],
  ])('refuses %j: %s', (pin, rule) => {
    expect(pinPolicyFailure(pin)).toBe(rule);
  });

  it.each(['7391', '13579', '97531', '2468', '8642', '1357', '7391739', '8901', '2090', '40840'])('accepts %j', (pin) => {
    expect(pinPolicyFailure(pin)).toBeNull();
  });

  it('counts a run only for steps of exactly one, up or down, with 9 and 0 not neighbours', () => {
    expect(hasDigitRun('135')).toBe(false);
    expect(hasDigitRun('890')).toBe(false);
    expect(hasDigitRun('098')).toBe(false);
    expect(hasDigitRun('3210')).toBe(true);
    expect(hasDigitRun('12')).toBe(false);
    expect(hasDigitRun('2123')).toBe(true);
  });

  it('accepts exactly 4 and 8 digits', () => {
    expect(pinPolicyFailure('7391')).toBeNull();
    expect(pinPolicyFailure('73915824')).toBeNull();
    expect(pinPolicyFailure('739158246')).toBe('length');
  });
});

describe('secure password', () => {
  it.each([
    ['', 'length'],
    ['Ab1!xyz', 'length'],
    ['abcdefg1!', 'upper'],
    ['ABCDEFG1!', 'lower'],
    ['Abcdefgh!', 'digit'],
    ['Abcdefgh1', 'special'],
    ['XAnna.Berg1!', 'username'],
    ['Wx1!ANNA.BERGzz', 'username'],
    ['Wx1!anna.bergZ', 'username'],
    ['zzANNA.berg#9', 'username'],
  ])('refuses %j: %s', (password, rule) => {
    expect(passwordPolicyFailure(password, 'anna.berg@example.com')).toBe(rule);
  });

  it.each(['Tr0ub4dor&3', 'Correct-Horse-7', 'Zürich#2026x', 'A1!bcdefgh'])('accepts %j for anna.berg', (password) => {
    expect(passwordPolicyFailure(password, 'anna.berg')).toBeNull();
  });

  it('ignores username parts too short to be personal, and a domain alone', () => {
    expect(passwordPolicyFailure('Al#12345xy', 'al')).toBeNull();
    expect(passwordPolicyFailure('Example.com1!', 'bo@example.com')).toBeNull();
  });
});

describe('refusals name the rule in words', () => {
  it('every rule has its own message with every placeholder filled', () => {
    const texts = [...Object.values(PASSWORD_RULE_MESSAGES), ...Object.values(PIN_RULE_MESSAGES)].map((key) =>
      translate(english, key, { ...POLICY_PARAMS }),
    );
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(translate(english, PIN_RULE_MESSAGES.length, { ...POLICY_PARAMS })).toBe('A secure PIN has 4 to 8 digits.');
  });

  it('checks only the rules in force and only secrets being set, at the field', () => {
    const secrets = {
      username: 'x.y',
      password: { action: 'set' as const, value: 'short', confirmation: 'short' },
      pin: { action: 'set' as const, value: '1234', confirmation: '1234' },
    };
    expect(secretPolicyIssues({ securePasswords: false, securePins: false }, secrets)).toEqual([]);
    expect(secretPolicyIssues({ securePasswords: false, securePins: true }, secrets)).toEqual([
      { path: ['pin', 'value'], message: 'policy.pin.run', params: POLICY_PARAMS },
    ]);
    expect(secretPolicyIssues({ securePasswords: true, securePins: true }, { ...secrets, pin: { action: 'keep' } }).map((i) => i.path)).toEqual([
      ['password', 'value'],
    ]);
  });
});

describe('expiry', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');
  it('counts a secret set at least N days ago, or stamped, as expired', () => {
    expect(isSecretExpired(false, '2026-02-20T12:00:00.000Z', 10, now)).toBe(false);
    expect(isSecretExpired(false, '2026-02-19T12:00:00.000Z', 10, now)).toBe(true);
    expect(isSecretExpired(false, '2020-01-01T00:00:00.000Z', null, now)).toBe(false);
    expect(isSecretExpired(true, null, null, now)).toBe(true);
    expect(isSecretExpired(false, null, 1, now)).toBe(false);
  });
});
