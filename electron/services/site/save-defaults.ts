import type { DefaultsDraft, DefaultValues } from '@shared/index';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from './open-site';

export function readDefaults(site: OpenSite): DefaultValues {
  return { ...site.defaults.get(), initialPassword: site.defaultSecretStatus('password'), pin: site.defaultSecretStatus('pin') };
}

/** Saves the defaults and their initial password / PIN together. */
export function saveDefaults(site: OpenSite, draft: DefaultsDraft): DefaultValues {
  site.db.transaction(() => {
    const { initialPassword, pin, ...fields } = draft;
    site.defaults.save(fields);
    for (const [name, change] of [['password', initialPassword], ['pin', pin]] as const) {
      if (change.action === 'set') site.secrets.set('defaults', DEFAULTS_OWNER_ID, name, change.value);
      else if (change.action === 'clear') site.secrets.clear('defaults', DEFAULTS_OWNER_ID, name);
    }
  })();
  return readDefaults(site);
}
