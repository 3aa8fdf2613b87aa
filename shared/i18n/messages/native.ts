/** Text of the native parts of the desktop app (menu, dialogs shown by the main process). */
export const nativeMessages = {
  'native.menu.file': '&File',
  'native.menu.view': '&View',
  'native.menu.help': '&Help',
  'native.menu.newUser': 'New user',
  'native.menu.light': 'Light',
  'native.menu.dark': 'Dark',
  'native.menu.followSystem': 'Follow system',
  'native.menu.about': 'About Roster',
  'native.about.message': 'Roster {version}',
  'native.about.detail': 'User directory console for unified-communications platforms.\nElectron {electron}, Chromium {chrome}, Node {node}',
  'native.unload.title': 'Unsaved changes',
  'native.unload.message': 'Discard the changes you have not saved?',
  'native.unload.detail': 'The user or settings being edited have changes that are not saved yet.',
  'native.unload.discard': 'Discard changes',
  'native.unload.keep': 'Keep editing',
} as const;
