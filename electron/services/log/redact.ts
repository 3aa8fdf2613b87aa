/**
 * The second line of defence against a secret in the log. The first is by construction: callers log codes,
 * counts, channel names, ids and the causes of errors, never a contract input. This guard still replaces the
 * value of any key that looks like it holds a secret, however deep, so a careless `fields` cannot leak one.
 */

/** Keys whose values are never written: passwords, PINs, bind passwords, tokens, session ids, keys. */
const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|session|cookie|authorization|^pin$|pin(code|s)?$|^key$|privatekey|apikey|datakey/i;

export const REDACTED = '[redacted]';

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A copy of `value` with every secret-looking key's value replaced (cycles and depth cut short). */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = isSecretKey(key) ? REDACTED : redact(item, depth + 1);
  return copy;
}
