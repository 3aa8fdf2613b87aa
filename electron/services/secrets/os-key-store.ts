import { Entry } from '@napi-rs/keyring';
import type { KeyStore } from './key-store';

/** The service name under which Roster's entries appear in the OS keychain. */
const KEYCHAIN_SERVICE = 'Roster';

/** The operating system's keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
export class OsKeyStore implements KeyStore {
  readonly kind = 'os' as const;

  constructor(private readonly service: string = KEYCHAIN_SERVICE) {}

  get(account: string): string | null {
    return new Entry(this.service, account).getPassword();
  }

  set(account: string, secret: string): void {
    new Entry(this.service, account).setPassword(secret);
  }

  delete(account: string): void {
    new Entry(this.service, account).deletePassword();
  }
}
