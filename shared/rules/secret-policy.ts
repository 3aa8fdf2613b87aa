import type { MessageKey } from '../i18n/en.js';
import type { FieldIssue } from '../result.js';
import type { PasswordChange, PinChange } from './user-rules.js';

// The security policy for passwords and PINs: one source of truth for the editor (as you type), the
// contract (on save), the defaults, bulk actions and imports. Each check names the rule that failed, so a
// refusal can say it in plain words and a stored "complies" fact can say why a secret no longer complies.

const SECURE_PASSWORD_MIN = 8;
const SECURE_PIN_MIN = 4;
const SECURE_PIN_MAX = 8;
/** Three digits that step up or down by one (123, 876) make a run; 9 and 0 are not neighbours (890 is allowed). */
const PIN_RUN_LENGTH = 3;

export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'special' | 'username';
export type PinRule = 'digits' | 'length' | 'sameNeighbour' | 'run' | 'repeatedGroup';

export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, MessageKey> = {
  length: 'policy.password.length',
  upper: 'policy.password.upper',
  lower: 'policy.password.lower',
  digit: 'policy.password.digit',
  special: 'policy.password.special',
  username: 'policy.password.username',
};

export const PIN_RULE_MESSAGES: Record<PinRule, MessageKey> = {
  digits: 'policy.pin.digits',
  length: 'policy.pin.length',
  sameNeighbour: 'policy.pin.sameNeighbour',
  run: 'policy.pin.run',
  repeatedGroup: 'policy.pin.repeatedGroup',
};

/** The parameters every policy message may use, so a message never shows an unfilled placeholder. */
export const POLICY_PARAMS = {
  min: SECURE_PASSWORD_MIN,
  pinMin: SECURE_PIN_MIN,
  pinMax: SECURE_PIN_MAX,
  run: PIN_RUN_LENGTH,
} as const;

/**
 * The parts of a username a password must not contain: the whole name, and for "name@domain" the part
 * before the @ as well (a domain alone is not personal). Parts shorter than three characters are ignored:
 * "al" inside a password says nothing about the user.
 */
function usernameParts(username: string): string[] {
  const whole = username.trim().toLowerCase();
  const local = whole.split('@')[0] ?? '';
  return [...new Set([whole, local])].filter((part) => [...part].length >= 3);
}

/** The first rule of a secure password that `password` breaks, or null when it complies. */
export function passwordPolicyFailure(password: string, username: string): PasswordRule | null {
  if ([...password].length < SECURE_PASSWORD_MIN) return 'length';
  if (!/\p{Lu}/u.test(password)) return 'upper';
  if (!/\p{Ll}/u.test(password)) return 'lower';
  if (!/\p{Nd}/u.test(password)) return 'digit';
  if (!/[^\p{L}\p{N}]/u.test(password)) return 'special';
  const lower = password.toLowerCase();
  if (usernameParts(username).some((part) => lower.includes(part))) return 'username';
  return null;
}

/** True when three or more digits in a row each step up by one, or each step down by one. */
export function hasDigitRun(pin: string): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < pin.length; i++) {
    const step = pin.charCodeAt(i) - pin.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= PIN_RUN_LENGTH || down >= PIN_RUN_LENGTH) return true;
  }
  return false;
}

/** The first rule of a secure PIN that `pin` breaks, or null when it complies. Only ASCII digits count. */
export function pinPolicyFailure(pin: string): PinRule | null {
  if (!/^[0-9]*$/.test(pin)) return 'digits';
  if (pin.length < SECURE_PIN_MIN || pin.length > SECURE_PIN_MAX) return 'length';
  if (/([0-9])\1/.test(pin)) return 'sameNeighbour';
  if (hasDigitRun(pin)) return 'run';
  // A group of two or more digits followed at once by itself: 1212, 408408, 51515.
  if (/([0-9]{2,})\1/.test(pin)) return 'repeatedGroup';
  return null;
}

function passwordPolicyMessage(rule: PasswordRule): MessageKey {
  return PASSWORD_RULE_MESSAGES[rule];
}

function pinPolicyMessage(rule: PinRule): MessageKey {
  return PIN_RULE_MESSAGES[rule];
}

/** Which rules are on; the security settings carry them. */
export interface SecretRulesInForce {
  securePasswords: boolean;
  securePins: boolean;
}

/** A password and a PIN about to be stored, and where their inputs are (paths relative to the draft). */
export interface SecretsToCheck {
  username: string;
  password: PasswordChange;
  pin: PinChange;
  passwordPath?: (string | number)[];
  pinPath?: (string | number)[];
}

/** The refusals of the rules in force for secrets being set; a kept or cleared secret is not checked. */
export function secretPolicyIssues(rules: SecretRulesInForce, secrets: SecretsToCheck): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (rules.securePasswords && secrets.password.action === 'set') {
    const failed = passwordPolicyFailure(secrets.password.value, secrets.username);
    if (failed)
      issues.push({ path: secrets.passwordPath ?? ['password', 'value'], message: passwordPolicyMessage(failed), params: { ...POLICY_PARAMS } });
  }
  if (rules.securePins && secrets.pin.action === 'set') {
    const failed = pinPolicyFailure(secrets.pin.value);
    if (failed) issues.push({ path: secrets.pinPath ?? ['pin', 'value'], message: pinPolicyMessage(failed), params: { ...POLICY_PARAMS } });
  }
  return issues;
}

const DAY_MS = 86_400_000;

/** The moment before which a secret set counts as expired, or null when such secrets never expire. */
export function expiryCutoff(days: number | null, now: Date): string | null {
  return days === null ? null : new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Expired: stamped as expired ("expire now"), or set at least `days` days ago. */
export function isSecretExpired(stamped: boolean, setAt: string | null, days: number | null, now: Date): boolean {
  if (stamped) return true;
  const cutoff = expiryCutoff(days, now);
  return cutoff !== null && setAt !== null && setAt <= cutoff;
}
