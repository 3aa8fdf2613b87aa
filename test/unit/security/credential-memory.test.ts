import { describe, expect, it } from 'vitest';
import { forgetAllCredentials, recallCredentials, rememberCredentials } from '../../../electron/services/secrets/credential-memory';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';

describe('credential memory', () => {
  it('remembers per purpose, replaces, and forgets all', () => {
    const keyStore = new MemoryKeyStore();
    expect(recallCredentials(keyStore, 'adminLdap')).toBeNull();
    rememberCredentials(keyStore, 'adminLdap', { username: 'a', password: 'x' });
    rememberCredentials(keyStore, 'adminLdap', { username: 'b', password: 'y' });
    rememberCredentials(keyStore, 'contactPhotos', { username: 'c', password: 'z' });
    expect(recallCredentials(keyStore, 'adminLdap')).toEqual({ username: 'b', password: 'y' });
    expect(forgetAllCredentials(keyStore)).toBe(2);
    expect(recallCredentials(keyStore, 'adminLdap')).toBeNull();
    expect(recallCredentials(keyStore, 'contactPhotos')).toBeNull();
    expect(keyStore.get('credentials:index')).toBeNull();
  });
});
