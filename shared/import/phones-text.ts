import type { UserFields } from '../domain/user.js';

type Phone = UserFields['phones'][number];

/**
 * A user's phones in one cell, as the Roster layout writes them and the import reads them: phones separated
 * by ';', each its device name, then after ':' its model and "line N" (the line carrying the primary
 * extension), separated by ','. For example "SEP001EBE90DFAD: Cisco 8845, line 1; CSFJDOE: Cisco Jabber".
 */

export function phonesToText(phones: readonly Phone[]): string {
  return phones
    .map((phone) => {
      const details = [phone.model, phone.line === null ? '' : `line ${phone.line}`].filter((part) => part !== '');
      return details.length > 0 ? `${phone.device}: ${details.join(', ')}` : phone.device;
    })
    .join('; ');
}

const LINE = /^line\s*(\d+)$/i;

/** The phones of a cell; what the record's rule refuses (a bad device name, line 0) is kept as written, for its message. */
export function phonesFromText(text: string): Phone[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      const device = (colon === -1 ? part : part.slice(0, colon)).trim();
      const details =
        colon === -1
          ? []
          : part
              .slice(colon + 1)
              .split(',')
              .map((d) => d.trim())
              .filter((d) => d !== '');
      const lineDetail = details.find((d) => LINE.test(d));
      return {
        device,
        model: details.filter((d) => d !== lineDetail).join(', '),
        line: lineDetail === undefined ? null : Number(LINE.exec(lineDetail)![1]),
      };
    });
}
