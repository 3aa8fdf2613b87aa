import { z } from 'zod';
import type { MessageParams } from '../i18n/en.js';

// Control characters (C0, DEL, C1) have no place in directory fields and break CSV and LDAP output.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A single-line text field: trimmed, in Unicode's composed form (NFC: a "ü" typed as u + accent and one typed
 * as one character are the same name, so uniqueness and search agree), no control characters, at most `max`
 * characters (may be empty).
 */
export function plainText(max: number) {
  return z
    .string({ error: 'rule.invalid' })
    .trim()
    .normalize('NFC')
    .max(max, { error: 'rule.tooLong' })
    .refine((v) => !CONTROL.test(v), { error: 'rule.controlCharacters' });
}

/** Plain text that, when not empty, must match `pattern`; `params` fill the message's placeholders. */
export function optionalPattern(max: number, pattern: RegExp, message: string, params?: MessageParams) {
  return plainText(max).refine((v) => v === '' || pattern.test(v), { error: message, ...(params ? { params } : {}) });
}
