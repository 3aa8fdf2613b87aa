import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/en';

// Every message of the catalog is shown somewhere: a key nothing refers to is text nobody reads, and it would
// be translated for nothing. `en` holds every key; another language's catalog is typed
// Record<MessageKey, Message>, so it has exactly these keys and stays in step when one is removed here.
//
// A key counts as used when the app's code (not the tests) writes it as a whole string literal ('key', "key"
// or `key`), or when it starts with one of the prefixes below, whose last part is chosen at runtime.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_FOLDERS = ['electron', 'renderer/src', 'shared'];
/** The catalogs themselves: their keys are definitions, not uses. */
const CATALOG_FILE = /^shared\/i18n\/(messages\/.*|locales\/.*|[a-z]{2}(-[A-Z]{2})?\.ts)$/;

/**
 * Key prefixes whose suffix is built at runtime, each with the file where it is built. Every key under a prefix
 * is exempt from this check, so a prefix is listed only while some key under it is written nowhere as a whole
 * literal (a prefix whose keys all are, such as ldap.test., would only hide a dead sibling), and as narrow as
 * the code that builds it.
 */
const DYNAMIC_PREFIXES: readonly { prefix: string; builtIn: string }[] = [
  // Connection tests: steps, statuses, the problem and advice of each failure code (incl. ldap.problem.ad.*).
  { prefix: 'connectionTest.status.', builtIn: 'renderer/src/components/connection-test/testText.ts' },
  { prefix: 'ldap.step.', builtIn: 'renderer/src/screens/ldap/reportText.ts' },
  { prefix: 'ldap.problem.', builtIn: 'electron/services/ldap/failure-explanation.ts' },
  { prefix: 'ldap.advice.', builtIn: 'electron/services/ldap/failure-explanation.ts' },
  { prefix: 'cucm.step.', builtIn: 'renderer/src/screens/cucm/reportText.ts' },
  { prefix: 'cucm.problem.', builtIn: 'electron/services/cucm/test-explanation.ts' },
  { prefix: 'cucm.advice.', builtIn: 'electron/services/cucm/test-explanation.ts' },
  // AXL failures by reason.
  { prefix: 'cucm.error.', builtIn: 'electron/services/cucm/axl-failure.ts' },
  // LDAP screen: per section (contactPhotos, adminLdap), per TLS mode and per search scope.
  { prefix: 'ldap.enabled.', builtIn: 'renderer/src/screens/ldap/LdapServerSection.tsx' },
  { prefix: 'ldap.tls.', builtIn: 'renderer/src/screens/ldap/ServerFields.tsx' },
  { prefix: 'ldap.scope.', builtIn: 'renderer/src/screens/ldap/LdapScreen.tsx' },
  // Settings sections, named by settings problems and the audit.
  { prefix: 'settings.section.', builtIn: 'renderer/src/shell/SettingsProblemsBanner.tsx' },
  // User fields and their coded values: editor, list, import, audit.
  { prefix: 'field.', builtIn: 'shared/audit/field-labels.ts' },
  { prefix: 'priv.', builtIn: 'renderer/src/user-fields/PrivilegeFields.tsx' },
  { prefix: 'voiceRecording.', builtIn: 'renderer/src/user-fields/PrivilegeFields.tsx' },
  { prefix: 'application.', builtIn: 'renderer/src/user-fields/PrivilegeFields.tsx' },
  { prefix: 'notif.voicemail.', builtIn: 'renderer/src/user-fields/NotificationFields.tsx' },
  { prefix: 'notif.fax.', builtIn: 'renderer/src/user-fields/NotificationFields.tsx' },
  { prefix: 'language.', builtIn: 'renderer/src/user-list/UserCell.tsx' },
  { prefix: 'source.', builtIn: 'renderer/src/user-list/UserCell.tsx' },
  { prefix: 'users.state.', builtIn: 'renderer/src/screens/users/FilterChips.tsx' },
  { prefix: 'pager.', builtIn: 'renderer/src/components/Pager.tsx' },
  { prefix: 'scheme.', builtIn: 'renderer/src/shell/ColorSchemeSwitch.tsx' },
  { prefix: 'site.path.title.', builtIn: 'renderer/src/shell/siteActions.tsx' },
  { prefix: 'endUser.service.', builtIn: 'renderer/src/screens/end-user/EndUserScreen.tsx' },
  { prefix: 'bulk.request.', builtIn: 'renderer/src/screens/users/bulk/describeChange.ts' },
  { prefix: 'bulk.describe.', builtIn: 'renderer/src/screens/users/bulk/describeChange.ts' },
  { prefix: 'export.layout.', builtIn: 'renderer/src/screens/users/export/ExportDialog.tsx' },
  { prefix: 'export.delimiter.', builtIn: 'renderer/src/screens/users/export/ExportDialog.tsx' },
  { prefix: 'export.encoding.', builtIn: 'renderer/src/screens/users/export/ExportDialog.tsx' },
  { prefix: 'export.lineEnding.', builtIn: 'renderer/src/screens/users/export/ExportDialog.tsx' },
  // "Another operation is running: …", by the kind of the operation that runs.
  { prefix: 'job.busy.', builtIn: 'electron/services/jobs/site-jobs.ts' },
  { prefix: 'cucmImport.progress.waiting.', builtIn: 'renderer/src/screens/cucm-import/PreviewProgress.tsx' },
  // `${prefix}.title`, `.message` and `.done` of the two "expire all" confirmations.
  { prefix: 'security.expireAllPasswords.', builtIn: 'renderer/src/screens/security/SecurityScreen.tsx' },
  { prefix: 'security.expireAllPins.', builtIn: 'renderer/src/screens/security/SecurityScreen.tsx' },
  // Audit log: entities, actions and logged fields.
  { prefix: 'audit.entity.', builtIn: 'renderer/src/screens/audit/changeSummary.ts' },
  { prefix: 'audit.action.', builtIn: 'renderer/src/screens/audit/changeSummary.ts' },
  { prefix: 'audit.field.', builtIn: 'shared/audit/field-labels.ts' },
  // The audit names the CUCM mapping's fields "cucmMapping.<field>"; changeSummary.ts shows them by that key.
  { prefix: 'cucmMapping.', builtIn: 'electron/services/cucm/cucm-import-settings-store.ts' },
  // Import wizard: steps, presets, encodings, duplicate choices and row outcomes.
  { prefix: 'importWizard.step.', builtIn: 'renderer/src/screens/import/ImportScreen.tsx' },
  { prefix: 'importWizard.preset.', builtIn: 'renderer/src/screens/import/ReadingOptions.tsx' },
  { prefix: 'importWizard.encoding.', builtIn: 'renderer/src/screens/import/importFormat.ts' },
  { prefix: 'importWizard.duplicates.', builtIn: 'renderer/src/screens/import/ChecksStep.tsx' },
  { prefix: 'importWizard.outcome.', builtIn: 'renderer/src/screens/import/PreviewTable.tsx' },
  { prefix: 'imports.source.', builtIn: 'renderer/src/screens/imports/ImportsScreen.tsx' },
  // CUCM import: preview lists, mapping sources, the SQL filter's field reference.
  { prefix: 'cucmImport.list.', builtIn: 'renderer/src/screens/cucm-import/PreviewPanel.tsx' },
  { prefix: 'cucmImport.source.', builtIn: 'renderer/src/screens/cucm-import/MappingTable.tsx' },
  { prefix: 'cucmImport.reference.', builtIn: 'renderer/src/screens/cucm-import/SqlFilterReference.tsx' },
  // Photo sync panel and its skip reasons.
  { prefix: 'photos.panel.matchBy.', builtIn: 'renderer/src/screens/ldap/PhotoSyncPanel.tsx' },
  { prefix: 'photos.panel.field.', builtIn: 'renderer/src/screens/ldap/PhotoSyncPanel.tsx' },
  { prefix: 'photos.panel.phase.', builtIn: 'renderer/src/screens/ldap/PhotoSyncPanel.tsx' },
  { prefix: 'photos.skip.', builtIn: 'renderer/src/screens/ldap/PhotoSyncPanel.tsx' },
  // LDAP filter problems by kind.
  { prefix: 'rule.ldap.filter.', builtIn: 'shared/rules/ldap-rules.ts' },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every whole string literal of the app's code that could be a key (overlapping matches included). */
function literalsOf(files: readonly string[]): Set<string> {
  const literals = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/(?=(['"`])([A-Za-z][\w.-]*)\1)/g)) literals.add(match[2]!);
  }
  return literals;
}

/** The keys neither written out in `files` nor under a dynamic prefix. */
function unusedKeys(keys: readonly string[], files: readonly string[]): string[] {
  const literals = literalsOf(files);
  return keys.filter((key) => !literals.has(key) && !DYNAMIC_PREFIXES.some(({ prefix }) => key.startsWith(prefix)));
}

const appFiles = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)))
  .map((file) => relative(root, file).split('\\').join('/'))
  .filter((file) => !CATALOG_FILE.test(file));
const keys = Object.keys(en);

describe('message catalog', () => {
  it('has no key that the app never uses', () => {
    expect(unusedKeys(keys, appFiles)).toEqual([]);
  });

  it('reports a key nobody writes, and not one written as a literal or under a dynamic prefix', () => {
    expect(unusedKeys(['rule.tooLong', 'ldap.step.resolve', 'nobody.uses.this'], appFiles)).toEqual(['nobody.uses.this']);
  });

  it('lists each dynamic prefix once, only while it is needed, where the file it names still builds it', () => {
    const prefixes = DYNAMIC_PREFIXES.map(({ prefix }) => prefix);
    expect(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i)).toEqual([]);
    const literals = literalsOf(appFiles);
    for (const { prefix, builtIn } of DYNAMIC_PREFIXES) {
      expect(prefix.endsWith('.'), prefix).toBe(true);
      expect(
        keys.some((key) => key.startsWith(prefix) && !literals.has(key)),
        `every key under ${prefix} is written out: drop the prefix`,
      ).toBe(true);
      expect(existsSync(join(root, builtIn)), builtIn).toBe(true);
      expect(readFileSync(join(root, builtIn), 'utf8'), `${builtIn} no longer builds ${prefix}`).toContain(prefix.slice(0, -1));
    }
  });
});
