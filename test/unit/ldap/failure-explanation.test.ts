import {
  BusyError,
  InappropriateAuthError,
  InsufficientAccessError,
  InvalidCredentialsError,
  OperationsError,
  LoopDetectError,
  SizeLimitExceededError,
  StrongAuthRequiredError,
  UnwillingToPerformError,
} from 'ldapts';
import { StepTimeout } from '../../../electron/services/connection-test/step-errors';
import { describe, expect, test } from 'vitest';
import { adBindSubcode } from '../../../electron/services/ldap/bind-diagnostics';
import { explainFailure, isAnonymousRefusal } from '../../../electron/services/ldap/failure-explanation';
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

  test('the refusal is told by its result code, not its wording: Samba, OpenLDAP, any other words', () => {
    const account = { ...context, step: 'account' as const, anonymous: true, kind: 'adminLdap' as const };
    const samba = explainFailure(new OperationsError('00002020: Operation unavailable without authentication'), account);
    expect(samba.code).toBe('bindRequiredAdmin');
    expect(samba.serverMessage).toBe('00002020: Operation unavailable without authentication');
    for (const error of [
      new OperationsError('Les opérations anonymes sont interdites'),
      new StrongAuthRequiredError('authentication required'),
      new InappropriateAuthError('anonymous bind disallowed'),
      new InsufficientAccessError('no read access to the base'),
      new UnwillingToPerformError('unauthenticated search disabled'),
    ]) {
      expect(isAnonymousRefusal(error)).toBe(true);
      expect(explainFailure(error, account).code).toBe('bindRequiredAdmin');
      // The contact photos section has a bind user field: its advice asks for it.
      expect(explainFailure(error, { ...account, kind: 'contactPhotos', step: 'search' }).code).toBe('bindRequired');
    }
    // Once bound, the same codes mean what they say.
    expect(explainFailure(new InsufficientAccessError('no'), { ...account, anonymous: false }).code).toBe('insufficientAccess');
  });

  test('no LDAP result is "unexpected": an unnamed code is named, with the server words', () => {
    const problem = explainFailure(new LoopDetectError('something odd'), { ...context, step: 'search' });
    expect(problem.code).toBe('ldapResult');
    expect(problem.explanation.params).toMatchObject({ code: 54, name: 'loopDetect' });
    expect(problem.serverMessage).toBe('something odd');
    expect(explainFailure(new BusyError('busy'), context).code).toBe('serverBusy');
    expect(explainFailure(new SizeLimitExceededError('too many'), { ...context, step: 'search' }).code).toBe('limitExceeded');
  });

  test('a silent server is explained by the step and the encryption chosen, never "try LDAPS" to an LDAPS port', () => {
    const timeout = new StepTimeout();
    expect(explainFailure(timeout, { ...context, step: 'tls', tls: 'ldaps' }).code).toBe('tlsSilent');
    expect(explainFailure(timeout, { ...context, step: 'tls', tls: 'startTls' }).code).toBe('startTlsSilent');
    expect(explainFailure(timeout, { ...context, step: 'bind', tls: 'ldaps' }).code).toBe('answerTimeout');
    expect(explainFailure(timeout, { ...context, step: 'bind', tls: 'none' }).code).toBe('answerTimeoutPlain');
    // ldapts's own timer says the same thing as ours.
    expect(explainFailure(new Error('BindRequest: Operation timed out'), { ...context, step: 'bind', tls: 'ldaps' }).code).toBe('answerTimeout');
    const advice = translate(english, 'ldap.advice.tlsSilent', { port: 636, seconds: 5 });
    expect(advice).not.toMatch(/try LDAPS/i);
  });

  test('OpenSSL errors become plain words; the raw text never reaches the report', () => {
    const raw = Object.assign(
      new Error('C0FC0C4F4F7F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number:../ssl/record/ssl3_record.c:354:'),
      { code: 'ERR_SSL_WRONG_VERSION_NUMBER' },
    );
    const problem = explainFailure(raw, { ...context, step: 'tls', tls: 'ldaps', port: 389 });
    expect(problem.code).toBe('tls.notTls');
    const text = translate(english, problem.explanation.key as MessageKey, problem.explanation.params);
    expect(text).toContain('wrong version number');
    expect(text).not.toContain('C0FC0C4F');
    expect(JSON.stringify(problem)).not.toContain('SSL routines');
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
  // Every code the LDAP explanations produce (failure-explanation.ts, ldap-connection.ts, connection-tests.ts, dc-discovery.ts).
  const codes = [
    'hostNotFound',
    'refused',
    'unreachable',
    'connectTimeout',
    'answerTimeout',
    'answerTimeoutPlain',
    'tlsSilent',
    'startTlsSilent',
    'connectionClosed',
    'connectionClosedPlain',
    ...[
      'notTls',
      'oldProtocol',
      'noSharedCipher',
      'clientCertificate',
      'weakCrypto',
      'legacyRenegotiation',
      'unrecognizedName',
      'handshakeClosed',
      'handshakeFailed',
    ].map((kind) => `tls.${kind}`),
    'certMissing',
    'certSelfSigned',
    'certUnknownIssuer',
    'certRevoked',
    'certBadSignature',
    'certWrongPurpose',
    'certInvalidChain',
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
    'bindRequiredAdmin',
    'inappropriateAuthentication',
    'limitExceeded',
    'referral',
    'undefinedAttribute',
    'invalidDn',
    'serverBusy',
    'unsupported',
    'ldapResult',
    'unwilling',
    'accountNotFound',
    'accountAmbiguous',
    'noPhotos',
    'cancelled',
    'unexpected',
    'srvNone',
    'srvDomainNotFound',
    'srvNoAnswer',
    ...['525', '52e', '530', '531', '532', '533', '701', '773', '775'].map((c) => `ad.${c}`),
  ];
  test.each(codes)('%s', (code) => {
    expect(Object.keys(english.messages)).toEqual(expect.arrayContaining([`ldap.problem.${code}`, `ldap.advice.${code}`]));
  });
});
