/** Messages of the contract's error codes and of the main process's refusals. */
export const errorMessages = {
  'error.VALIDATION': 'Some values are not valid. Check the marked fields.',
  'error.NOT_FOUND': 'That item no longer exists. It may have been purged or the site was changed.',
  'error.CONFLICT': 'The change conflicts with existing data.',
  'error.POLICY': 'The change is refused by the security policy.',
  'error.SECRET_MISSING': "This workstation's keychain does not hold the key of this site.",
  'error.IO': 'The file could not be read or written.',
  'error.CANCELLED': 'Cancelled.',
  'error.NO_SITE': 'No site is open. Create or open a site first.',
  'error.UNSUPPORTED': 'This action is not available in this mode.',
  'error.INTERNAL': 'Something went wrong inside Roster. The change was not saved.',
} as const;
