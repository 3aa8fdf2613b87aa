/**
 * Active Directory answers a failed bind with result 49 (invalid credentials) and hides the real reason in
 * its diagnostic message, e.g. "80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error,
 * data 52e, v3839". The "data" sub-code says whether the password is wrong, the account locked, expired...
 */
const AD_BIND_SUBCODES = ['525', '52e', '530', '531', '532', '533', '701', '773', '775'] as const;
export type AdBindSubcode = (typeof AD_BIND_SUBCODES)[number];

/** The known AD sub-code in a server's diagnostic message, or null. */
export function adBindSubcode(diagnosticMessage: string): AdBindSubcode | null {
  const match = /\bdata\s+([0-9a-f]{3,4})\b/i.exec(diagnosticMessage);
  if (!match) return null;
  const code = match[1]!.toLowerCase();
  return (AD_BIND_SUBCODES as readonly string[]).includes(code) ? (code as AdBindSubcode) : null;
}
