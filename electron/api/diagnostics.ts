import { arch, release } from 'node:os';
import type { Diagnostics } from '@shared/channels/app';
import { currentLogFile } from '../services/log/log-file';
import { readLogTail } from '../services/log/log-tail';
import type { AppContext } from './context';
import type { SiteSession } from './handlers/site-session';

/** How many of the log's last lines a support ticket gets. */
const DIAGNOSTIC_LOG_LINES = 200;

/**
 * The text an administrator pastes into a support ticket. Everything in it is safe to hand out: versions,
 * the platform, the keychain kind, the open site's id and size, and the log's last lines, which were
 * written without secrets (dispatch, operations, redaction).
 */
export function diagnostics(ctx: AppContext, session: SiteSession): Diagnostics {
  const logFile = currentLogFile();
  const site = session.current?.info() ?? null;
  const runtime = { node: process.versions.node, ...ctx.platform.runtime };
  const lines = [
    `Roster ${ctx.platform.version} (${ctx.platform.mode})`,
    `Platform: ${process.platform} ${arch()} ${release()}`,
    `Runtime: ${Object.entries(runtime)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `Keychain: ${ctx.keyStore.kind}`,
    `Open site: ${site ? `${site.id} (${site.userCount} users, key ${site.keyAvailable ? 'available' : 'missing'})` : 'none'}`,
    `Log file: ${logFile ?? 'none'}`,
    `Generated: ${new Date().toISOString()}`,
    '',
    `Last ${DIAGNOSTIC_LOG_LINES} log lines:`,
    ...(logFile ? readLogTail(logFile, DIAGNOSTIC_LOG_LINES) : []),
  ];
  return { text: lines.join('\n'), logFile };
}
