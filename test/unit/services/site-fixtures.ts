import { join } from 'node:path';
import type { UserDraft } from '@shared/index';
import { DEMO_SITE } from '../../../resources/demo/demo-site';
import type { KeyStore } from '../../../electron/services/secrets/key-store';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { newUserDraft } from '../../../electron/services/site/new-user-draft';
import { OpenSite } from '../../../electron/services/site/open-site';
import { fillSite } from '../../../electron/services/site/site-content';

/** A demo site in `dir`, for service tests. */
export async function demoSite(dir: string, keyStore: KeyStore = new MemoryKeyStore()): Promise<OpenSite> {
  const site = await OpenSite.create(join(dir, 'demo.roster'), DEMO_SITE.name, keyStore);
  fillSite(site, DEMO_SITE);
  return site;
}

/** A new user's draft with the given changes. */
export function draftFor(site: OpenSite, changes: Partial<UserDraft>): UserDraft {
  return { ...newUserDraft(site), ...changes };
}

export function userIdByName(site: OpenSite, username: string): number {
  return site.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;
}
