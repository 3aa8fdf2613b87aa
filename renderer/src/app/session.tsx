import type { AppInfo } from '@shared/channels/app';
import type { Preferences } from '@shared/channels/prefs';
import type { SiteInfo } from '@shared/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { api, onEvent } from '../api/client';
import { useDialogs } from '../components/Dialogs';
import { t } from '../i18n';
import type { GridSeek } from '../user-list/useGridNavigation';
import type { UserSort } from '../user-list/UserTable';
import { notifyError } from './notify';

export type ListScreen =
  'users' | 'deleted' | 'groups' | 'defaults' | 'pool' | 'security' | 'endUser' | 'ldap' | 'cucm' | 'audit' | 'import' | 'imports' | 'cucmImport';
/**
 * A list screen, the users list possibly opened on a search (e.g. the users an import brought in), and back
 * from the editor also in its order with the row to focus. The editor keeps the list route it came from, so
 * that leaving it returns to the same search.
 */
export type ListRoute = { screen: ListScreen; search?: string; sort?: UserSort; focus?: GridSeek };
export type Route = ListRoute | { screen: 'editor'; userId: number | null; nonce: number; back?: ListRoute };

interface Session {
  info: AppInfo | null;
  prefs: Preferences | null;
  site: SiteInfo | null;
  loaded: boolean;
  setSite(site: SiteInfo | null): void;
  setPrefs(prefs: Preferences): void;
  route: Route;
  /** Goes to another screen, asking first when the current one has unsaved changes. */
  navigate(route: Route): Promise<boolean>;
  /** Goes to another screen without asking (after a save). */
  replaceRoute(route: Route): void;
  /** `back`: where leaving the editor returns to (the users list as it was); the plain users list without. */
  openEditor(userId: number | null, back?: ListRoute): Promise<boolean>;
  /** Resolves true when leaving the current screen is fine (nothing unsaved, or the changes discarded). */
  confirmLeave(): Promise<boolean>;
  /** A screen with unsaved changes registers itself here while mounted. */
  setDirtyCheck(check: (() => boolean) | null): void;
  /** Bumped whenever data changed, so lists and counts reload. */
  dataVersion: number;
  dataChanged(): void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

let editorNonce = 0;

export function SessionProvider({ children }: { children: ReactNode }) {
  const { confirm } = useDialogs();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [site, setSiteState] = useState<SiteInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [route, setRoute] = useState<Route>({ screen: 'users' });
  const [dataVersion, setDataVersion] = useState(0);
  const dirtyCheck = useRef<(() => boolean) | null>(null);
  /** The site as last applied, as JSON: main's announcement and the action's own answer carry the same. */
  const appliedSite = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([api.app.info(), api.prefs.get(), api.site.current()]).then(([infoResult, prefsResult, siteResult]) => {
      if (cancelled) return;
      if (infoResult.ok) setInfo(infoResult.value);
      else notifyError(infoResult.error);
      if (prefsResult.ok) setPrefs(prefsResult.value);
      if (siteResult.ok) {
        setSiteState(siteResult.value);
        appliedSite.current = JSON.stringify(siteResult.value);
      }
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const setSite = useCallback((next: SiteInfo | null) => {
    // Opening a site is heard twice, from main's site.changed and from the open's answer: the second must
    // not reload every list and count again (it threw away the list's first answer). Data that changed
    // calls dataChanged() itself.
    const applied = JSON.stringify(next);
    if (applied === appliedSite.current) return;
    appliedSite.current = applied;
    setSiteState(next);
    setDataVersion((v) => v + 1);
    if (next === null) {
      dirtyCheck.current = null;
      setRoute({ screen: 'users' });
    }
    // Opening or creating a site adds it to the recent list kept by main.
    void api.prefs.get().then((result) => {
      if (result.ok) setPrefs(result.value);
    });
  }, []);

  useEffect(() => onEvent('site.changed', ({ site: changed }) => setSite(changed)), [setSite]);

  const confirmLeave = useCallback(async () => {
    if (!dirtyCheck.current?.()) return true;
    const discard = await confirm({
      title: t('confirm.discard.title'),
      message: t('confirm.discard.message'),
      confirmLabel: t('confirm.discard.confirm'),
      cancelLabel: t('confirm.discard.keep'),
      danger: true,
    });
    if (discard) dirtyCheck.current = null;
    return discard;
  }, [confirm]);

  const navigate = useCallback(
    async (next: Route) => {
      if (!(await confirmLeave())) return false;
      setRoute(next);
      return true;
    },
    [confirmLeave],
  );

  const setDirtyCheck = useCallback((check: (() => boolean) | null) => {
    dirtyCheck.current = check;
  }, []);

  const value = useMemo<Session>(
    () => ({
      info,
      prefs,
      site,
      loaded,
      setSite,
      setPrefs,
      route,
      navigate,
      replaceRoute: (next) => {
        dirtyCheck.current = null;
        setRoute(next);
      },
      openEditor: (userId, back) => navigate({ screen: 'editor', userId, nonce: ++editorNonce, back }),
      confirmLeave,
      setDirtyCheck,
      dataVersion,
      dataChanged: () => setDataVersion((v) => v + 1),
    }),
    [info, prefs, site, loaded, setSite, route, navigate, confirmLeave, setDirtyCheck, dataVersion],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Registers a screen's unsaved changes with the session and with the window (reload, close). */
export function useLeaveGuard(dirty: boolean): void {
  const { setDirtyCheck } = useSession();
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    setDirtyCheck(() => dirtyRef.current);
    return () => setDirtyCheck(null);
  }, [setDirtyCheck]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
