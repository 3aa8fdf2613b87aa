import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, it } from 'vitest';
import { AXL_ANSWER_LIMIT_BYTES, AxlClient } from '../../electron/services/cucm/axl-client';
import { listUserBody } from '../../electron/services/cucm/axl-request';
import type { CucmConnection } from '../../electron/services/cucm/cucm-connection';
import { readXml } from '@shared/xml/xml-document';
import { connectionTo, startAxlServer } from '../support/axl-server';
import type { AxlServer } from '../support/axl-server';

// What a hostile AXL answer costs this process: 20 MB of `&amp;` (CUCM itself never sends more than 8 MB),
// read through the AXL client as an import would, and given to the XML reader directly. Prints the resident
// set before and its peak during each (sampled by a thread of its own, since the reader runs synchronously;
// that thread itself adds about 9 MB). The server runs in this process too, but streams a buffer built before
// it listens. Asserts nothing.

const BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;
let server: AxlServer;
let connection: CucmConnection;

beforeAll(async () => {
  server = await startAxlServer({ users: 10, oversizedAnswer: { bytes: BYTES, announced: false } });
  connection = connectionTo(server);
});

afterAll(async () => {
  await server.close();
});

/** The process's resident set, sampled every 2 ms by another thread until stopped: its peak. */
function peakSampler(): { stop(): Promise<number> } {
  const sampler = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
     parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())); });`,
    { eval: true },
  );
  return {
    stop: async () => {
      const peak = new Promise<number>((resolve) => sampler.once('message', resolve));
      sampler.postMessage('stop');
      const value = await peak;
      await sampler.terminate();
      return value;
    },
  };
}

/** Runs `work` and prints the resident set before it and at its peak while it ran. */
async function measure(label: string, work: () => Promise<string>): Promise<void> {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const before = process.memoryUsage.rss();
  const sampler = peakSampler();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const outcome = await work();
  const peak = await sampler.stop();
  console.log(
    `${label}: ${outcome}; resident ${Math.round(before / MB)} MB before, ${Math.round(peak / MB)} MB at the peak (+${Math.round((peak - before) / MB)} MB)`,
  );
}

const outcomeOf = async (work: () => unknown) => {
  try {
    await work();
    return 'accepted';
  } catch (error) {
    return `refused (${error instanceof Error ? error.message : String(error)})`;
  }
};

it('memory for a 20 MB answer of &amp;', async () => {
  const client = new AxlClient(connection);
  await measure('AXL client, listUser answered with 20 MB of &amp;', () =>
    outcomeOf(() => client.call('listUser', listUserBody({ criteria: {}, skip: 0, first: 10 }))),
  );
  client.close();

  // Made flat (one sequential string, as a decoded answer is), so that building it is not counted below.
  const document = Buffer.concat([Buffer.from('<a>'), Buffer.alloc(BYTES, '&amp;'), Buffer.from('</a>')]).toString('latin1');
  await measure("XML reader, a 20 MB document of &amp; with the AXL client's limit", () =>
    outcomeOf(() => readXml(document, { maxLength: AXL_ANSWER_LIMIT_BYTES })),
  );
  await measure('XML reader, the same with no limit (expansion only)', () => outcomeOf(() => readXml(document, { maxLength: Infinity })));
});
