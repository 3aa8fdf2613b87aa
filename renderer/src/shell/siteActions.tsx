import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client';
import { notifyDone, notifyError } from '../app/notify';
import { useSession } from '../app/session';
import { suggestedSitePath } from '../app/sitePaths';
import { useDialogs } from '../components/Dialogs';
import { useSaveFile } from '../api/useSaveFile';
import { t } from '../i18n';
import { NewSiteModal } from './NewSiteModal';

/** The File menu's actions, shared by the header menu, the welcome screen and the native menu. */
export interface SiteActions {
  /** The demo site, or with a size the generated large demo site; opened instead when it exists. */
  createDemo(demoSize?: number): Promise<void>;
  newSite(): Promise<void>;
  openSite(path?: string): Promise<void>;
  saveCopy(): Promise<void>;
  closeSite(): Promise<void>;
  forgetRecent(path: string): Promise<void>;
}

const SiteActionsContext = createContext<SiteActions | null>(null);

export function useSiteActions(): SiteActions {
  const actions = useContext(SiteActionsContext);
  if (!actions) throw new Error('useSiteActions outside SiteActionsProvider');
  return actions;
}

type Purpose = 'open' | 'create' | 'saveCopy';

export function SiteActionsProvider({ children }: { children: ReactNode }) {
  const { info, site, setSite, setPrefs, confirmLeave } = useSession();
  const { promptPath } = useDialogs();
  const { writeReplacing } = useSaveFile();
  const [newSiteOpened, setNewSiteOpened] = useState(false);
  const folder = info?.sitesFolder ?? '';

  /** The native file dialog where there is one; a path prompt in browser mode. */
  const pickPath = useCallback(
    async (purpose: Purpose, suggestedName?: string): Promise<string | null> => {
      const picked = await api.site.pickPath({ purpose, ...(suggestedName ? { suggestedName } : {}) });
      if (picked.ok) return picked.value.path;
      if (picked.error.code !== 'UNSUPPORTED') {
        notifyError(picked.error);
        return null;
      }
      return promptPath({
        title: t(`site.path.title.${purpose}`),
        initialPath: suggestedSitePath(folder, suggestedName ?? ''),
        submitLabel: purpose === 'saveCopy' ? t('common.save') : purpose === 'open' ? t('common.open') : t('common.create'),
      });
    },
    [folder, promptPath],
  );

  const openPath = useCallback(
    async (path: string) => {
      const result = await api.site.open({ path });
      if (!result.ok) {
        notifyError(result.error);
        return;
      }
      setSite(result.value);
      notifyDone(t('welcome.opened', { name: result.value.name }));
    },
    [setSite],
  );

  const actions = useMemo<SiteActions>(
    () => ({
      async createDemo(demoSize) {
        if (!(await confirmLeave())) return;
        const name = t(demoSize ? 'welcome.largeDemo.siteName' : 'welcome.demo.siteName');
        const path = suggestedSitePath(folder, name);
        const created = await api.site.create({ path, name, demo: true, ...(demoSize ? { demoSize } : {}) });
        if (created.ok) {
          setSite(created.value);
          notifyDone(t('welcome.created', { name: created.value.name }));
          return;
        }
        // The demo site was made before: open it instead of refusing. A cancelled demo left no file to open.
        if (created.error.code !== 'VALIDATION' && created.error.code !== 'CANCELLED') {
          const opened = await api.site.open({ path });
          if (opened.ok) {
            setSite(opened.value);
            notifyDone(t('welcome.opened', { name: opened.value.name }));
            return;
          }
        }
        notifyError(created.error);
      },
      async newSite() {
        if (!(await confirmLeave())) return;
        setNewSiteOpened(true);
      },
      async openSite(path?: string) {
        if (!(await confirmLeave())) return;
        const target = path ?? (await pickPath('open'));
        if (target) await openPath(target);
      },
      async saveCopy() {
        if (!site) return;
        const path = await pickPath('saveCopy', t('site.copy.suffix', { name: site.name }));
        if (!path) return;
        // Browser mode has no save dialog to ask before replacing a file: the page asks, then tries again.
        const result = await writeReplacing({ path, overwrite: false }, (target) => api.site.saveCopy(target));
        if (!result) return;
        if (result.ok) notifyDone(t('site.copy.saved', { path: result.value.path }));
        else notifyError(result.error);
      },
      async closeSite() {
        if (!site || !(await confirmLeave())) return;
        const result = await api.site.close();
        if (!result.ok) {
          notifyError(result.error);
          return;
        }
        setSite(null);
        notifyDone(t('site.closed'));
      },
      async forgetRecent(path: string) {
        const result = await api.site.forgetRecent({ path });
        if (result.ok) setPrefs(result.value);
        else notifyError(result.error);
      },
    }),
    [confirmLeave, folder, setSite, pickPath, openPath, site, setPrefs, writeReplacing],
  );

  return (
    <SiteActionsContext.Provider value={actions}>
      {children}
      <NewSiteModal opened={newSiteOpened} onClose={() => setNewSiteOpened(false)} />
    </SiteActionsContext.Provider>
  );
}
