import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (the list reloads through main over HTTP). */
const WAIT = 10_000;
/** Longer than the search box's pause after a keystroke: the text typed has been searched for by then. */
const PAUSE = 400;
const DEMO = ['ashok.kumar', 'elisabeth.mueller', 'fred.bloggs', 'gildong.hong', 'hanako.sato', 'hans.meier'];

// Main answers one request after another: a search typed while it is still answering an earlier one waits
// for that answer, and then only the text in the box is asked for. The texts typed in between are never
// asked for, so however fast one types, main has at most one superseded search to answer before the last.
describe('typing a search while main is still answering the previous one', () => {
  const ui = useConsole({ timeout: WAIT });
  let page: Page;

  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const list = () => page.getByLabel(t('users.tableLabel'), { exact: true });
  async function listed(): Promise<string[]> {
    const shown: string[] = [];
    for (const username of DEMO) if ((await list().getByText(username, { exact: true }).count()) > 0) shown.push(username);
    return shown;
  }

  beforeAll(async () => {
    const session = await ui.open();
    page = session.page;
    await session.openDemoSite();
  });

  it('asks only for the last text once the earlier answer is in, and lists its users', async () => {
    await expect.poll(listed, { timeout: WAIT }).toEqual(DEMO);
    const asked: string[] = [];
    let held: Route | undefined;
    // The answer to the first search is held back, as a slow one would be.
    await page.route('**/rpc/users.list', async (route) => {
      const { text = '' } = JSON.parse(route.request().postData() ?? '{}') as { text?: string };
      if (text !== '') asked.push(text);
      if (text === 'h' && !held) held = route;
      else await route.continue();
    });
    await searchBox().focus();
    await page.keyboard.press('h');
    await expect.poll(() => held !== undefined, { timeout: WAIT }).toBe(true);
    await page.keyboard.press('a');
    await page.waitForTimeout(PAUSE);
    await page.keyboard.press('n');
    await page.waitForTimeout(PAUSE);
    expect(asked).toEqual(['h']);

    await held!.continue();
    await expect.poll(listed, { timeout: WAIT }).toEqual(['hanako.sato', 'hans.meier']);
    expect(asked).toEqual(['h', 'han']);
    await page.unroute('**/rpc/users.list');
  });
});
