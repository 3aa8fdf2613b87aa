import { describe, expect, it } from 'vitest';
import { en, english, translate } from '@shared/i18n/en';
import type { Message } from '@shared/i18n/en';

describe('the English catalog', () => {
  it('chooses the singular or plural form by count, and the zero form where one is given', () => {
    expect(translate(english, 'users.totalFiltered', { count: 1 })).toBe('1 user matches');
    expect(translate(english, 'users.totalFiltered', { count: 7 })).toBe('7 users match');
    expect(translate(english, 'users.totalFiltered', { count: 0 })).toBe('0 users match');
    expect(translate(english, 'groups.references', { count: 0 })).toBe('Nobody');
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(translate(english, 'rule.number.taken', { number: '1005', username: 'ashok.kumar' })).toBe('Number 1005 is already taken by ashok.kumar.');
    expect(translate(english, 'rule.number.taken', { number: '1005' })).toContain('{username}');
  });

  it('has text for every message, and the same placeholders in every plural form', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => name !== 'count')
        .sort();
    for (const [key, message] of Object.entries(en) as [string, Message][]) {
      const forms = typeof message === 'string' ? [message] : [message.one, message.other];
      for (const form of forms) expect(form.trim(), key).not.toBe('');
      if (typeof message !== 'string') expect(placeholders(message.one), key).toEqual(placeholders(message.other));
    }
  });
});
