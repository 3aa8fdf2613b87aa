import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { shot } from '../support/screenshots';
import { errorAt, t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (the list reloads through main over HTTP). */
const WAIT = 10_000;
const DEMO = ['ashok.kumar', 'elisabeth.mueller', 'fred.bloggs', 'gildong.hong', 'hanako.sato', 'hans.meier'];

describe('search operators in the users list of the demo site', () => {
  const ui = useConsole({ timeout: WAIT });
  let page: Page;

  const searchBox = () => page.getByLabel(t('users.search'), { exact: true });
  const list = () => page.getByLabel(t('users.tableLabel'), { exact: true });

  /** The demo usernames the list shows (whatever its layout: table or virtual grid). */
  async function listed(): Promise<string[]> {
    if ((await list().count()) === 0) return [];
    const shown: string[] = [];
    for (const username of DEMO) if ((await list().getByText(username, { exact: true }).count()) > 0) shown.push(username);
    return shown;
  }

  async function search(text: string, expected: string[]): Promise<void> {
    await searchBox().fill(text);
    await expect.poll(listed, { timeout: WAIT }).toEqual(expected);
    expect(await errorAt(searchBox())).toBeNull();
  }

  beforeAll(async () => {
    const session = await ui.open();
    page = session.page;
    await session.openDemoSite();
    await page.getByRole('heading', { level: 2, name: t('users.title'), exact: true }).waitFor();
  });

  it('1. field, negation, range, comparison and OR narrow the list', async () => {
    await expect.poll(listed, { timeout: WAIT }).toEqual(DEMO);
    await search('dept:management', ['ashok.kumar', 'fred.bloggs']);
    await shot(page, 'dept-management');
    await search('-dept:management', ['elisabeth.mueller', 'gildong.hong', 'hanako.sato', 'hans.meier']);
    await search('number:1000..1010', ['ashok.kumar', 'elisabeth.mueller']);
    await search('vip>=3', ['ashok.kumar', 'fred.bloggs']);
    await search('"hans" OR "hanako"', ['hanako.sato', 'hans.meier']);
    await shot(page, 'or');
  });

  it('2. a malformed query is shown inline with its place; the list stays as it was', async () => {
    await searchBox().fill('dept:"unterminated');
    const expected = t('search.errorAt', { message: t('search.error.unterminatedQuote'), column: 6 });
    await expect.poll(() => errorAt(searchBox()), { timeout: WAIT }).toContain(expected);
    expect(await listed()).toEqual(['hanako.sato', 'hans.meier']);
    await page.getByTestId('search-error').locator('mark', { hasText: '"unterminated' }).waitFor();
    await shot(page, 'parse-error');
    await searchBox().fill('dept:"unterminated"');
    await expect.poll(() => errorAt(searchBox()), { timeout: WAIT }).toBeNull();
    await expect.poll(listed, { timeout: WAIT }).toEqual([]);
  });

  it("3. completion offers field names and the site's groups", async () => {
    await searchBox().fill('');
    await searchBox().pressSequentially('grou');
    const option = page.getByRole('option', { name: 'group:', exact: true });
    await option.waitFor();
    await option.click();
    await expect.poll(() => searchBox().inputValue()).toBe('group:');
    await searchBox().pressSequentially('nig');
    const night = page.getByRole('option', { name: 'Night shift', exact: true });
    await night.waitFor();
    await shot(page, 'completion');
    await night.click();
    await expect.poll(() => searchBox().inputValue()).toBe('group:"Night shift" ');
    await expect.poll(listed, { timeout: WAIT }).toEqual(['gildong.hong', 'hans.meier']);
  });

  it('4. the quick reference opens from "?" and an example can be tried', async () => {
    await page.getByRole('button', { name: t('search.help.open'), exact: true }).click();
    const help = page.getByRole('dialog', { name: t('search.help.title'), exact: true });
    await help.waitFor();
    await help.getByText(t('search.help.range'), { exact: true }).waitFor();
    await shot(page, 'quick-reference');
    await help.getByText('vip>=3', { exact: true }).click();
    await help.waitFor({ state: 'hidden' });
    await expect.poll(() => searchBox().inputValue()).toBe('vip>=3');
    await expect.poll(listed, { timeout: WAIT }).toEqual(['ashok.kumar', 'fred.bloggs']);
  });

  it('5. recent searches come back in an empty box', async () => {
    await searchBox().fill('');
    await searchBox().click();
    const recent = page.getByRole('option', { name: 'vip>=3', exact: true });
    await recent.waitFor();
    await shot(page, 'recent');
    await recent.click();
    await expect.poll(listed, { timeout: WAIT }).toEqual(['ashok.kumar', 'fred.bloggs']);
  });
});
