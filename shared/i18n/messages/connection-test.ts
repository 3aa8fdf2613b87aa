/** Findings of the steps every connection test shares (LDAP, CUCM). */
export const connectionTestMessages = {
  'connectionTest.note.resolved': '{host} is {addresses}',
  'connectionTest.note.ipGiven': '{host} is an IP address; nothing to resolve',
  'connectionTest.note.connected': 'Connected to {address} port {port}',
} as const;
