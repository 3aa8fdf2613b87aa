/** The import ledger, the import engine and their refusals (the wizard's own text is in import-wizard.ts). */
export const importMessages = {
  'rule.import.match.required': 'Tick at least one field that identifies an existing user.',
  'rule.import.mappingName.required': 'Give the mapping a name.',
  'import.undo.notFound': 'This import no longer exists.',
  'import.undo.already': 'This import was already undone on {at}.',
  'import.undo.notLatest': 'Only the most recent import can be undone. Undo the later imports first.',
  'import.undo.clash':
    'The import cannot be undone: the username or number of “{username}” is now used by another user. Rename that user, then try again.',

  // The file as a whole: each refusal leaves the site as it was.
  'import.file.notFound': 'There is no file at {path}. Check the path and choose the file again.',
  'import.file.notAFile': '{path} is a folder, not a file. Choose the CSV file inside it.',
  'import.file.unreadable': 'The file {path} could not be read. Check that it exists and that you may open it.',
  'import.file.empty': 'The file is empty: there is nothing to import.',
  'import.file.headerOnly': 'The file has a header row but no users below it.',
  'import.file.binary':
    'This is not a text file: it contains binary data (such as zero bytes). Choose a CSV or text file, for example one saved with “Save as… CSV”.',
  'import.file.spreadsheet':
    'This is a spreadsheet workbook, not a CSV file. Open it in the spreadsheet program, save it as CSV, and import that file.',
  'import.file.unterminatedQuote':
    'Line {line} opens a quoted value (it starts with ") that is never closed, so the rest of the file would be read as one value. Close the quote, or double a quote that is part of the text (""), and import again.',
  'import.file.valueTooLong':
    'Line {line} holds a quoted value longer than {max} characters, more than Roster reads in one row. Shorten that value (a user field holds at most a few thousand characters) and import again.',
  'import.file.recordTooLong':
    'The row starting on line {line} is longer than {max} characters. The file is probably not delimited as chosen, or a quote is not closed.',
  'import.file.tooManyColumns': 'Line {line} has more than {max} columns; Roster reads at most {max}. Remove the columns you do not need.',
  'import.file.tooManyRows': 'The file has more than {max} rows. Split it into smaller files and import them one after the other.',
  'import.xivo.needsHeader': 'A XiVO file starts with a row of column names. Tick “First row holds column headers”.',

  // Choices made in the wizard.
  'import.mapping.usernameMissing': 'Choose the column that holds the username: every user needs one.',
  'import.mapping.twice': 'This field is already filled from column “{column}”. Choose another field, or ignore this column.',
  'import.match.notMapped': 'No column fills this field, so it cannot identify existing users. Untick it or map a column to it.',

  // One row: each makes the row rejected, with its line and column.
  'import.row.fewerFields': {
    one: 'This row has {count} value where the header has {expected}: a delimiter or a line break may be missing or extra.',
    other: 'This row has {count} values where the header has {expected}: a delimiter or a line break may be missing or extra.',
  },
  'import.row.moreFields': {
    one: 'This row has {count} value where the header has {expected}: a value may hold an unquoted delimiter.',
    other: 'This row has {count} values where the header has {expected}: a value may hold an unquoted delimiter.',
  },
  'import.row.byteOrderMark':
    'This row holds an invisible byte order mark, as left where two files were joined into one. Remove it (and a repeated header row).',
  'import.row.undecodable':
    'This row holds bytes that are not valid {encoding} text. If the file comes from Excel or another Windows program, choose the Windows-1252 encoding.',
  'import.value.language':
    '“{value}” is not a language Roster knows. Use 1 to 5 (1 English, 2 German, 3 French, 4 Italian, 5 Spanish), a name such as German, or a locale such as de_DE.',
  'import.value.boolean': '“{value}” is neither yes nor no. Use 1 or 0, yes or no, true or false.',
  'import.group.unknown':
    'There is no user group named “{name}”. Tick “Create the groups the file names that do not exist yet”, create it under User groups, or correct the name.',
  'import.group.badName': '“{name}” cannot be a group name: a name has 1 to 64 characters and no control characters.',
  'import.match.keyMissing':
    'Passwords and PINs cannot identify existing users on this workstation: the site’s key is missing. Untick Password and User PIN under the fields that identify a user, or open the site where its key is.',
  'import.duplicate.inFile': 'Same user as line {firstLine} (the fields that identify a user are equal). Only the first of them is imported.',
  'import.duplicate.ambiguous': {
    one: 'This row matches {count} existing user, so Roster cannot tell which one to update. Tick more fields that identify a user.',
    other: 'This row matches {count} existing users, so Roster cannot tell which one to update. Tick more fields that identify a user.',
  },
  'import.username.takenInFile': 'The username “{username}” is already taken by line {line} of this file (usernames ignore case).',
  'import.number.takenInFile': 'Number {number} is already taken by line {line} of this file.',
  'import.xivo.required': 'The XiVO {section} section needs “{column}” once any of its columns is filled.',
  'import.xivo.int': 'XiVO expects a whole number in “{column}”, not “{value}”.',
  'import.xivo.bool': 'XiVO expects 0 or 1 in “{column}”, not “{value}”.',
  'import.xivo.enum': 'XiVO does not accept “{value}” in “{column}”. Use one of: {allowed}.',
  'import.xivo.voicemailLanguage': 'A voicemail needs a language: fill “language” (for example en_US).',
  'import.xivo.clientNeeds': 'With enableclient set to 1, XiVO needs “{column}” as well.',
  'import.xivo.sipOnly': '“{column}” is for SIP lines only; this line uses SCCP.',

  // The run.
  'import.busy': 'Another import or preview is running. Wait for it to finish, or cancel it.',
  'import.running': 'An import is being written to this site. Wait until it has finished (or cancel it), then try again.',
  'import.cancelled': 'The import was cancelled. Nothing was changed.',
  'import.worker.failed': 'The import stopped unexpectedly. Nothing was changed; try again.',
  'import.worker.outOfMemory':
    'The import ran out of memory and was stopped. Nothing was changed; split the file and import the parts one after the other.',
  'import.site.outdated': 'The site file was changed by a newer version of Roster while it was open. Open it again, then import.',
  'import.undo.cancelled': 'The undo was cancelled. The import is still in place: nothing was changed.',
} as const;
