import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { startApp, type RunningApp } from '../../support/app-server';
import { launchChromium, type ChromiumSession } from '../../support/chromium';
import { shot } from '../../support/screenshots';
import { consolePage, t } from './console-page';

export { errorAt, t } from './console-page';

export interface ConsoleSession {
  app: RunningApp;
  chromium: ChromiumSession;
  page: Page;
  /** Uncaught errors in the page, as they happened. */
  pageErrors: string[];
  /** Opens the app's URL (with its one-time token) and picks the demo site on the welcome screen. */
  openDemoSite(click?: { timeout?: number }): Promise<void>;
  close(): Promise<void>;
}

export interface ConsoleOptions {
  /** The page's default timeout for actions and waits. */
  timeout: number;
  /** Environment for the app process. */
  env?: Record<string, string>;
  /** Runs on the browser context before the page opens (permissions, say). */
  prepareContext?(context: BrowserContext, app: RunningApp): Promise<void>;
}

/** Starts the built app in browser mode and a Chromium page on it; console errors are printed, page errors kept. */
async function openConsole({ timeout, env, prepareContext }: ConsoleOptions): Promise<ConsoleSession> {
  const [app, chromium] = await Promise.all([startApp(env), launchChromium()]);
  await prepareContext?.(chromium.context, app);
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(timeout);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.warn(`console error in the page: ${message.text()}`);
  });
  return {
    app,
    chromium,
    page,
    pageErrors,
    async openDemoSite(click = {}) {
      await page.goto(app.url, { waitUntil: 'load' });
      await page.getByRole('button', { name: t('welcome.demo'), exact: true }).click(click);
    },
    async close() {
      await chromium.close();
      await app.stop();
    },
  };
}

/**
 * For a describe block: the session opened by `open()` (call it in beforeAll), a screenshot and the page's
 * errors when a test fails, everything closed after all; plus the page helpers of console-page.ts.
 */
export function useConsole(options: ConsoleOptions) {
  let session: ConsoleSession | undefined;
  const current = () => {
    if (!session) throw new Error('the console session is not open yet (call open() in beforeAll)');
    return session;
  };

  afterEach(async (context) => {
    if (!session || context.task.result?.state !== 'fail') return;
    // What the screen showed when a step failed, and what the page threw.
    await shot(session.page, `failed-${context.task.name.slice(0, 2)}`).catch(() => undefined);
    for (const error of session.pageErrors) console.warn(`uncaught error in the page: ${error}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  return {
    async open(): Promise<ConsoleSession> {
      session = await openConsole(options);
      return session;
    },
    openDemoSite: (click?: { timeout?: number }) => current().openDemoSite(click),
    ...consolePage(() => current().page, options.timeout),
  };
}
