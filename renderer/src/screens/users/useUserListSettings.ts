import { DEFAULT_USER_LIST_SETTINGS } from '@shared/rules/user-list-rules';
import type { UserListSettings } from '@shared/rules/user-list-rules';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { notifyError } from '../../app/notify';
import { useSession } from '../../app/session';

export interface UserListSettingsState {
  settings: UserListSettings;
  /** Shows the change at once and stores it in the site; resolves false when main refused it. */
  save(settings: UserListSettings): Promise<boolean>;
}

/** The open site's columns, widths and named views (the settings section 'userList'). */
export function useUserListSettings(): UserListSettingsState {
  const { site } = useSession();
  const [settings, setSettings] = useState<UserListSettings>(DEFAULT_USER_LIST_SETTINGS);

  useEffect(() => {
    let cancelled = false;
    void api.userList.settings().then((result) => {
      if (cancelled) return;
      if (result.ok) setSettings(result.value);
      else notifyError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [site?.path]);

  const save = useCallback(async (next: UserListSettings) => {
    setSettings(next);
    const result = await api.userList.saveSettings({ settings: next });
    if (result.ok) {
      setSettings(result.value);
      return true;
    }
    notifyError(result.error);
    return false;
  }, []);

  return { settings, save };
}
