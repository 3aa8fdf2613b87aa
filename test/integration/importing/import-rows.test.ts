import { describe, expect, it } from 'vitest';
import type { ImportField } from '@shared/channels/import';
import type { DefaultValues } from '@shared/domain';
import type { UserDraft } from '@shared/rules/user-rules';
import type { FieldIssue } from '@shared/result';
import { optionsFor, problemsOf, useImportSites } from './import-fixtures';

const newSite = useImportSites();

/** A file's lines joined with CRLF, as a spreadsheet writes them. */
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('reading and storing rows', () => {
  it('imports a semicolon-separated Windows-1252 file: Müller read right, the site defaults fill the empty fields', async () => {
    const site = await newSite();
    const defaults = await site.api.call<DefaultValues>('defaults.get');
    await site.api.call('defaults.save', {
      draft: {
        ...defaults,
        language: 'fr',
        privileges: { ...defaults.privileges, sms: true },
        initialPassword: { action: 'keep' },
        pin: { action: 'keep' },
      },
    });
    const csv = lines(
      'Benutzername;Vorname;Nachname;Abteilung;E-Mail;Sprache;Nummer',
      'joerg.mueller;Jörg;Müller;Außendienst;jm@example.com;2;2001',
      'zoe.weiss;Zoë;Weiß;;;;',
    );
    const path = site.file('leute.csv', Buffer.from(csv, 'latin1'));

    const inspection = await site.inspect(path);
    expect(inspection).toMatchObject({
      encoding: 'windows-1252',
      detectedEncoding: 'windows-1252',
      delimiter: ';',
      hasHeader: true,
      detectedPreset: 'generic',
    });
    expect(inspection.suggestedMapping).toEqual(['username', 'firstName', 'lastName', 'department', 'email', 'language', 'number']);
    expect(inspection.columns[2]).toEqual({ index: 2, header: 'Nachname', samples: ['Müller', 'Weiß'] });

    const summary = await site.run(optionsFor(path, inspection.suggestedMapping));
    expect(summary.record).toMatchObject({ source: 'csv', label: 'leute.csv', created: 2, updated: 0, skipped: 0, rejected: 0, canUndo: true });
    const joerg = await site.user('joerg.mueller');
    expect(joerg).toMatchObject({ firstName: 'Jörg', lastName: 'Müller', department: 'Außendienst', language: 'de', number: '2001', source: 'csv' });
    const zoe = await site.user('zoe.weiss');
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Weiß',
      email: '',
      language: 'fr',
      number: '',
      showInDirectory: defaults.showInDirectory,
    });
    expect(zoe.privileges).toEqual({ ...defaults.privileges, sms: true });
    expect(zoe.voicemail).toEqual(defaults.voicemail);
  });

  it("judges every row by the editor's own rules: the same problems the editor's save reports for the same values", async () => {
    const site = await newSite();
    const cases: [field: ImportField, cell: string, draft: Partial<UserDraft>][] = [
      ['email', 'not-an-email', { email: 'not-an-email' }],
      ['username', 'anna berg', {}],
      ['phone', 'call me', { phone: 'call me' }],
      ['number', '12a', { number: '12a' }],
      ['firstName', 'x'.repeat(65), { firstName: 'x'.repeat(65) }],
      ['vip', '7', { vip: 7 }],
      ['aliases', 'ok bad/alias', { aliases: ['ok', 'bad/alias'] }],
      ['mobile', '++41', { mobile: '++41' }],
      ['department', '"Sales\tEast"', { department: 'Sales\tEast' }],
    ];
    const mapping: ImportField[] = ['username', ...cases.map(([field]) => field).filter((f) => f !== 'username')];
    const header = mapping.join(',');
    const rows = cases.map(([field, cell], n) => mapping.map((f) => (f === field ? cell : f === 'username' ? `parity.${n}` : '')).join(','));
    const preview = await site.preview(optionsFor(site.file('parity.csv', lines(header, ...rows)), mapping));
    expect(preview.counts).toEqual({ create: 0, update: 0, skip: 0, reject: cases.length });

    const newDraft = await site.api.call<UserDraft>('users.newDraft');
    for (const [n, [field, cell, changes]] of cases.entries()) {
      const username = field === 'username' ? cell : `parity.${n}`;
      const refusal = await site.api.refusal('users.save', { draft: { ...newDraft, number: '', username, ...changes } });
      const editor = (refusal.issues ?? []).map((issue: FieldIssue) => ({ message: issue.message, params: issue.params }));
      const imported = preview.problems.filter((p) => p.line === n + 2).map((p) => ({ message: p.message, params: p.params }));
      expect(imported, `${field} = ${cell}`).toEqual(editor);
      expect(
        preview.problems.filter((p) => p.line === n + 2).every((p) => p.field === field && p.column === mapping.indexOf(field)),
        field,
      ).toBe(true);
    }
  });

  it('stores formula-like names as typed (neutralising them is the export’s job)', async () => {
    const site = await newSite();
    const path = site.file(
      'formulas.csv',
      lines('Username,First Name,Last Name,Department', 'calc.user,=1+2,"=HYPERLINK(""http://x"")",@SUM(A1)', 'minus.user,-5,+Plus,'),
    );
    const summary = await site.run(optionsFor(path, ['username', 'firstName', 'lastName', 'department']));
    expect(summary.record.created).toBe(2);
    expect(await site.user('calc.user')).toMatchObject({ firstName: '=1+2', lastName: '=HYPERLINK("http://x")', department: '@SUM(A1)' });
    expect(await site.user('minus.user')).toMatchObject({ firstName: '-5', lastName: '+Plus' });
  });

  it('reads languages, switches, VIP stars, groups by name and aliases; unknown values are problems at their column (groups not created)', async () => {
    const site = await newSite();
    const path = site.file(
      'values.csv',
      lines(
        'Username;Language;Enabled;Allow SMS sending;VIP Status;User Groups;Aliases',
        'val.one;de_DE;no;yes;★★★;night shift, Management;+41441234567 val-one',
        'val.two;Français;1;0;0;;',
        'val.three;Klingon;maybe;yes;9;Ghosts;ok',
      ),
    );
    const mapping: ImportField[] = ['username', 'language', 'enabled', 'privilege.sms', 'vip', 'groups', 'aliases'];
    const preview = await site.preview(optionsFor(path, mapping, { createGroups: false }));
    expect(problemsOf(preview, 4)).toEqual([
      ['language', 'import.value.language'],
      ['enabled', 'import.value.boolean'],
      ['groups', 'import.group.unknown'],
      ['vip', 'rule.vip.range'],
    ]);
    expect(preview.problems.find((p) => p.message === 'import.group.unknown')).toMatchObject({ line: 4, column: 5, params: { name: 'Ghosts' } });

    await site.run(optionsFor(path, mapping, { createGroups: false }));
    const one = await site.user('val.one');
    expect(one).toMatchObject({ language: 'de', enabled: false, vip: 3, aliases: ['+41441234567', 'val-one'] });
    expect(one.privileges.sms).toBe(true);
    const groups = await site.api.call<{ id: number; name: string }[]>('groups.list');
    expect(one.groupIds.map((id) => groups.find((g) => g.id === id)?.name).sort()).toEqual(['Management', 'Night shift']);
    expect(await site.user('val.two')).toMatchObject({ language: 'fr', enabled: true, vip: 0 });
    expect(site.userId('val.three')).toBeNull();
  });

  it('writes nothing in a preview, and a run does what its preview said', async () => {
    const site = await newSite();
    const path = site.file(
      'mixed.csv',
      lines('Username,E-Mail', 'ok.one,one@example.com', 'ok.two,', 'bad.one,nope', 'fred.bloggs,fred@example.com'),
    );
    const before = site.state();
    const preview = await site.preview(optionsFor(path, ['username', 'email']));
    expect(site.state()).toBe(before);
    expect(preview.rows).toBe(4);
    expect(preview.counts).toEqual({ create: 2, update: 0, skip: 1, reject: 1 });
    expect(preview.firstRows.map((r) => [r.line, r.outcome, r.username])).toEqual([
      [2, 'create', 'ok.one'],
      [3, 'create', 'ok.two'],
      [4, 'reject', 'bad.one'],
      [5, 'skip', 'fred.bloggs'],
    ]);
    const { record } = await site.run(optionsFor(path, ['username', 'email']));
    expect([record.created, record.updated, record.skipped, record.rejected]).toEqual([2, 0, 1, 1]);
  });
});

describe('duplicates', () => {
  const file = lines(
    'Username,First Name,Last Name,E-Mail,Number',
    'Fred.Bloggs,Frederick,,fred.new@example.com,',
    'new.person,New,Person,,3001',
    'NEW.PERSON,Other,Person,,3002',
    'hans.meier,,Meier-Schulz,,',
  );
  const mapping: ImportField[] = ['username', 'firstName', 'lastName', 'email', 'number'];

  it('reports rows of the file that are the same user (usernames ignore case) and imports only the first', async () => {
    const site = await newSite();
    const preview = await site.preview(optionsFor(site.file('dup.csv', file), mapping));
    expect(preview.duplicatesInFile).toEqual([{ line: 4, firstLine: 3 }]);
    expect(preview.duplicatesInFileCount).toBe(1);
    expect(preview.problems).toEqual([{ line: 4, column: null, field: null, message: 'import.duplicate.inFile', params: { firstLine: 3 } }]);
  });

  it('skips users that exist (matched without case), creating only the new ones', async () => {
    const site = await newSite();
    const before = await site.user('fred.bloggs');
    const { record } = await site.run(optionsFor(site.file('dup.csv', file), mapping));
    expect([record.created, record.updated, record.skipped, record.rejected]).toEqual([1, 0, 2, 1]);
    expect(await site.user('fred.bloggs')).toEqual(before);
    expect((await site.user('new.person')).firstName).toBe('New');
  });

  it('updates only the non-empty cells with "update non-empty"', async () => {
    const site = await newSite();
    const before = await site.user('fred.bloggs');
    const { record } = await site.run(
      optionsFor(site.file('dup.csv', file), mapping, { duplicates: { match: ['username'], action: 'updateNonEmpty' } }),
    );
    expect([record.created, record.updated, record.skipped, record.rejected]).toEqual([1, 2, 0, 1]);
    const fred = await site.api.call<typeof before>('users.get', { id: before.id });
    expect(fred).toMatchObject({
      username: 'Fred.Bloggs',
      firstName: 'Frederick',
      lastName: 'Bloggs',
      email: 'fred.new@example.com',
      number: '1011',
      department: 'Management',
    });
    expect(fred.groupIds).toEqual(before.groupIds);
    expect((await site.user('hans.meier')).lastName).toBe('Meier-Schulz');
  });

  it('replaces every mapped field with "overwrite": an empty cell empties the field, unmapped fields stay', async () => {
    const site = await newSite();
    const before = await site.user('fred.bloggs');
    await site.run(optionsFor(site.file('dup.csv', file), mapping, { duplicates: { match: ['username'], action: 'overwrite' } }));
    const fred = await site.api.call<typeof before>('users.get', { id: before.id });
    expect(fred).toMatchObject({
      firstName: 'Frederick',
      lastName: '',
      email: 'fred.new@example.com',
      number: '',
      department: 'Management',
      mobile: before.mobile,
    });
    expect(await site.user('hans.meier')).toMatchObject({ firstName: '', lastName: 'Meier-Schulz' });
  });

  it('matches on all ticked fields, and refuses a row that matches several users', async () => {
    const site = await newSite();
    const path = site.file('by-mobile.csv', lines('Username,Mobile,Department', 'someone,+41790000000,Sales'));
    const preview = await site.preview(
      optionsFor(path, ['username', 'mobile', 'department'], { duplicates: { match: ['mobile'], action: 'overwrite' } }),
    );
    expect(preview.problems).toEqual([{ line: 2, column: null, field: null, message: 'import.duplicate.ambiguous', params: { count: 6 } }]);
    const byTwo = await site.preview(
      optionsFor(path, ['username', 'mobile', 'department'], { duplicates: { match: ['mobile', 'username'], action: 'overwrite' } }),
    );
    expect(byTwo.counts.create).toBe(1);
  });

  it('keeps usernames and numbers unique across the site and the file', async () => {
    const site = await newSite();
    const path = site.file(
      'unique.csv',
      lines(
        'Username,E-Mail,Number',
        'taker.one,t1@example.com,1005',
        'taker.two,t2@example.com,3005',
        'taker.three,t3@example.com,3005',
        'ASHOK.KUMAR,ak@example.com,3006',
        'taker.four,t2@example.com,3007',
        'Taker.Two,t5@example.com,3008',
      ),
    );
    // Matched by e-mail: a row is a new user unless its e-mail is known, so usernames can collide.
    const preview = await site.preview(optionsFor(path, ['username', 'email', 'number'], { duplicates: { match: ['email'], action: 'skip' } }));
    expect(preview.problems).toEqual([
      { line: 2, column: 2, field: 'number', message: 'rule.number.taken', params: { number: '1005', username: 'ashok.kumar' } },
      { line: 4, column: 2, field: 'number', message: 'import.number.takenInFile', params: { number: '3005', line: 3 } },
      { line: 5, column: 0, field: 'username', message: 'rule.username.taken', params: { username: 'ashok.kumar' } },
      { line: 6, column: null, field: null, message: 'import.duplicate.inFile', params: { firstLine: 3 } },
      { line: 7, column: 0, field: 'username', message: 'import.username.takenInFile', params: { username: 'Taker.Two', line: 3 } },
    ]);
  });

  it('lets a later row take a number an earlier row moved away from its user', async () => {
    const site = await newSite();
    const path = site.file('moves.csv', lines('Username,Number', 'newcomer,1005', 'ashok.kumar,3100', 'late.comer,1005'));
    const { record, problems } = await site.run(
      optionsFor(path, ['username', 'number'], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }),
    );
    // Line 2 comes before the move: Ashok still holds 1005 then. Line 4 comes after it.
    expect(problems.map((p) => [p.line, p.message])).toEqual([[2, 'rule.number.taken']]);
    expect([record.created, record.updated]).toEqual([1, 1]);
    expect((await site.user('late.comer')).number).toBe('1005');
    expect((await site.user('ashok.kumar')).number).toBe('3100');
  });
});

describe('credentials', () => {
  const csv = lines('Username,PIN,Password', 'cred.one,5081,Str0ng!Pass', 'cred.two,1234,Str0ng!Pass', 'cred.three,12a4,short', 'cred.four,,');

  it('ignores password and PIN columns unless credentials are included', async () => {
    const site = await newSite();
    const { record } = await site.run(optionsFor(site.file('cred.csv', csv), ['username', 'pin', 'password']));
    expect(record.created).toBe(4);
    expect((await site.user('cred.one')).pin).toEqual({ set: false, unreadable: false });
  });

  it('checks included credentials against the security policy and stores them encrypted', async () => {
    const site = await newSite();
    const security = await site.api.call<{ settings: Record<string, unknown> }>('security.get');
    await site.api.call('security.save', { settings: { ...security.settings, securePins: true, securePasswords: true } });
    const summary = await site.run(optionsFor(site.file('cred.csv', csv), ['username', 'pin', 'password'], { includeCredentials: true }));
    expect(summary.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'pin', 'policy.pin.run'],
      [4, 'pin', 'rule.pin.format'],
      [4, 'password', 'policy.password.length'],
    ]);
    expect(summary.problems[1]!.params).toMatchObject({ max: 20 });
    const one = await site.user('cred.one');
    expect(one.pin.set && one.password.set).toBe(true);
    expect((await site.user('cred.four')).pin.set).toBe(false);
    // Nothing in plain text: not the stored secrets, not the credentials of rejected rows kept for the report.
    const stored = JSON.parse(site.state()) as Record<string, unknown>[][];
    expect(stored[7]!.map((reject) => reject.cells)).toEqual([JSON.stringify(['cred.two', '', '']), JSON.stringify(['cred.three', '', ''])]);
    expect(site.state()).not.toContain('5081');
    expect(site.state()).not.toContain('Str0ng');
  });

  it("gives new users the defaults' initial password and PIN, as the editor does", async () => {
    const site = await newSite();
    const defaults = await site.api.call<DefaultValues>('defaults.get');
    await site.api.call('defaults.save', {
      draft: {
        ...defaults,
        initialPassword: { action: 'set', value: 'Welcome-2026', confirmation: 'Welcome-2026' },
        pin: { action: 'set', value: '2580', confirmation: '2580' },
      },
    });
    await site.run(optionsFor(site.file('plain.csv', lines('Username', 'plain.user')), ['username']));
    const user = await site.user('plain.user');
    expect([user.password.set, user.pin.set]).toEqual([true, true]);
  });
});

describe('the record of an import', () => {
  it('keeps rejected rows with their cells and reasons, and undoes the import as a whole', async () => {
    const site = await newSite();
    const usersOnly = () => JSON.stringify(JSON.parse(site.state()).slice(0, 5));
    const before = usersOnly();
    const path = site.file('undo.csv', lines('Username,First Name,E-Mail', 'undo.new,New,', 'fred.bloggs,Changed,', 'undo.bad,Bad,@@'));
    const summary = await site.run(
      optionsFor(path, ['username', 'firstName', 'email'], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }),
    );
    expect([summary.record.created, summary.record.updated, summary.record.rejected]).toEqual([1, 1, 1]);
    expect(summary.rowsPerSecond).toBeGreaterThan(0);

    const stored = JSON.parse(site.state()) as Record<string, unknown>[][];
    const rejects = stored[7]!;
    expect(rejects).toEqual([
      {
        import_id: summary.record.id,
        line: 4,
        cells: JSON.stringify(['undo.bad', 'Bad', '@@']),
        reasons: JSON.stringify([{ column: 2, field: 'email', message: 'rule.email.format' }]),
      },
    ]);
    const audit = stored[8]!.filter((entry) => entry.action === 'import.csv');
    expect(audit).toHaveLength(1);

    const list = await site.api.call<{ id: number; canUndo: boolean }[]>('import.list', {});
    expect(list[0]).toMatchObject({ id: summary.record.id, canUndo: true });
    await site.api.call('import.undo', { id: summary.record.id });
    expect(usersOnly()).toBe(before);
  });

  it('reports progress while it reads and writes, ending with every byte and row', async () => {
    const site = await newSite();
    const header = 'Username,First Name';
    const rows = Array.from({ length: 30_000 }, (_, i) => `progress.${i},Person ${i}`);
    const path = site.file('progress.csv', lines(header, ...rows));
    await site.run(optionsFor(path, ['username', 'firstName']));
    const progress = site.api.events
      .filter((e) => e.event === 'import.progress')
      .map((e) => e.payload as { phase: string; rows: number; bytes: number; totalBytes: number });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.phase === 'writing' && p.bytes <= p.totalBytes)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ rows: 30_000, bytes: progress.at(-1)!.totalBytes });
    expect(site.activeUsernames()).toHaveLength(30_006);
  });
});
