/** Text of the file rules: which files Roster reads and writes, and what to do when a path is refused. */
export const fileMessages = {
  'file.notChosen.site': 'Roster opens or creates a site only where you chose it. Use Open site, New site or the recent sites to pick {file}.',
  'file.notChosen.copy': 'Roster saves a copy only where you chose in the save dialog. Use Save a copy again and pick the place there.',
  'file.notChosen.import': 'Roster reads only a file you chose with "Choose file…" or dropped on this window. Choose {file} again.',
  'file.notChosen.export': 'Roster writes only where you chose in the save dialog. Click Export again and pick the place there.',
  'file.rule.absolute': 'Enter the full path, from the drive or the root folder (for example /home/anna/users.csv or C:\\Users\\anna\\users.csv).',
  'file.rule.hidden':
    '{file} is a hidden file (its name starts with a dot). Roster does not read or write hidden files; choose a file with an ordinary name.',
  'file.rule.siteExtension': 'A site file’s name ends in .roster, and {file} does not. Choose a name ending in .roster.',
  'file.rule.importExtension':
    'Roster imports delimited text files ending in .csv, .txt or .tsv, and {file} is not one. Save the list as CSV (in Excel: “CSV UTF-8”) and choose that file.',
  'file.rule.csvExtension': 'Exports are written to a file ending in .csv or .txt, and {file} is not one. Change the name to end in .csv.',
  'file.rule.notText': '{file} already exists in {folder} and is not a text file. Roster replaces only CSV or text files; choose another name.',
  'file.exists': '{file} already exists.',
  'error.site.copyKeyMissing':
    'This workstation does not hold the key of this site, so its passwords and PINs cannot be carried into a copy. Open the site where its key is and save the copy there.',
} as const;
