import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; the tests never download a browser of their own. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Root in CI needs --no-sandbox; the network flags keep Chromium from calling Google's hosts on a closed
// network (each refused connection costs time); /dev/shm is small in containers.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ChromiumSession {
  browser: Browser;
  /** A fresh context (own cookies and storage), 1440x900 like a typical admin's screen. */
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return {
    browser,
    context,
    async close() {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
