/** The import ledger, the import engine and their refusals (the wizard's own text is in import-wizard.ts). */
export const importMessages = {
  'rule.import.match.required': 'Tick at least one field that identifies an existing user.',
  'rule.import.mappingName.required': 'Give the mapping a name.',
  'import.undo.notFound': 'This import no longer exists.',
  'import.undo.already': 'This import was already undone on {at}.',
  'import.undo.notLatest': 'Only the most recent import can be undone. Undo the later imports first.',
  'import.undo.clash':
    'The import cannot be undone: the username or number of “{username}” is now used by another user. Rename that user, then try again.',
} as const;
