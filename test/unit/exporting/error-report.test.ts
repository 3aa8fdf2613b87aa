import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '@shared/channels/import';
import { english, translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { beginImport } from '../../../electron/services/importing/import-ledger';
import type { ImportStart } from '../../../electron/services/importing/import-ledger';
import { problemText, saveErrorReport } from '../../../electron/services/importing/error-report';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { tempHarness } from '../../support/contract-harness';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite } from '../services/site-fixtures';

const tempDir = useTempDirs();

type Reject = { line: number; cells: string[]; reasons: Omit<ImportProblem, 'line'>[] };

/** An import recorded through the ledger with the given rejects and nothing else. */
function recordImport(site: OpenSite, details: ImportStart['details'], rejects: Reject[]): number {
  return site.db.transaction(() => {
    const ledger = beginImport(site.db, { source: 'csv', label: 'people.csv', details });
    for (const reject of rejects) ledger.rejected(reject.line, reject.cells, reject.reasons);
    return ledger.finish().id;
  })();
}

const REJECTS: Reject[] = [
  { line: 3, cells: ['anna', 'not-an-address', '=1+1'], reasons: [{ column: 1, field: 'email', message: 'rule.email.format' }] },
  {
    line: 9,
    cells: ['', 'b@x.ch'],
    reasons: [
      { column: 0, field: 'username', message: 'rule.username.required' },
      { column: null, field: null, message: 'rule.tooLong', params: { max: 64 } },
    ],
  },
];

describe('the error report of an import', () => {
  it('has the file’s own header and delimiter, the rows as read (neutralised, padded) and a Problem column in words', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const id = recordImport(site, { header: ['Login', 'Mail', 'Note'], reading: { delimiter: ';' } }, REJECTS);
      const path = join(dir, 'errors.csv');
      expect(await saveErrorReport(site, id, { path, replace: false })).toEqual({ path, rows: 2 });
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.slice(1).split('\r\n')).toEqual([
        'Login;Mail;Note;Problem',
        `anna;not-an-address;'=1+1;Line 3: Mail: ${problemMessage('rule.email.format')}`,
        // Two reasons are separated by "; ", so with this file's delimiter the cell is quoted.
        `;b@x.ch;;"Line 9: Login: ${problemMessage('rule.username.required')}; ${problemMessage('rule.tooLong', { max: 64 })}"`,
        '',
      ]);
    } finally {
      site.close();
    }
  });

  it('numbers the columns and uses commas when the import kept no header; a wider row widens the header', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const id = recordImport(site, {}, [{ line: 2, cells: ['a', 'b', 'c, d'], reasons: [{ column: 2, field: null, message: 'rule.invalid' }] }]);
      const path = join(dir, 'errors.csv');
      await saveErrorReport(site, id, { path, replace: false });
      const lines = readFileSync(path, 'utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('Column 1,Column 2,Column 3,Problem');
      expect(lines[1]).toBe(`a,b,"c, d",Line 2: Column 3: ${problemMessage('rule.invalid')}`);
    } finally {
      site.close();
    }
  });

  it('fills the limits of a reason stored by an earlier version without them, never showing a bare placeholder', () => {
    const old = problemText(4, [{ column: null, field: 'number', message: 'rule.number.format' }], []);
    expect(old).toContain(problemMessage('rule.number.format', { max: 15 }));
    expect(problemText(4, [{ column: null, field: 'vip', message: 'rule.vip.range' }], [])).not.toMatch(/\{(min|max)\}/);
  });

  it('names a field when the problem has no column, and refuses an import without rejects or an existing file', async () => {
    expect(problemText(5, [{ column: null, field: 'email', message: 'rule.email.format' }], [])).toBe(
      `Line 5: E-mail: ${problemMessage('rule.email.format')}`,
    );
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const clean = recordImport(site, {}, []);
      const none = await saveErrorReport(site, clean, { path: join(dir, 'x.csv'), replace: false }).catch((e: unknown) => e);
      expect((none as RosterError).toContractError()).toEqual({ code: 'NOT_FOUND', message: 'errorReport.none' });
      const id = recordImport(site, {}, REJECTS);
      writeFileSync(join(dir, 'taken.csv'), 'keep');
      const taken = await saveErrorReport(site, id, { path: join(dir, 'taken.csv'), replace: false }).catch((e: unknown) => e);
      expect((taken as RosterError).code).toBe('CONFLICT');
      expect(readFileSync(join(dir, 'taken.csv'), 'utf8')).toBe('keep');
    } finally {
      site.close();
    }
  });

  it('is saved through the contract for any import, at any time after the run', async () => {
    const api = tempHarness();
    try {
      const site = await demoSite(api.dir);
      const id = recordImport(site, { header: ['Login', 'Mail', 'Note'] }, REJECTS);
      site.close();
      await api.call('site.open', { path: join(api.dir, 'demo.roster') });
      const path = join(api.dir, 'report.csv');
      expect(await api.call('import.saveErrorReport', { id, path })).toEqual({ path, rows: 2 });
      expect(await api.refusal('import.saveErrorReport', { id: 999, path: join(api.dir, 'r2.csv') })).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      api.close();
    }
  });
});

/** The report speaks the English catalog, like every text main writes to a file. */
function problemMessage(key: MessageKey, params?: MessageParams): string {
  return translate(english, key, params);
}
