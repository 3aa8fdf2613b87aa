import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch } from '@shared/search';

// Text made mostly of the language's own characters, so the parser's corners are visited often.
const searchy = fc
  .array(
    fc.constantFrom(
      'a',
      'ü',
      ' ',
      '"',
      '\\',
      '-',
      '(',
      ')',
      ':',
      '>',
      '<',
      '=',
      '.',
      '*',
      'OR',
      'dept:',
      'number',
      '1',
      '2026-01-01',
      '..',
      'is:',
      'x',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('parseSearch on any input', () => {
  it('never throws, and an error marks characters inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), searchy), (text) => {
        const parsed = parseSearch(text);
        if (!parsed.ok) {
          const { position, length, message } = parsed.error;
          // The catch-all is for bugs only: every real problem has its own message.
          expect(message).not.toBe('search.error.unreadable');
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(text.length);
          expect(length).toBeGreaterThanOrEqual(0);
          expect(position + length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
