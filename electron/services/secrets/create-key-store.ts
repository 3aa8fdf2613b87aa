import { randomBytes } from 'node:crypto';
import type { KeyStore } from './key-store';
import { MemoryKeyStore } from './memory-key-store';
import { OsKeyStore } from './os-key-store';
import { log } from '../log/log';

/** Whether the OS keychain answers: a probe entry is written, read back and removed. */
export function probeOsKeyStore(store: OsKeyStore = new OsKeyStore()): { available: true } | { available: false; reason: string } {
  const account = `probe:${randomBytes(8).toString('hex')}`;
  const value = randomBytes(8).toString('hex');
  try {
    store.set(account, value);
    const readBack = store.get(account);
    store.delete(account);
    if (readBack !== value) return { available: false, reason: 'the keychain did not return the value written to it' };
    return { available: true };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The OS keychain when it answers, otherwise keys in memory (they then last only as long as the process,
 * and app.info reports keychain 'memory' so the UI can say so).
 */
export function createKeyStore(warn: (message: string) => void = console.warn): KeyStore {
  const os = new OsKeyStore();
  const probe = probeOsKeyStore(os);
  if (probe.available) return os;
  log.warn('keychain.unreachable', { reason: probe.reason });
  warn(`[roster] OS keychain not reachable (${probe.reason}); site keys are kept in memory for this session only.`);
  return new MemoryKeyStore();
}
