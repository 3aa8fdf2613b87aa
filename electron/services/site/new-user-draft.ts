import type { UserDraft } from '@shared/index';
import type { OpenSite } from './open-site';

/**
 * A new user's starting values: the defaults and the pool's first free number. Secrets say 'keep': on
 * save the defaults' initial password and PIN are copied to the user, without ever reaching the renderer.
 */
export function newUserDraft(site: Pick<OpenSite, 'defaults' | 'pool'>): UserDraft {
  const defaults = site.defaults.get();
  return {
    id: null,
    username: '',
    authentication: 'local',
    alwaysPromptPin: defaults.alwaysPromptPin,
    firstName: '',
    lastName: '',
    department: '',
    vip: 0,
    email: '',
    language: defaults.language,
    mobile: '',
    pager: '',
    phone: '',
    number: site.pool.nextFree() ?? '',
    aliases: [],
    showInDirectory: defaults.showInDirectory,
    enabled: true,
    phantom: false,
    privileges: { ...defaults.privileges },
    voiceRecording: { ...defaults.voiceRecording },
    applications: [...defaults.applications],
    internalContactsGroupId: null,
    externalContactsGroupId: null,
    voicemail: { ...defaults.voicemail },
    fax: { ...defaults.fax },
    groupIds: [],
    password: { action: 'keep' },
    pin: { action: 'keep' },
  };
}
