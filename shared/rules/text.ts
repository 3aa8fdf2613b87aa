import { z } from 'zod';

// Control characters (C0, DEL, C1) have no place in directory fields and break CSV and LDAP output.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A single-line text field: trimmed, no control characters, at most `max` characters (may be empty). */
export function plainText(max: number) {
  return z
    .string({ error: 'rule.invalid' })
    .trim()
    .max(max, { error: 'rule.tooLong' })
    .refine((v) => !CONTROL.test(v), { error: 'rule.controlCharacters' });
}

/** A text field that must not be empty. */
export function requiredText(max: number, requiredMessage = 'rule.required') {
  return plainText(max).refine((v) => v.length > 0, { error: requiredMessage });
}

/** Plain text that, when not empty, must match `pattern`. */
export function optionalPattern(max: number, pattern: RegExp, message: string) {
  return plainText(max).refine((v) => v === '' || pattern.test(v), { error: message });
}
