import type { UserDraft } from '@shared/index';
import { initialFields } from '@shared/user-record/initial-values';
import type { OpenSite } from './open-site';

/**
 * A new user's starting values: each field's declared starting value or the site's default, and the pool's
 * first free number. Secrets say 'keep': on save the defaults' initial password and PIN are copied to the
 * user, without ever reaching the renderer.
 */
export function newUserDraft(site: Pick<OpenSite, 'defaults' | 'pool'>): UserDraft {
  const fields = initialFields(site.defaults.get());
  return { ...fields, id: null, number: site.pool.nextFree() ?? '', password: { action: 'keep' }, pin: { action: 'keep' } };
}
