import { errorMessages } from './messages/errors.js';
import { nativeMessages } from './messages/native.js';
import { ruleMessages } from './messages/rules.js';
import { uiMessages } from './messages/ui.js';

/** The complete English catalog. Another language is another object of the same keys. */
export const en = { ...ruleMessages, ...errorMessages, ...uiMessages, ...nativeMessages } as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function translate(catalog: Catalog, key: MessageKey, params?: MessageParams): string {
  const template = catalog[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
