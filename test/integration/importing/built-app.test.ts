import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportInspection, ImportSummary } from '@shared/channels/import';
import type { Result } from '@shared/result';
import { startApp } from '../../support/app-server';
import type { RunningApp } from '../../support/app-server';
import { PEOPLE_MAPPING, writePeople } from './people-files';

// The import worker as the built app starts it: out/main/web.js (the same handler table as the Electron
// app) finds out/main/import-worker.js next to its own entries, not the TypeScript source. Needs a build
// (npm run build), as the end-to-end tests do.

let app: RunningApp;
let session = '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`/rpc/${channel}`, app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Roster': '1', Authorization: `Bearer ${session}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeAll(async () => {
  app = await startApp();
  // As the page does: the printed token, spent once, for a session sent as a Bearer header.
  const signIn = await fetch(new URL('/session', app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Roster': '1' },
    body: JSON.stringify({ token: new URL(app.url).searchParams.get('token') }),
  });
  session = ((await signIn.json()) as { value: { session: string } }).value.session;
});

afterAll(async () => {
  await app?.stop();
});

describe('the built app', () => {
  it('runs an import in its bundled worker', async () => {
    await call('site.create', { path: join(app.sitesDir, 'built.roster'), name: 'Built', demo: true });
    const file = join(app.sitesDir, 'people.csv');
    writePeople(file, 2_000, { delimiter: ';' });
    const inspection = await call<ImportInspection>('import.inspect', { path: file });
    expect(inspection).toMatchObject({ delimiter: ';', hasHeader: true });
    expect(inspection.suggestedMapping).toEqual(PEOPLE_MAPPING.slice(0, 8));
    const summary = await call<ImportSummary>('import.run', {
      reading: { path: file },
      mapping: inspection.suggestedMapping,
      duplicates: { match: ['username'], action: 'skip' },
    });
    expect(summary.record).toMatchObject({ created: 2_000, rejected: 0, label: 'people.csv' });
    const list = await call<{ total: number }>('users.list', { limit: 1 });
    expect(list.total).toBe(2_006);
  });

  it('says what is wrong with a file in the built app too', async () => {
    const file = join(app.sitesDir, 'bad.csv');
    writeFileSync(file, 'Username,First Name\r\nok,"never closed\r\n');
    const response = await fetch(new URL('/rpc/import.preview', app.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Roster': '1', Authorization: `Bearer ${session}` },
      body: JSON.stringify({ reading: { path: file }, mapping: ['username', 'firstName'], duplicates: { match: ['username'], action: 'skip' } }),
    });
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'import.file.unterminatedQuote', params: { line: 2 } },
    });
  });
});
