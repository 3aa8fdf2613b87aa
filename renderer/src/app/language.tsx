import type { LanguageChoice } from '@shared/channels/prefs';
import type { InterfaceLanguage } from '@shared/i18n/catalogs';
import { Fragment, useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client';
import { currentLanguage, subscribeLanguage, switchLanguage } from '../i18n';
import { notifyError } from './notify';
import { useSession } from './session';

/** The language every t() speaks now; a component using it renders again when it changes. */
export function useCurrentLanguage(): InterfaceLanguage {
  return useSyncExternalStore(subscribeLanguage, currentLanguage);
}

/**
 * The language preference: kept by main (prefs), 'auto' being the operating system's language as main reads
 * it (AppInfo.systemLanguage), so main's own words (menu, dialogs, CSV reports) and the screens agree.
 */
export function useLanguagePreference(): { choice: LanguageChoice; systemLanguage: InterfaceLanguage; change(choice: LanguageChoice): void } {
  const { prefs, info, setPrefs, confirmLeave } = useSession();
  const change = useCallback(
    (choice: LanguageChoice) => {
      // The screens are mounted again in the new language, which drops what is typed and not saved: asked first.
      void confirmLeave().then((leave) => {
        if (!leave) return;
        void api.prefs.setLanguage({ language: choice }).then((result) => {
          if (result.ok) setPrefs(result.value);
          else notifyError(result.error);
        });
      });
    },
    [confirmLeave, setPrefs],
  );
  return { choice: prefs?.language ?? 'auto', systemLanguage: info?.systemLanguage ?? currentLanguage(), change };
}

/**
 * Applies the stored preference once main has told it, and renders its children anew in each language: text
 * worked out once and kept (in state, memos, options) would otherwise stay in the language it was made in.
 */
export function LanguageBoundary({ children }: { children: ReactNode }) {
  const { prefs, info } = useSession();
  const choice = prefs?.language;
  const system = info?.systemLanguage;
  useEffect(() => {
    if (!choice || !system) return;
    switchLanguage(choice === 'auto' ? system : choice);
  }, [choice, system]);
  const language = useCurrentLanguage();
  return <Fragment key={language}>{children}</Fragment>;
}
