import { childNamed, childText } from '@shared/xml/xml-document';
import type { XmlElement } from '@shared/xml/xml-document';

/**
 * A SOAP fault as CUCM sends it:
 *   <soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>…</faultstring>
 *   <detail><axlError><axlcode>5007</axlcode><axlmessage>…</axlmessage><request>listUser</request></axlError></detail>
 * axlcode is CUCM's own error number (-1 for the throttle and schema errors, 5000s for database errors).
 */
export interface AxlFault {
  faultcode: string;
  faultstring: string;
  /** null when the fault has no axlError detail (Tomcat or the SOAP layer refused the request). */
  axlcode: number | null;
  axlmessage: string;
  request: string;
}

/** AXL refuses an answer larger than 8 MB and says how many rows would fit. */
export interface AxlThrottle {
  totalRows: number;
  suggestedRows: number;
}

/** The fault inside a SOAP Body, or null when the body holds an answer. */
export function faultOf(body: XmlElement): AxlFault | null {
  const fault = body.children.find((c) => c.local === 'Fault');
  if (!fault) return null;
  const axlError = childNamed(childNamed(fault, 'detail'), 'axlError');
  const code = childText(axlError, 'axlcode').trim();
  return {
    faultcode: childText(fault, 'faultcode').trim(),
    faultstring: childText(fault, 'faultstring').trim(),
    axlcode: code !== '' && /^-?\d+$/.test(code) ? Number(code) : null,
    axlmessage: childText(axlError, 'axlmessage').trim(),
    request: childText(axlError, 'request').trim(),
  };
}

// Cisco's own texts write it "Suggestive Row Fetch" and, in places, "Suggested row fetch".
const THROTTLE = /Query request too large\.?\s*Total rows matched:\s*(\d+)\s*rows?\.?\s*Suggest\w*\s+row\s+fetch:\s*less than\s*(\d+)\s*rows?/i;

/** The throttle fault's figures, or null for any other fault. */
export function throttleOf(fault: AxlFault): AxlThrottle | null {
  const match = THROTTLE.exec(fault.faultstring) ?? THROTTLE.exec(fault.axlmessage);
  if (!match) return null;
  return { totalRows: Number(match[1]), suggestedRows: Number(match[2]) };
}

/** The fault's own words for a report: the AXL message when there is one, the fault string otherwise. */
export function faultText(fault: AxlFault): string {
  return fault.axlmessage || fault.faultstring || fault.faultcode;
}
