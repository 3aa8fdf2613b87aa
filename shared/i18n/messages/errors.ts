/** Messages of the contract's error codes and of the main process's refusals. */
export const errorMessages = {
  'error.VALIDATION': 'Some values are not valid. Check the marked fields.',
  'error.NOT_FOUND': 'That item no longer exists. It may have been purged or the site was changed.',
  'error.CONFLICT': 'The change conflicts with existing data.',
  'error.POLICY': 'The change is refused by the security policy.',
  'error.SECRET_MISSING': "This workstation's keychain does not hold the key of this site.",
  'error.IO': 'The file could not be read or written.',
  'error.NO_SITE': 'No site is open. Create or open a site first.',
  'error.UNSUPPORTED': 'This action is not available in this mode.',
  'error.INTERNAL': 'Something went wrong inside Roster. The change was not saved.',
  'error.site.notFound': 'There is no file at {path}. Check the path, or create a new site there.',
  'error.site.unreadable': 'The file {path} could not be read. Check that it exists and that you may read it.',
  'error.site.notSqlite':
    'The file {path} is not a Roster site: whatever its name, its content is not a site database. It was left unchanged; choose another file.',
  'error.site.foreign': 'The file {path} is a database of another program, not a Roster site. It was left unchanged; choose a .roster file.',
  'error.site.newer': 'The site {path} was saved by a newer version of Roster. Update Roster to open it; the file was left unchanged.',
  'error.site.damaged': 'The site {path} is damaged and cannot be opened. It was left unchanged; open a backup copy instead.',
  'error.site.unwritable': 'The site {path} cannot be opened for writing. Check that the folder is writable and the file is not read-only.',
  'error.site.exists': 'A file already exists at {path}. Choose another name, or open the existing site.',
  'error.site.copyOntoOpen': 'A copy cannot replace the open site itself. Choose another file name for the copy.',
  'error.site.copyFailed': 'The copy could not be written to {path}. Check that the folder exists and is writable.',
  'error.keychain.write': "The site key could not be stored in this workstation's keychain. Unlock the keychain and try again.",
  'error.restore.usernameTaken': 'User "{username}" cannot be restored: the active user "{holder}" has the same username. Rename one of them first.',
  'error.restore.numberTaken':
    'User "{username}" cannot be restored: number {number} now belongs to "{holder}". Give one of them another number first.',
  'error.group.referenced': {
    one: 'The group "{group}" cannot be deleted: {usernames} uses it for internal or external contacts. Choose another group for this user first.',
    other:
      'The group "{group}" cannot be deleted: {count} users use it for internal or external contacts ({usernames}). Choose another group for them first.',
  },
} as const;
