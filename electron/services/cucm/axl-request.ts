import type { AxlVersion } from '@shared/rules/cucm-rules';

/**
 * The SOAP requests Roster sends to AXL. Every value that goes into a request is escaped here; element
 * names come from Roster's own lists, never from what somebody typed.
 */

const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const axlNamespace = (version: string) => `http://www.cisco.com/AXL/API/${version}`;
/** CUCM routes a request by this header; it must name the same version and operation as the body. */
export const soapAction = (version: string, operation: string) => `"CUCM:DB ver=${version} ${operation}"`;

/** The tags of an end user Roster reads (see CucmEndUser). */
const END_USER_TAGS = [
  'firstName',
  'lastName',
  'userid',
  'mailid',
  'department',
  'telephoneNumber',
  'mobileNumber',
  'pagerNumber',
  'primaryExtension',
  'userLocale',
  'associatedDevices',
] as const;

/** A returned tag as listUser asks for it: a list names the element of its entries. */
const returnedTag = (tag: (typeof END_USER_TAGS)[number]) =>
  tag === 'associatedDevices' ? '<associatedDevices><device/></associatedDevices>' : `<${tag}/>`;

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text or attribute content, escaped. Characters XML cannot carry at all are refused, not dropped. */
export function escapeXml(value: string): string {
  if (NOT_XML.test(value)) throw new RangeError('The value contains a character XML cannot carry');
  return value.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}

const ELEMENT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function element(name: string, value: string): string {
  if (!ELEMENT_NAME.test(name)) throw new RangeError(`Not an AXL element name: ${name}`);
  return `<${name}>${escapeXml(value)}</${name}>`;
}

/** A whole request document for one operation of the configured AXL version. */
export function envelope(version: AxlVersion | string, operation: string, inner: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<soapenv:Envelope xmlns:soapenv="${SOAP_ENVELOPE_NS}" xmlns:ns="${axlNamespace(version)}">` +
    `<soapenv:Header/><soapenv:Body><ns:${operation}>${inner}</ns:${operation}></soapenv:Body></soapenv:Envelope>`
  );
}

export interface ListUserPage {
  /** searchCriteria element -> value with % wildcards; an empty object matches every user. */
  criteria: Record<string, string>;
  skip: number;
  first: number;
}

/**
 * listUser with the criteria, the tags of END_USER_TAGS and one page. AXL requires at least one search
 * element: with none given, userid "%" matches everyone.
 */
export function listUserBody({ criteria, skip, first }: ListUserPage): string {
  const entries = Object.entries(criteria);
  const search = (entries.length > 0 ? entries : [['userid', '%'] as const]).map(([name, value]) => element(name, value)).join('');
  const tags = END_USER_TAGS.map(returnedTag).join('');
  return `<searchCriteria>${search}</searchCriteria><returnedTags>${tags}</returnedTags><skip>${Math.trunc(skip)}</skip><first>${Math.trunc(first)}</first>`;
}

export function getCcmVersionBody(): string {
  return '<processNodeName></processNodeName>';
}

export function doAuthenticateUserBody(userid: string, password: string): string {
  return element('userid', userid) + element('password', password);
}
