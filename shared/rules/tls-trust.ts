import { z } from 'zod';
import { plainText } from './text.js';

// What TLS trusts for one server besides the system's CAs: a CA of the customer's and/or server
// certificates the administrator pinned by fingerprint. Shared by every TLS client Roster has (LDAP, CUCM),
// so a pinned certificate means the same thing everywhere.

/** Upper-case hex pairs joined by colons, as Node reports a certificate's SHA-256 fingerprint. */
const FINGERPRINT_PATTERN = /^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** A server certificate the administrator chose to trust, pinned by its SHA-256 fingerprint. */
const pinnedCertificateSchema = z.object({
  fingerprint: z.string().regex(FINGERPRINT_PATTERN, { error: 'rule.ldap.fingerprint' }),
  subject: plainText(1024),
  issuer: plainText(1024),
  validFrom: plainText(64),
  validTo: plainText(64),
});
export type PinnedCertificate = z.infer<typeof pinnedCertificateSchema>;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Whether the text is one or more PEM certificates and nothing else. */
export function isPemCertificates(text: string): boolean {
  const blocks = text.match(PEM_BLOCK);
  return blocks !== null && text.replace(PEM_BLOCK, '').trim() === '';
}

export const tlsTrustSchema = z.object({
  caPem: z
    .string()
    .max(65_536, { error: 'rule.tooLong' })
    .refine((v) => v.trim() === '' || isPemCertificates(v), { error: 'rule.ldap.caPem' }),
  pinned: z.array(pinnedCertificateSchema).max(10),
});
export type TlsTrust = z.infer<typeof tlsTrustSchema>;
export const NO_TRUST: TlsTrust = { caPem: '', pinned: [] };
