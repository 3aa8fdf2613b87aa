import { describe, expect, it } from 'vitest';
import { faultOf, throttleOf } from '../../../electron/services/cucm/axl-fault';
import { doAuthenticateUserBody, envelope, escapeXml, listUserBody, soapAction } from '../../../electron/services/cucm/axl-request';
import { endUsersOf } from '../../../electron/services/cucm/end-user-answer';
import { childNamed, readXml } from '@shared/xml/xml-document';

describe('AXL requests', () => {
  it('names the operation and version in the SOAPAction and the namespace alike', () => {
    expect(soapAction('12.5', 'listUser')).toBe('"CUCM:DB ver=12.5 listUser"');
    const request = readXml(envelope('12.5', 'listUser', listUserBody({ criteria: {}, skip: 0, first: 10 })));
    const operation = childNamed(request, 'Body')!.children[0]!;
    expect(operation.local).toBe('listUser');
    expect(operation.namespace).toBe('http://www.cisco.com/AXL/API/12.5');
  });

  it('asks listUser for the criteria, every tag Roster reads, and one page', () => {
    const body = listUserBody({ criteria: { lastName: 'M%', department: 'support' }, skip: 200, first: 100 });
    expect(body).toBe(
      '<searchCriteria><lastName>M%</lastName><department>support</department></searchCriteria>' +
        '<returnedTags><firstName/><lastName/><userid/><mailid/><department/><telephoneNumber/><mobileNumber/><pagerNumber/><primaryExtension/><userLocale/><associatedDevices><device/></associatedDevices></returnedTags>' +
        '<skip>200</skip><first>100</first>',
    );
    // AXL needs one search element: with none, every user id matches.
    expect(listUserBody({ criteria: {}, skip: 0, first: 1 })).toContain('<searchCriteria><userid>%</userid></searchCriteria>');
  });

  it('escapes every value and refuses element names that are not AXL names', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const body = doAuthenticateUserBody('anna</userid><x>', 'p&ss"<w>');
    expect(body).toBe('<userid>anna&lt;/userid&gt;&lt;x&gt;</userid><password>p&amp;ss&quot;&lt;w&gt;</password>');
    expect(() => listUserBody({ criteria: { 'lastName><x': 'a' }, skip: 0, first: 1 })).toThrow(RangeError);
    expect(() => escapeXml('bell\u0007')).toThrow(RangeError);
    // What was escaped reads back as typed.
    const read = readXml(`<r>${body}</r>`);
    expect(read.children.map((c) => c.text)).toEqual(['anna</userid><x>', 'p&ss"<w>']);
  });
});

describe('AXL answers and faults', () => {
  const fault = (string: string, axlcode = '-1') =>
    childNamed(
      readXml(
        `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode>` +
          `<faultstring>${string}</faultstring><detail><axlError><axlcode>${axlcode}</axlcode><axlmessage>${string}</axlmessage><request>listUser</request></axlError></detail>` +
          `</soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
      ),
      'Body',
    )!;

  it('reads a fault into axlcode, message and request', () => {
    expect(faultOf(fault('Item not valid: The specified User was not found', '5007'))).toEqual({
      faultcode: 'soapenv:Server',
      faultstring: 'Item not valid: The specified User was not found',
      axlcode: 5007,
      axlmessage: 'Item not valid: The specified User was not found',
      request: 'listUser',
    });
    expect(faultOf(readXml('<Body><ok/></Body>'))).toBeNull();
  });

  it('recognises the throttle fault and its figures, in both of Cisco’s spellings', () => {
    const throttled = faultOf(fault('Query request too large. Total rows matched: 40000 rows. Suggestive Row Fetch: less than 11283 rows'))!;
    expect(throttleOf(throttled)).toEqual({ totalRows: 40000, suggestedRows: 11283 });
    const other = faultOf(fault('Query request too large. Total rows matched: 1277 rows. Suggested row fetch: less than 953 rows'))!;
    expect(throttleOf(other)).toEqual({ totalRows: 1277, suggestedRows: 953 });
    expect(throttleOf(faultOf(fault('Something else'))!)).toBeNull();
  });

  it('reads end users with empty elements as empty text, and the desk phone among the associated devices', () => {
    const response = readXml(
      '<ns:listUserResponse xmlns:ns="http://www.cisco.com/AXL/API/14.0"><return>' +
        '<user uuid="{1}"><firstName>Anna</firstName><lastName/><userid>anna</userid><primaryExtension/><userLocale>German Germany</userLocale>' +
        '<associatedDevices><device>CSFANNA</device><device>SEP002304342534</device></associatedDevices></user>' +
        '<user uuid="{2}"><userid>bob</userid><primaryExtension><pattern>\\+41 1001</pattern><routePartitionName>Internal</routePartitionName></primaryExtension></user>' +
        '</return></ns:listUserResponse>',
    );
    const users = endUsersOf(response);
    expect(users).toEqual([
      {
        uuid: '{1}',
        userid: 'anna',
        firstName: 'Anna',
        lastName: '',
        mailid: '',
        department: '',
        telephoneNumber: '',
        mobileNumber: '',
        pagerNumber: '',
        primaryExtension: '',
        userLocale: 'German Germany',
        phoneDevice: 'SEP002304342534',
        devices: ['CSFANNA', 'SEP002304342534'],
      },
      {
        uuid: '{2}',
        userid: 'bob',
        firstName: '',
        lastName: '',
        mailid: '',
        department: '',
        telephoneNumber: '',
        mobileNumber: '',
        pagerNumber: '',
        primaryExtension: '\\+41 1001',
        userLocale: '',
        phoneDevice: '',
        devices: [],
      },
    ]);
    expect(endUsersOf(readXml('<ns:listUserResponse xmlns:ns="x"><return/></ns:listUserResponse>'))).toEqual([]);
  });
});
