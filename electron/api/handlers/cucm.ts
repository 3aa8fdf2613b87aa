import type { CucmTestReport, cucmSettingsChannels } from '@shared/channels/cucm';
import type { CucmSettings } from '@shared/rules/cucm-rules';
import { RunningTests } from '../../services/connection-test/running-tests';
import { storedCucmPassword } from '../../services/cucm/cucm-connection';
import { testCucmConnection, testCucmEndUser } from '../../services/cucm/cucm-connection-test';
import { readCucmView, saveCucmSettings } from '../../services/cucm/cucm-settings';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function cucmHandlers(ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof cucmSettingsChannels> {
  const running = new RunningTests();
  const onProgress = (report: CucmTestReport) => ctx.events.emit('cucm.testProgress', { report });

  /**
   * The AXL password of a test: as typed, or (field unchanged) the stored one, only for the publisher, trust
   * and AXL user it was saved for (SECRET_ELSEWHERE otherwise); the screen never has it.
   */
  const testPassword = (settings: CucmSettings, password: { action: 'keep' } | { action: 'set'; value: string }): string => {
    if (password.action === 'set') return password.value;
    const site = session.require();
    try {
      return storedCucmPassword(site, settings, { kind: 'test', field: ['password', 'value'] });
    } catch (error) {
      // No stored password: the test says so at its sign-in step. An unreadable one is refused.
      if (error instanceof Error && 'reason' in error && error.reason === 'noPassword') return '';
      throw error;
    }
  };

  return {
    'cucm.get': () => readCucmView(session.require()),
    'cucm.save': ({ draft }) => saveCucmSettings(session.require(), draft),
    'cucm.testConnection': ({ testId, settings, password }) => {
      const axlPassword = testPassword(settings, password);
      return running.run(testId, (signal) => testCucmConnection(settings, axlPassword, { testId, signal, onProgress }));
    },
    'cucm.testEndUser': ({ testId, settings, password, userid, endUserPassword }) => {
      const axlPassword = testPassword(settings, password);
      return running.run(testId, (signal) =>
        testCucmEndUser(settings, axlPassword, { userid, password: endUserPassword }, { testId, signal, onProgress }),
      );
    },
    'cucm.cancelTest': ({ testId }) => ({ cancelled: running.cancel(testId) }),
  };
}
