import type { CucmEndUser } from '../../../electron/services/cucm/cucm-end-user';

let counter = 0;

/** An end user as the AXL client returns it: every tag present, '' for a null. */
export function endUser(values: Partial<CucmEndUser> & { userid: string }): CucmEndUser {
  counter += 1;
  return {
    uuid: `{00000000-0000-0000-0000-${String(counter).padStart(12, '0')}}`,
    firstName: '',
    lastName: '',
    mailid: '',
    department: '',
    telephoneNumber: '',
    mobileNumber: '',
    pagerNumber: '',
    primaryExtension: '',
    userLocale: '',
    phoneDevice: '',
    devices: values.phoneDevice ? [values.phoneDevice] : [],
    ...values,
  };
}
