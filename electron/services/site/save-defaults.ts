import type { DefaultsDraft, DefaultValues } from '@shared/index';
import { changedFields, recordChange, secretChange } from '../audit/audit-log';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import { checkDefaultSecrets } from '../security/secret-policy-check';
import type { OpenSite } from './open-site';

export function readDefaults(site: OpenSite): DefaultValues {
  return { ...site.defaults.get(), initialPassword: site.defaultSecretStatus('password'), pin: site.defaultSecretStatus('pin') };
}

/** Saves the defaults and their initial password / PIN together. */
export function saveDefaults(site: OpenSite, draft: DefaultsDraft): DefaultValues {
  site.db.transaction(() => {
    checkDefaultSecrets(site, draft);
    const { initialPassword, pin, ...fields } = draft;
    const previous = site.defaults.get();
    site.defaults.save(fields);
    const changes = changedFields({ ...previous }, { ...site.defaults.get() });
    for (const [name, change] of [
      ['password', initialPassword],
      ['pin', pin],
    ] as const) {
      if (change.action === 'set') site.secrets.set('defaults', DEFAULTS_OWNER_ID, name, change.value);
      else if (change.action === 'clear') site.secrets.clear('defaults', DEFAULTS_OWNER_ID, name);
      if (change.action !== 'keep') changes.push(secretChange(name === 'password' ? 'initialPassword' : 'pin', change.action));
    }
    if (changes.length > 0) recordChange(site.db, { entity: 'defaults', entityId: null, entityLabel: '', action: 'update', changes });
  })();
  return readDefaults(site);
}
