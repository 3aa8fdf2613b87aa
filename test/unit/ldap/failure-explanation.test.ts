import { InvalidCredentialsError, OperationsError } from 'ldapts';
import { describe, expect, test } from 'vitest';
import { adBindSubcode } from '../../../electron/services/ldap/bind-diagnostics';
import { explainFailure } from '../../../electron/services/ldap/failure-explanation';
import type { FailureContext } from '../../../electron/services/ldap/failure-explanation';
import { accountFilter } from '../../../electron/services/ldap/connection-tests';
import { english, translate } from '@shared/i18n';
import type { MessageKey } from '@shared/i18n';

const AD_MESSAGE = '80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 52e, v3839';
const context: FailureContext = {
  step: 'bind',
  host: 'dc01.example.com',
  address: '10.0.0.5',
  port: 389,
  timeoutSeconds: 5,
  baseDn: 'dc=example,dc=com',
};

describe('Active Directory bind sub-codes', () => {
  test('read from the diagnostic message', () => {
    expect(adBindSubcode(AD_MESSAGE)).toBe('52e');
    expect(adBindSubcode(AD_MESSAGE.replace('52e', '775'))).toBe('775');
    expect(adBindSubcode(AD_MESSAGE.replace('52e', '52E'))).toBe('52e');
    expect(adBindSubcode('Invalid credentials')).toBeNull();
    expect(adBindSubcode(AD_MESSAGE.replace('52e', '999'))).toBeNull();
  });

  test.each(['525', '52e', '530', '531', '532', '533', '701', '773', '775'])('sub-code %s is explained with advice and the server words', (code) => {
    const problem = explainFailure(new InvalidCredentialsError(AD_MESSAGE.replace('52e', code)), context);
    expect(problem.code).toBe(`ad.${code}`);
    expect(problem.serverMessage).toContain(`data ${code}`);
    const explanation = translate(english, problem.explanation.key as MessageKey, problem.explanation.params);
    const advice = translate(english, problem.advice.key as MessageKey, problem.advice.params);
    expect(explanation).toContain(`sub-code ${code}`);
    expect(advice.length).toBeGreaterThan(10);
  });

  test('AD refusing an anonymous search asks for a bind', () => {
    const error = new OperationsError(
      '000004DC: LdapErr: DSID-0C090A5C, comment: In order to perform this operation a successful bind must be completed on the connection., data 0, v4563',
    );
    expect(explainFailure(error, { ...context, step: 'account' }).code).toBe('bindRequired');
  });

  test('socket errors become plain reasons', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code });
    expect(explainFailure(coded('ECONNREFUSED'), context).code).toBe('refused');
    expect(explainFailure(coded('ENOTFOUND'), context).code).toBe('hostNotFound');
    expect(explainFailure(coded('EHOSTUNREACH'), context).code).toBe('unreachable');
    expect(explainFailure(coded('ECONNRESET'), context).code).toBe('connectionClosed');
  });
});

describe('the account lookup filter', () => {
  test('escapes the typed name per RFC 4515 in each of the four attributes', () => {
    expect(accountFilter('*)(uid=*').toString()).toBe(
      '(|(sAMAccountName=\\2a\\29\\28uid=\\2a)(userPrincipalName=\\2a\\29\\28uid=\\2a)(uid=\\2a\\29\\28uid=\\2a)(mail=\\2a\\29\\28uid=\\2a))',
    );
    expect(accountFilter('a\\b').toString()).toContain('(uid=a\\5cb)');
  });
});

describe('every failure the tests can report has words in the catalog', () => {
  const codes = [
    'hostNotFound',
    'refused',
    'unreachable',
    'connectTimeout',
    'answerTimeout',
    'connectionClosed',
    'tlsProtocol',
    'certUntrusted',
    'certExpired',
    'certNotYetValid',
    'certWrongName',
    'startTlsRefused',
    'invalidCredentials',
    'emptyPassword',
    'confidentialityRequired',
    'strongAuthRequired',
    'baseDnNotFound',
    'insufficientAccess',
    'bindRequired',
    'unwilling',
    'accountNotFound',
    'accountAmbiguous',
    'noPhotos',
    'cancelled',
    'unexpected',
    ...['525', '52e', '530', '531', '532', '533', '701', '773', '775'].map((c) => `ad.${c}`),
  ];
  test.each(codes)('%s', (code) => {
    expect(Object.keys(english.messages)).toEqual(expect.arrayContaining([`ldap.problem.${code}`, `ldap.advice.${code}`]));
  });
});
