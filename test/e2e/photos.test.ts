import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LdapSettings } from '@shared/channels/ldap';
import { PHOTO_MAX_KB } from '@shared/channels/photos';
import type { MessageKey } from '@shared/i18n/en';
import type { Result } from '@shared/result';
import { shot } from '../support/screenshots';
import { slapdAvailable, startSlapd } from '../support/slapd';
import type { Slapd } from '../support/slapd';
import { t, useConsole } from './support/console-session';

// The photo cache as an administrator meets it: Sync photos now on the LDAP screen, the result with what was
// skipped and why, then the avatars in the user list and the editor.

const WAIT = 10_000;
const available = await slapdAvailable();

describe.skipIf(!available)('contact photos: sync and avatars', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications } = ui;
  let slapd: Slapd;
  let page: Page;

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const panel = () => page.getByRole('region', { name: t('photos.panel.title'), exact: true });
  const count = (label: MessageKey) => panel().getByRole('group', { name: t(label), exact: true });

  /** Setup, not the subject: a channel called as the renderer calls it. */
  async function invoke<T>(channel: string, input: unknown): Promise<T> {
    const result = await page.evaluate(
      ([name, value]) => (window as unknown as { roster: { invoke(c: string, i: unknown): Promise<unknown> } }).roster.invoke(name as string, value),
      [channel, input] as const,
    );
    const answer = result as Result<T>;
    if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
    return answer.value;
  }

  beforeAll(async () => {
    slapd = await startSlapd();
    ({ page } = await ui.open());
  });

  afterAll(async () => {
    await slapd?.stop();
  });

  it('1. a sync stores the photos and lists what it skipped and what matched nobody', async () => {
    await ui.openDemoSite();
    await usersTable().waitFor({ timeout: 15_000 });

    // The directory's people (all but jonas.weber) as Roster users, and the contact photo settings.
    for (const person of slapd.people.filter((p) => p.uid !== 'jonas.weber')) {
      const draft = await invoke<Record<string, unknown>>('users.newDraft', {});
      await invoke('users.save', {
        draft: {
          ...draft,
          username: person.uid,
          firstName: person.givenName,
          lastName: person.sn,
          password: { action: 'keep' },
          pin: { action: 'keep' },
        },
      });
    }
    const current = await invoke<LdapSettings>('ldap.get', {});
    await invoke('ldap.save', {
      draft: {
        contactPhotos: {
          ...current.contactPhotos,
          enabled: true,
          host: slapd.host,
          port: slapd.ldapsPort,
          tls: 'ldaps',
          trust: { caPem: slapd.caPem, pinned: [] },
          bindUser: slapd.adminDn,
          baseDn: slapd.peopleDn,
        },
        bindPassword: { action: 'set', value: slapd.adminPassword },
        adminLdap: current.adminLdap,
      },
    });

    await nav('nav.ldap').click();
    await panel().scrollIntoViewIfNeeded();
    await panel()
      .getByText(t('photos.panel.cacheState', { count: 0, stale: 0, days: 7 }), { exact: true })
      .waitFor();
    await panel()
      .getByRole('button', { name: t('photos.panel.sync'), exact: true })
      .click();

    await count('photos.result.stored').waitFor({ timeout: WAIT });
    const value = async (label: MessageKey) => Number((await count(label).locator('p').last().textContent()) ?? NaN);
    expect(await value('photos.result.entries')).toBe(10);
    expect(await value('photos.result.matched')).toBe(9);
    expect(await value('photos.result.tooLarge')).toBe(1);
    expect(await value('photos.result.notImage')).toBe(1);
    expect(await value('photos.result.unmatched')).toBe(1);
    const stored = await value('photos.result.stored');
    expect(stored).toBe(6);

    // Each skipped entry with its DN and the reason in words.
    const gina = slapd.people.find((p) => p.uid === 'gina.baumann')!;
    const skippedRow = panel()
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: gina.dn, exact: true }) });
    const felix = slapd.people.find((p) => p.uid === 'felix.wagner')!;
    const largeRow = panel()
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: felix.dn, exact: true }) });
    await largeRow
      .getByRole('cell', {
        name: t('photos.skip.tooLarge', { size: `${(felix.photoBytes!.length / 1024).toFixed(1)} KB`, maxKb: PHOTO_MAX_KB }),
        exact: true,
      })
      .waitFor();
    await skippedRow.getByRole('cell', { name: t('photos.skip.notImage', { size: `${gina.photoBytes!.length} bytes` }), exact: true }).waitFor();
    // The unmatched entry is listed when its list is opened.
    await panel()
      .getByRole('button', { name: t('photos.result.unmatchedTitle', { count: 1 }), exact: true })
      .click();
    await panel()
      .getByText(slapd.people.find((p) => p.uid === 'jonas.weber')!.dn, { exact: true })
      .waitFor();
    await panel()
      .getByText(t('photos.panel.cacheState', { count: stored, stale: 0, days: 7 }), { exact: true })
      .waitFor();
    await closeNotifications();
    // A full-page picture taken while scrolled would draw the sticky header across the panel.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'sync-result');
  });

  it('2. the user list and the editor show the photos; users without one show initials', async () => {
    await nav('nav.users').click();
    const cell = (username: string) => usersTable().getByRole('gridcell', { name: username, exact: true });
    // The cell is named by the username alone: the avatar is decorative.
    await cell('anna.berg').waitFor();
    await expect.poll(() => cell('anna.berg').locator('img').getAttribute('src'), { timeout: WAIT }).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => cell('ben.keller').locator('img').getAttribute('src'), { timeout: WAIT }).toMatch(/^data:image\/jpeg;base64,/);
    expect(await cell('eva.huber').locator('img').count()).toBe(0);
    expect(await cell('eva.huber').locator('[data-initials]').getAttribute('data-initials')).toBe('EH');
    expect((await cell('anna.berg').textContent())?.trim()).toBe('anna.berg');
    await closeNotifications();
    await shot(page, 'user-list-avatars');

    await cell('anna.berg').click();
    const form = page.getByRole('form', { name: t('editor.formEdit', { username: 'anna.berg' }), exact: true });
    await form.waitFor();
    await expect.poll(() => form.locator('img[src^="data:image/png"]').count(), { timeout: WAIT }).toBe(1);
    await shot(page, 'editor-avatar');
  });
});
