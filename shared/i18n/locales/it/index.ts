import type { Catalog } from '../../en.js';
import { errorMessages } from './errors.js';
import { nativeMessages } from './native.js';
import { ruleMessages } from './rules.js';
import { uiMessages } from './ui.js';
import { settingsMessages } from './settings.js';
import { securityMessages } from './security.js';
import { accountLockMessages } from './account-lock.js';
import { endUserMessages } from './end-user.js';
import { auditMessages } from './audit.js';
import { ldapMessages } from './ldap.js';
import { searchMessages } from './search.js';
import { bulkMessages } from './bulk.js';
import { userListMessages } from './user-list.js';
import { photosMessages } from './photos.js';
import { importMessages } from './import.js';
import { connectionTestMessages } from './connection-test.js';
import { importWizardMessages } from './import-wizard.js';
import { exportMessages } from './export.js';
import { cucmImportMessages } from './cucm-import.js';
import { cucmMessages } from './cucm.js';
import { fileMessages } from './files.js';

/** The complete Italian catalog. */
export const catalog: Catalog = {
  locale: 'it',
  messages: {
    ...ruleMessages,
    ...errorMessages,
    ...uiMessages,
    ...nativeMessages,
    ...settingsMessages,
    ...securityMessages,
    ...accountLockMessages,
    ...endUserMessages,
    ...auditMessages,
    ...ldapMessages,
    ...searchMessages,
    ...bulkMessages,
    ...userListMessages,
    ...photosMessages,
    ...importMessages,
    ...connectionTestMessages,
    ...importWizardMessages,
    ...exportMessages,
    ...cucmImportMessages,
    ...cucmMessages,
    ...fileMessages,
  },
};
