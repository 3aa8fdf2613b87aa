/** Text of the user export: the dialog, its refusals and its audit entries. */
export const exportMessages = {
  'users.export': 'Export CSV…',
  'users.exportHint': 'Export all users to a CSV file',

  'export.title.all': 'Export all users',
  'export.title.selection': { one: 'Export {count} selected user', other: 'Export {count} selected users' },
  'export.layout': 'Layout',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Every field of the user record, headed by the field names of the Callisto user form. Roster imports it back as it is. Comma, UTF-8, CRLF.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'XiVO’s user file: the user section, and a line section (context “default”, SIP) for users with a number. XiVO has no Italian, so that language is left empty; usernames must be ASCII. Pipe, UTF-8 without mark, LF.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'The column names of CUCM’s Bulk Administration Tool user file: the number as PRIMARY EXTENSION, the phone as TELEPHONE NUMBER. Comma, UTF-8, CRLF.',
  'export.format': 'How the file is written',
  'export.format.hint':
    '{layout} reads {own}. Change these only when the file goes somewhere else; Roster remembers your last choice for each layout.',
  'export.format.own': 'Use the layout’s own',
  'export.delimiter': 'Delimiter',
  'export.delimiter.comma': 'Comma ( , )',
  'export.delimiter.semicolon': 'Semicolon ( ; )',
  'export.delimiter.tab': 'Tab',
  'export.delimiter.pipe': 'Pipe ( | )',
  'export.encoding': 'Encoding',
  'export.encoding.utf-8': 'UTF-8',
  'export.encoding.utf-8-bom': 'UTF-8 with BOM',
  'export.encoding.windows-1252': 'Windows-1252',
  'export.encoding.hint':
    'Windows-1252 holds Western European letters only: if a user’s name has another character, Roster lists those users and writes nothing.',
  'export.lineEnding': 'Line ends',
  'export.lineEnding.crlf': 'CRLF (Windows)',
  'export.lineEnding.lf': 'LF (Linux, macOS)',
  'export.forExcel': 'For Excel',
  'export.forExcel.label': 'For opening in Excel: protect cells that look like formulas',
  'export.forExcel.hint':
    'Puts an apostrophe before every value that starts with = + - or @, so Excel shows it instead of running it as a formula. The values in the file change (+41 44 … becomes ’+41 44 …): leave this off for a file that Callisto, XiVO or CUCM reads.',
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
  'export.error.encoding': {
    one: 'Windows-1252 cannot hold {characters}, used by {count} user. Nothing was written. Choose UTF-8, or change these names first:\n{users}',
    other: 'Windows-1252 cannot hold {characters}, used by {count} users. Nothing was written. Choose UTF-8, or change these names first:\n{users}',
  },
  'export.error.asciiUsernames': {
    one: '{layout} takes usernames of ASCII letters and digits only, and {count} username has other characters. Nothing was written. Rename this user, or leave it out of the selection:\n{users}',
    other:
      '{layout} takes usernames of ASCII letters and digits only, and {count} usernames have other characters. Nothing was written. Rename these users, or leave them out of the selection:\n{users}',
  },
  'export.error.moreUsers': { one: '\n… and {count} more user', other: '\n… and {count} more users' },

  // The audit log names logged fields by 'field.<name>' and actions by 'audit.action.<action>'.
  'audit.action.export': 'Users exported',
  'field.exportRows': 'Users',
  'field.exportLayout': 'Layout',
  'field.exportFormat': 'Format',
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
  'export.progress': 'Exporting users…',
  'export.cancelled': 'The export was cancelled. No file was written (a file already at that place was left as it was).',
} as const;
