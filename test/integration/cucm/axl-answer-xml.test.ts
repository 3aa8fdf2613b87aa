import { describe, expect, it } from 'vitest';
import { AxlClient } from '../../../electron/services/cucm/axl-client';
import { AxlFailure } from '../../../electron/services/cucm/axl-failure';
import { getCcmVersionBody } from '../../../electron/services/cucm/axl-request';
import { connectionTo, startAxlServer } from '../../support/axl-server';

const SOAP = (inner: string) =>
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;

/** The refusal the AXL client ends with when a server answers `answer` to getCCMVersion. */
async function refusalOf(answer: string): Promise<AxlFailure> {
  const server = await startAxlServer({ users: 1, rawAnswer: answer });
  const client = new AxlClient(connectionTo(server, 10_000));
  try {
    await client.call('getCCMVersion', getCcmVersionBody());
  } catch (error) {
    if (error instanceof AxlFailure) return error;
    throw error;
  } finally {
    client.close();
    await server.close();
  }
  throw new Error('expected a refusal');
}

describe('an answer that is not well-formed XML, as the AXL client reads it over HTTPS', () => {
  // The reasons are the shared XML reader's (shared/xml), the failure the AXL client's own.
  it.each([
    [
      'a DOCTYPE with entity definitions',
      `<!DOCTYPE lolz [<!ENTITY lol "lol">]>${SOAP('<x>&lol;</x>')}`,
      'DOCTYPE and declarations are not accepted',
    ],
    ['an entity XML does not define', SOAP('<ns:getCCMVersionResponse xmlns:ns="x">&nbsp;</ns:getCCMVersionResponse>'), 'undefined entity &nbsp;'],
    ['an element that is not closed', SOAP('<ns:getCCMVersionResponse xmlns:ns="x"><return>'), 'unexpected end tag </soapenv:Body>'],
  ])('%s', async (_what, answer, reason) => {
    const failure = await refusalOf(answer);
    expect(failure).toMatchObject({ code: 'CUCM_PROTOCOL', reason: 'notAxl', messageKey: 'cucm.error.notAxl', params: { reason } });
  });
});
