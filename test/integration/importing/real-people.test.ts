import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '@shared/channels/import';
import type { User, UserGroup } from '@shared/domain';
import type { UserDraft } from '@shared/rules/user-rules';
import { optionsFor, problemsOf, say, useImportSites } from './import-fixtures';

/** Everyday files from German, French, Italian and Spanish offices, and how existing users are recognised. */

const newSite = useImportSites();

/** A file's lines joined with CRLF, as a spreadsheet writes them. */
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** The German Excel's "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252. */
const GERMAN_FILE = lines(
  'Benutzername;Vorname;Nachname;E-Mail-Adresse;Sprache;Abteilung;Gruppen',
  'jürgen.weiß;Jürgen;Weiß;juergen.weiss@example.de;Deutsch;Außendienst;"Außendienst Süd; Management"',
  'zoë.brühl;Zoë;Brühl;zoe.bruehl@example.de;2;Vertrieb;Außendienst Süd',
);

describe('the German-data import', () => {
  it('reads jürgen.weiß from a semicolon Windows-1252 file with German headers, creates the missing group, and undo removes it again', async () => {
    const site = await newSite();
    const path = site.file('mitarbeiter.csv', Buffer.from(GERMAN_FILE, 'latin1'));
    const inspection = await site.inspect(path);
    expect(inspection).toMatchObject({ encoding: 'windows-1252', delimiter: ';', hasHeader: true });
    // E-Mail-Adresse, Sprache, Abteilung, Gruppen: each recognised by itself.
    expect(inspection.suggestedMapping).toEqual(['username', 'firstName', 'lastName', 'email', 'language', 'department', 'groups']);

    const options = optionsFor(path, inspection.suggestedMapping);
    const preview = await site.preview(options);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ create: 2, update: 0, skip: 0, reject: 0 });
    // Listed before anything is written; an existing group (Management) is not.
    expect(preview.groupsToCreate).toEqual(['Außendienst Süd']);
    expect((await site.api.call<UserGroup[]>('groups.list')).map((g) => g.name)).not.toContain('Außendienst Süd');

    const summary = await site.run(options);
    expect(summary.record).toMatchObject({ created: 2, rejected: 0, canUndo: true });
    expect(summary.groupsCreated).toEqual(['Außendienst Süd']);
    const groups = await site.api.call<UserGroup[]>('groups.list');
    const created = groups.find((g) => g.name === 'Außendienst Süd')!;
    expect(created.memberCount).toBe(2);
    const juergen = await site.user('jürgen.weiß');
    expect(juergen).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Weiß',
      email: 'juergen.weiss@example.de',
      language: 'de',
      department: 'Außendienst',
    });
    expect(juergen.groupIds.map((id) => groups.find((g) => g.id === id)!.name).sort()).toEqual(['Außendienst Süd', 'Management']);
    // The editor takes the same username: saving the imported user again is accepted.
    const { password: _p, pin: _n, ...fields } = juergen;
    void [_p, _n];
    await site.api.call('users.save', { draft: { ...fields, notes: 'Edited', password: { action: 'keep' }, pin: { action: 'keep' } } });

    await site.api.call<ImportRecord>('import.undo', { id: summary.record.id });
    expect(site.userId('jürgen.weiß')).toBeNull();
    expect((await site.api.call<UserGroup[]>('groups.list')).map((g) => g.name)).toEqual(
      groups.filter((g) => g.id !== created.id).map((g) => g.name),
    );
  });

  it('untick "create groups": the rows naming an unknown group are refused, saying how to proceed', async () => {
    const site = await newSite();
    const path = site.file('mitarbeiter.csv', Buffer.from(GERMAN_FILE, 'latin1'));
    const inspection = await site.inspect(path);
    const preview = await site.preview(optionsFor(path, inspection.suggestedMapping, { createGroups: false }));
    expect(preview.groupsToCreate).toEqual([]);
    expect(preview.counts.reject).toBe(2);
    expect(problemsOf(preview, 2)).toEqual([['groups', 'import.group.unknown']]);
    expect(say('import.group.unknown', { name: 'Außendienst Süd' })).toContain('Create the groups the file names');
  });

  it('recognises common headers in French, Italian and Spanish, and usernames of any script', async () => {
    const site = await newSite();
    const path = site.file(
      'personnel.csv',
      lines(
        'Identifiant,Prénom,Nom de famille,Adresse e-mail,Langue,Téléphone portable',
        'łukasz.nowak,Łukasz,Nowak,lukasz@example.pl,Français,+48 601 234 567',
        '김민준,민준,김,minjun@example.kr,fr_FR,',
        'ana.núñez@ejemplo.es,Ana,Núñez,ana@ejemplo.es,Español,',
      ),
    );
    const inspection = await site.inspect(path);
    expect(inspection.suggestedMapping).toEqual(['username', 'firstName', 'lastName', 'email', 'language', 'mobile']);
    const summary = await site.run(optionsFor(path, inspection.suggestedMapping));
    expect(summary.problems).toEqual([]);
    expect(summary.record.created).toBe(3);
    expect(await site.user('김민준')).toMatchObject({ lastName: '김', language: 'fr' });
    expect(await site.user('ana.núñez@ejemplo.es')).toMatchObject({ language: 'es' });
    for (const [headers, field] of [
      ['Nome utente;Cognome;Indirizzo email', ['username', 'lastName', 'email']],
      ['Nombre de usuario;Apellidos;Correo electrónico;Móvil', ['username', 'lastName', 'email', 'mobile']],
    ] as const) {
      const other = site.file('other.csv', lines(headers, `a.b;c;a@b.ch${headers.endsWith('Móvil') ? ';' : ''}`));
      expect((await site.inspect(other)).suggestedMapping).toEqual(field);
    }
  });
});

describe('recognising existing users', () => {
  it('by language meaning and department: "Deutsch" in the file is the stored de', async () => {
    const site = await newSite();
    const elisabeth = await site.user('elisabeth.mueller');
    const path = site.file(
      'update.csv',
      lines('Benutzername;Nachname;Sprache;Abteilung;Notizen', `e.mueller;${elisabeth.lastName};Deutsch;${elisabeth.department};Matched`),
    );
    const inspection = await site.inspect(path);
    expect(inspection.suggestedMapping).toEqual(['username', 'lastName', 'language', 'department', 'notes']);
    const options = optionsFor(path, inspection.suggestedMapping, {
      duplicates: { match: ['lastName', 'language', 'department'], action: 'updateNonEmpty' },
    });
    const summary = await site.run(options);
    expect(summary.record).toMatchObject({ updated: 1, created: 0 });
    // The user found by last name, language and department takes the row's username and notes.
    expect(await site.user('e.mueller')).toMatchObject({ id: elisabeth.id, notes: 'Matched', language: 'de' });
  });

  it('by password and PIN, compared in main: the page never receives either', async () => {
    const site = await newSite();
    const hans = await site.user('hans.meier');
    const { password: _p, pin: _n, ...fields } = hans;
    void [_p, _n];
    const draft: UserDraft = {
      ...fields,
      password: { action: 'set', value: 'Kennwort-2026!x', confirmation: 'Kennwort-2026!x' },
      pin: { action: 'set', value: '480275', confirmation: '480275' },
    };
    await site.api.call<User>('users.save', { draft });
    const saved = await site.user('hans.meier');
    const path = site.file(
      'by-secret.csv',
      lines('Username;Passwort;User PIN;Notes', 'hans.meier;Kennwort-2026!x;480275;Same secrets', 'hans.meier2;wrong;111111;Other'),
    );
    const options = optionsFor(path, ['username', 'password', 'pin', 'notes'], {
      duplicates: { match: ['password', 'pin'], action: 'updateNonEmpty' },
    });
    const previewAnswer = await site.api.call<unknown>('import.preview', options);
    const answer = JSON.stringify(previewAnswer);
    expect(answer).not.toContain('Kennwort-2026');
    expect(answer).not.toContain('480275');
    expect(previewAnswer).toMatchObject({ counts: { update: 1, create: 1 } });
    const summary = await site.run(options);
    expect(summary.record).toMatchObject({ updated: 1, created: 1 });
    const after = await site.user('hans.meier');
    expect(after.notes).toBe('Same secrets');
    // Not included as credentials: the secrets only identified the user; the stored ones were not replaced.
    expect([after.passwordSetAt, after.pinSetAt]).toEqual([saved.passwordSetAt, saved.pinSetAt]);
  });

  it('an import where no row changes the site records nothing: no entry under Imports, no audit line', async () => {
    const site = await newSite();
    const hans = await site.user('hans.meier');
    const path = site.file(
      'same.csv',
      lines('Username;First Name;Last Name', `hans.meier;${hans.firstName};${hans.lastName}`, 'ashok.kumar;Ashok;Kumar', 'bad user;x;y'),
    );
    const before = site.state();
    const summary = await site.run(
      optionsFor(path, ['username', 'firstName', 'lastName'], { duplicates: { match: ['username'], action: 'overwrite' } }),
    );
    expect(summary.recorded).toBe(false);
    expect(summary.record).toMatchObject({ created: 0, updated: 0, skipped: 2, rejected: 1, canUndo: false });
    expect(summary.problems).toHaveLength(1);
    expect(site.state()).toBe(before);
    expect(await site.api.call<ImportRecord[]>('import.list', {})).toEqual([]);
  });
});
