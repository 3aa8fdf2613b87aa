import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrefsStore } from '../../../electron/services/prefs/prefs-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('PrefsStore', () => {
  it('starts with defaults and keeps what is updated', () => {
    const dir = join(tempDir(), 'config');
    const store = new PrefsStore(dir);
    expect(store.read()).toEqual({ colorScheme: 'auto', language: 'auto', recentSites: [], exportFormats: {} });
    store.update({ colorScheme: 'dark', windowBounds: { x: 1, y: 2, width: 800, height: 600, maximized: false } });
    const again = new PrefsStore(dir).read();
    expect(again.colorScheme).toBe('dark');
    expect(again.windowBounds).toEqual({ x: 1, y: 2, width: 800, height: 600, maximized: false });
    expect(readdirSync(dir)).toEqual(['preferences.json']); // no temporary file left behind
  });

  it('keeps recent sites newest first, without duplicates, at most ten', () => {
    const store = new PrefsStore(tempDir());
    for (let i = 0; i < 12; i++) store.rememberSite(`/sites/${i}.roster`, `Site ${i}`);
    store.rememberSite('/sites/5.roster', 'Site five');
    const recent = store.read().recentSites;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ path: '/sites/5.roster', name: 'Site five' });
    expect(recent.filter((s) => s.path === '/sites/5.roster')).toHaveLength(1);
    expect(recent[1]!.path).toBe('/sites/11.roster');
    store.forgetSite('/sites/5.roster');
    expect(store.read().recentSites.map((s) => s.path)).not.toContain('/sites/5.roster');
  });

  it('reads a damaged file as the defaults, and a partly wrong one field by field', () => {
    const dir = tempDir();
    const file = join(dir, 'preferences.json');
    writeFileSync(file, '{ "colorScheme": "dark", "recentSi');
    expect(new PrefsStore(dir).read()).toEqual({ colorScheme: 'auto', language: 'auto', recentSites: [], exportFormats: {} });
    writeFileSync(file, JSON.stringify({ colorScheme: 'purple', recentSites: [{ path: '/a.roster', name: 'A', openedAt: 'x' }] }));
    expect(new PrefsStore(dir).read()).toMatchObject({ colorScheme: 'auto', recentSites: [{ path: '/a.roster' }] });
    expect(existsSync(file)).toBe(true);
  });
});
