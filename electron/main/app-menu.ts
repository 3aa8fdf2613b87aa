import { Menu, app, dialog } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { ColorScheme, LanguageChoice, Preferences } from '@shared/channels/prefs';
import { INTERFACE_LANGUAGES, LANGUAGE_OWN_NAMES } from '@shared/i18n/catalogs';
import type { EventMap } from '@shared/contract';
import { nativeText as t } from './native-text';

type MenuCommandPayload = EventMap['menu.command'];

interface MenuOptions {
  preferences: Preferences;
  /** Delivers a command to the renderer, which carries it out (dialogs, unsaved-changes guard, ...). */
  send: (command: MenuCommandPayload) => void;
  currentWindow: () => BrowserWindow | null;
  /** Help: shows the log file in the file manager, and copies the diagnostics for a support ticket. */
  showLog: () => void;
  copyDiagnostics: () => void;
}

/** Builds and installs the native menu; called again whenever recent sites, the colour scheme or the language change. */
export function installAppMenu({ preferences, send, currentWindow, showLog, copyDiagnostics }: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const development = !app.isPackaged;

  const recent: MenuItemConstructorOptions[] = preferences.recentSites.length
    ? preferences.recentSites.map((site) => ({
        label: `${site.name} — ${site.path}`,
        click: () => send({ command: 'openRecent', path: site.path }),
      }))
    : [{ label: t('menu.noRecent'), enabled: false }];

  const scheme = (label: string, colorScheme: ColorScheme): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: preferences.colorScheme === colorScheme,
    click: () => send({ command: 'colorScheme', colorScheme }),
  });

  // Each language by its own name, so that it is found whatever language the menu is in now.
  const language = (label: string, choice: LanguageChoice): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: preferences.language === choice,
    click: () => send({ command: 'language', language: choice }),
  });
  const languages: MenuItemConstructorOptions[] = [
    language(t('native.menu.followSystem'), 'auto'),
    { type: 'separator' },
    ...INTERFACE_LANGUAGES.map((code) => language(LANGUAGE_OWN_NAMES[code], code)),
  ];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('native.menu.file'),
      submenu: [
        { label: t('menu.newSite'), accelerator: 'CmdOrCtrl+Shift+N', click: () => send({ command: 'newSite' }) },
        { label: t('menu.openSite'), accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'openSite' }) },
        { label: t('menu.openRecent'), submenu: recent },
        { type: 'separator' },
        { label: t('native.menu.newUser'), accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'newUser' }) },
        { type: 'separator' },
        // No accelerator: Ctrl+Shift+S is the editor's "Save and new".
        { label: t('menu.saveCopy'), click: () => send({ command: 'saveCopy' }) },
        { label: t('menu.closeSite'), click: () => send({ command: 'closeSite' }) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: t('native.menu.view'),
      submenu: [
        scheme(t('native.menu.light'), 'light'),
        scheme(t('native.menu.dark'), 'dark'),
        scheme(t('native.menu.followSystem'), 'auto'),
        { type: 'separator' },
        { label: t('native.menu.language'), submenu: languages },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Reload and developer tools only while developing: in the packaged app a reload would drop unsaved edits.
        ...(development ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      label: t('native.menu.help'),
      role: 'help',
      submenu: [
        { label: t('native.menu.showLog'), click: showLog },
        { label: t('native.menu.copyDiagnostics'), click: copyDiagnostics },
        { type: 'separator' },
        { label: t('native.menu.about'), click: () => showAbout(currentWindow()) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(window: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: t('native.menu.about'),
    message: t('native.about.message', { version: app.getVersion() }),
    detail: t('native.about.detail', { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node }),
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
