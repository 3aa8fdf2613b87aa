import type { KeyStore } from './key-store';

/** Keys held in this process only: the stand-in where no OS keychain can be reached, and for tests. */
export class MemoryKeyStore implements KeyStore {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, string>();

  get(account: string): string | null {
    return this.entries.get(account) ?? null;
  }

  set(account: string, secret: string): void {
    this.entries.set(account, secret);
  }

  delete(account: string): void {
    this.entries.delete(account);
  }
}
