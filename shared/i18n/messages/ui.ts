/** Text of the screens. */
export const uiMessages = {
  'app.title': 'Roster',
} as const;
