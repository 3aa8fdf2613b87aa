import type { LdapTestReport, LdapTestStepId } from '@shared/channels/ldap';
import { ADMIN_LDAP_DEFAULTS, CONTACT_PHOTOS_DEFAULTS } from '@shared/rules/ldap-rules';
import type { AdminLdapSettings, ContactPhotosSettings } from '@shared/rules/ldap-rules';
import { testAdminLdap, testContactPhotos } from '../../../electron/services/ldap/connection-tests';
import type { Slapd } from '../../support/slapd';

/** Short, so the timeout cases stay quick; still far above what the local server needs. */
export const TEST_TIMEOUT_MS = 1500;

export function photoSettings(slapd: Slapd, patch: Partial<ContactPhotosSettings> = {}): ContactPhotosSettings {
  return {
    ...CONTACT_PHOTOS_DEFAULTS,
    enabled: true,
    host: slapd.host,
    port: slapd.port,
    baseDn: slapd.peopleDn,
    bindUser: slapd.adminDn,
    ...patch,
  };
}

export function adminSettings(slapd: Slapd, patch: Partial<AdminLdapSettings> = {}): AdminLdapSettings {
  return { ...ADMIN_LDAP_DEFAULTS, enabled: true, host: slapd.host, port: slapd.port, baseDn: slapd.baseDn, ...patch };
}

/** Trusts the server's CA, as an administrator pasting it would. */
export const trustingCa = (slapd: Slapd) => ({ caPem: slapd.caPem, pinned: [] });

let counter = 0;
function control(progress?: LdapTestReport[]) {
  counter++;
  return {
    testId: `test-${process.pid}-${counter}`,
    signal: new AbortController().signal,
    onProgress: (report: LdapTestReport) => progress?.push(report),
    timeoutMs: TEST_TIMEOUT_MS,
  };
}

export const runPhotosTest = (settings: ContactPhotosSettings, password: string, progress?: LdapTestReport[]) =>
  testContactPhotos(settings, password, control(progress));

export const runAuthTest = (settings: AdminLdapSettings, username: string, password: string) =>
  testAdminLdap(settings, username, password, control());

export function stepOf(report: LdapTestReport, id: LdapTestStepId) {
  const step = report.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

/** Step ids with their status, e.g. "resolve:ok connect:ok tls:failed bind:skipped". */
export const statuses = (report: LdapTestReport) => report.steps.map((s) => `${s.id}:${s.status}`).join(' ');
