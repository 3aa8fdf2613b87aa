/**
 * Where per-site data keys live. 'os' is the operating system's keychain; 'memory' is the stand-in used
 * where no keychain can be reached (keys then do not outlive the process, and the UI says so).
 */
export interface KeyStore {
  readonly kind: 'os' | 'memory';
  get(account: string): string | null;
  set(account: string, secret: string): void;
  delete(account: string): void;
}
