import { basename, dirname } from 'node:path';
import { RosterError } from '@shared/result';
import type { OpenSite } from '../services/site/open-site';
import type { Platform } from './context';

/**
 * An export with plain passwords and PINs needs the administrator's own yes. In the desktop app main asks
 * in a native dialog, which no page can answer; a refusal writes nothing. Browser mode has no such dialog:
 * there the page's confirmation is the person's, since only the person holds the session.
 */
export async function confirmCredentialExport(platform: Platform, site: OpenSite, ids: readonly number[] | null, target: string): Promise<void> {
  if (!platform.confirmCredentialExport) return;
  const users = ids?.length ?? site.users.activeCount();
  const confirmed = await platform.confirmCredentialExport({ file: basename(target), folder: dirname(target), users, site: site.name });
  if (!confirmed) throw new RosterError('CANCELLED', 'export.error.credentialsDeclined');
}
