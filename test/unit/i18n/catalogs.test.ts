import { describe, expect, it } from 'vitest';
import { en, translate } from '@shared/i18n/en';
import type { Catalog, Message, MessageKey } from '@shared/i18n/en';
import type { LanguageModule } from '@shared/i18n/translation';

// Every language beside English: shared/i18n/locales/<language>/index.ts exports its catalog. A catalog that
// lacks a key, has one English no longer has, or changes a placeholder fails here and names the key.
const modules = import.meta.glob<LanguageModule>('../../../shared/i18n/locales/*/index.ts', { eager: true });
const catalogs: Catalog[] = Object.values(modules).map((module) => module.catalog);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
const formsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : [message.one, message.other, ...(message.zero === undefined ? [] : [message.zero])];
/** The placeholders a message may use: those of its English text, in any of its forms. */
const placeholderSet = (message: Message) => new Set(formsOf(message).flatMap(placeholders));
/** Braces that do not form a placeholder: a typo such as "{count" that would reach the screen. */
const strayBraces = (text: string) => text.replace(/\{\w+\}/g, '').match(/[{}]/g) ?? [];
const words = (text: string) => text.replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu) ?? [];

describe('the catalogs of other languages', () => {
  it('are there: German, French, Italian and Spanish', () => {
    expect(catalogs.map((catalog) => catalog.locale).sort()).toEqual(['de', 'es', 'fr', 'it']);
  });

  describe.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))('%s', (_locale, catalog) => {
    const keys = Object.keys(en) as MessageKey[];

    it('has every English key and no other', () => {
      expect(keys.filter((key) => !Object.prototype.hasOwnProperty.call(catalog.messages, key))).toEqual([]);
      expect(Object.keys(catalog.messages).filter((key) => !Object.prototype.hasOwnProperty.call(en, key))).toEqual([]);
    });

    it('keeps the placeholders of English in every message and every plural form, and no stray brace', () => {
      const broken: string[] = [];
      for (const key of keys) {
        const english: Message = en[key];
        const message = catalog.messages[key];
        if (message === undefined) continue;
        const allowed = placeholderSet(english);
        // A plural message stays plural (its form is chosen by {count}); a plain one stays plain.
        if ((typeof english === 'string') !== (typeof message === 'string')) broken.push(`${key}: plural and plain text swapped`);
        for (const form of formsOf(message)) {
          for (const name of placeholders(form)) if (!allowed.has(name)) broken.push(`${key}: unknown placeholder {${name}}`);
          if (strayBraces(form).length > 0) broken.push(`${key}: stray brace in "${form}"`);
        }
        // Every placeholder English shows is shown in the translation too (a plural's forms together).
        const used = placeholderSet(message);
        for (const name of allowed) if (name !== 'count' && !used.has(name)) broken.push(`${key}: {${name}} is missing`);
      }
      expect(broken).toEqual([]);
    });

    it('is translated: no message of several words is left in English', () => {
      const untranslated = keys.filter((key) => {
        const message = catalog.messages[key];
        return (
          message !== undefined && JSON.stringify(message) === JSON.stringify(en[key]) && formsOf(en[key]).some((form) => words(form).length >= 3)
        );
      });
      expect(untranslated).toEqual([]);
    });

    it("fills placeholders and chooses plural forms by the language's rules", () => {
      const text = translate(catalog, 'bulk.bar.selected', { count: 1234 });
      expect(text).toContain(new Intl.NumberFormat(catalog.locale).format(1234));
      expect(text).not.toBe(translate(catalog, 'bulk.bar.selected', { count: 1 }));
    });
  });
});
