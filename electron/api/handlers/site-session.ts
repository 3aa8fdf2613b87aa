import { RosterError } from '@shared/result';
import type { SiteInfo } from '@shared/domain';
import type { OpenSite } from '../../services/site/open-site';
import type { EventSink } from '../context';

/** The one site open at a time; every change of it is announced to the renderer. */
export class SiteSession {
  private site: OpenSite | null = null;
  /** The settings problems the renderer was last told of, to tell it again when a save repairs one. */
  private announcedProblems = '';

  constructor(private readonly events: EventSink) {}

  get current(): OpenSite | null {
    return this.site;
  }

  /** The open site, or NO_SITE for channels that need one. */
  require(): OpenSite {
    if (!this.site) throw new RosterError('NO_SITE', 'error.NO_SITE');
    return this.site;
  }

  /** Makes `site` the open one (closing the previous) and announces it. */
  replace(site: OpenSite | null): SiteInfo | null {
    if (this.site && this.site !== site) this.site.close();
    this.site = site;
    return this.announce();
  }

  /** Tells the renderer the open site changed (after a change of its user count, key, or the site itself). */
  announce(): SiteInfo | null {
    const info = this.site ? this.site.info() : null;
    this.announcedProblems = JSON.stringify(info?.settingsProblems ?? []);
    this.events.emit('site.changed', { site: info });
    return info;
  }

  /**
   * Announces the site again when its settings problems changed since the last announcement: saving a
   * section that could not be read as stored repairs it, and the banner listing it must say so at once.
   */
  announceSettingsRepairs(): void {
    if (this.site && JSON.stringify(this.site.settings.problems()) !== this.announcedProblems) this.announce();
  }

  close(): void {
    this.replace(null);
  }
}
