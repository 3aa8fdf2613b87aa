import { RosterError } from '@shared/result';
import type { SiteInfo } from '@shared/domain';
import type { OpenSite } from '../../services/site/open-site';
import type { EventSink } from '../context';

/** The one site open at a time; every change of it is announced to the renderer. */
export class SiteSession {
  private site: OpenSite | null = null;

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
    this.events.emit('site.changed', { site: info });
    return info;
  }

  close(): void {
    this.replace(null);
  }
}
