import { z } from 'zod';
import type { MessageKey } from '../i18n/en.js';

/** The bounds of a number setting: its rule, its field on screen (min, max) and its message all read them. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A whole number within `range`, refused with one message that states the range. Every refusal (no number,
 * a fraction, a number out of range) carries the bounds as the {min} and {max} parameters, so the text shown
 * can only name the limits the rule applies. (zod's own number checks would give only the bound they tested.)
 */
export function wholeNumberIn(range: NumberRange, message: MessageKey) {
  const { min, max } = range;
  return z.custom<number>((value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max, {
    error: message,
    params: { min, max },
  });
}
