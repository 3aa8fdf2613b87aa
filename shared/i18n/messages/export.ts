/** Text of the user export: the dialog, its refusals and its audit entries. */
export const exportMessages = {
  'users.export': 'Export CSV…',
  'users.exportHint': 'Export all users to a CSV file',

  'export.title.all': 'Export all users',
  'export.title.selection': { one: 'Export {count} selected user', other: 'Export {count} selected users' },
  'export.layout': 'Layout',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Every Roster field, comma-separated, headed by the field names of the Callisto user form. Roster imports it back as it is.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'XiVO’s pipe-separated user file: the user section, and a line section (context “default”, SIP) for users with a number. XiVO has no Italian, so that language is left empty.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'The column names of CUCM’s Bulk Administration Tool user file: the number as PRIMARY EXTENSION, the phone as TELEPHONE NUMBER.',
  'export.bom': 'For Excel (UTF-8 with byte-order mark)',
  'export.bom.hint': 'Excel then shows accents and umlauts right. Untick for systems that do not expect the mark.',
  'export.credentials': 'Include passwords and PINs',
  'export.credentials.hint': 'Written in plain text. Leave unticked unless the receiving system needs them.',
  'export.path': 'Save as',
  'export.path.hint': 'The full path of the CSV file to write on this computer.',
  'export.fileName': 'users-{date}.csv',
  'export.run': 'Export',
  'export.chooseAndRun': 'Export…',
  'export.done': { one: 'Exported {count} user to {path}.', other: 'Exported {count} users to {path}.' },
  'export.confirmCredentials.title': 'Export passwords and PINs?',
  'export.confirmCredentials.message':
    'The file will hold the users’ passwords and PINs in plain text. Anyone who can read the file can sign in as these users. Keep it safe and delete it once it has been used.',
  'export.confirmCredentials.confirm': 'Export with credentials',
  'export.replace.title': 'Replace the file?',
  'export.replace.message': '{file} already exists. Replacing it overwrites everything in it.',
  'export.replace.confirm': 'Replace',

  'export.path.folder': 'This is a folder. Add the name of the file to write in it.',
  'export.error.noFolder': 'The folder {folder} does not exist. Choose an existing folder.',
  'export.error.write': 'Roster could not write {file}. Check that the folder is writable and the file is not open in another program.',
  'export.error.keyMissing':
    'The passwords and PINs of this site cannot be read on this workstation (its key is missing). Export without credentials, or open the site where its key is.',
  'export.error.noUsers': 'There is no user to export.',

  // The audit log names logged fields by 'field.<name>' and actions by 'audit.action.<action>'.
  'audit.action.export': 'Users exported',
  'field.exportRows': 'Users',
  'field.exportLayout': 'Layout',
  'field.exportCredentials': 'Passwords and PINs included',
  'field.exportFile': 'File',
  'export.error.credentialsDeclined': 'The export with passwords and PINs was not confirmed. Nothing was written.',
  'native.exportCredentials.title': 'Export passwords and PINs',
  'native.exportCredentials.message': {
    one: 'Write the password and PIN of {count} user in plain text to {file}?',
    other: 'Write the passwords and PINs of {count} users in plain text to {file}?',
  },
  'native.exportCredentials.detail':
    'Site: {site}\nFolder: {folder}\n\nAnyone who can read this file can sign in as these users. Keep it safe and delete it once it has been used.',
  'native.exportCredentials.confirm': 'Export with passwords and PINs',
  'native.exportCredentials.cancel': 'Cancel',
} as const;
