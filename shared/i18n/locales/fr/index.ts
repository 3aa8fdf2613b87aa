import type { Catalog } from '../../en.js';
import { accountLockMessages } from './account-lock.js';
import { auditMessages } from './audit.js';
import { bulkMessages } from './bulk.js';
import { connectionTestMessages } from './connection-test.js';
import { cucmImportMessages } from './cucm-import.js';
import { cucmMessages } from './cucm.js';
import { endUserMessages } from './end-user.js';
import { errorMessages } from './errors.js';
import { exportMessages } from './export.js';
import { fileMessages } from './files.js';
import { importWizardMessages } from './import-wizard.js';
import { importMessages } from './import.js';
import { ldapMessages } from './ldap.js';
import { nativeMessages } from './native.js';
import { photosMessages } from './photos.js';
import { ruleMessages } from './rules.js';
import { searchMessages } from './search.js';
import { securityMessages } from './security.js';
import { settingsMessages } from './settings.js';
import { uiMessages } from './ui.js';
import { userListMessages } from './user-list.js';

/** The complete French catalog. */
export const catalog: Catalog = {
  locale: 'fr',
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
