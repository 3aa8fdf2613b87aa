import { join } from 'node:path';

/**
 * The operating system's folder for an application's logs, where browser mode writes (the desktop app asks
 * Electron: app.getPath('logs')). ROSTER_LOG_DIR overrides it (tests, or an administrator who wants it elsewhere).
 */
export function osLogFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.ROSTER_LOG_DIR) return env.ROSTER_LOG_DIR;
  if (platform === 'darwin') return join(home, 'Library', 'Logs', 'Roster');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'Roster', 'logs');
  return join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'roster', 'logs');
}
