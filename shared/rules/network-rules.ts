import { plainText } from './text.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';

// Rules for the addresses typed in the settings (presence servers, LDAP, CUCM). One place, so every
// screen and the contract say the same thing about a host or a port.

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** A DNS name of one or more labels (a single label such as "ldap01" is a valid intranet host name). */
const HOSTNAME_PATTERN = new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.?$`);
/** A domain such as example.com: at least two labels, the last one alphabetic. */
const DOMAIN_PATTERN = new RegExp(`^(?:${LABEL}\\.)+[A-Za-z]{2,63}$`);
const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(value: string): boolean {
  const bare = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
  if (!/^[0-9a-fA-F:.]+$/.test(bare) || !bare.includes(':')) return false;
  try {
    return new URL(`http://[${bare}]/`).hostname.length > 0;
  } catch {
    return false;
  }
}

function isHost(value: string): boolean {
  return isIPv4(value) || isIPv6(value) || (HOSTNAME_PATTERN.test(value) && !/^[0-9.]+$/.test(value) && value.length <= 253);
}

/** A host name or IP address; empty allowed (the setting is then not configured). */
export const hostSchema = plainText(253).refine((v) => v === '' || isHost(v), { error: 'rule.host.format' });
/** The TCP ports a server can listen on. */
export const PORT_RANGE: NumberRange = { min: 1, max: 65535 };
export const portSchema = wholeNumberIn(PORT_RANGE, 'rule.port.range');
export const domainSchema = plainText(253).refine((v) => v === '' || DOMAIN_PATTERN.test(v), { error: 'rule.domain.format' });
export const guidSchema = plainText(36).refine((v) => v === '' || GUID_PATTERN.test(v), { error: 'rule.guid.format' });
/** An https:// URL with a host; empty allowed. */
export const httpsUrlSchema = plainText(2048).refine((v) => v === '' || isHttpsUrl(v), { error: 'rule.url.https' });

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && isHost(url.hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}
