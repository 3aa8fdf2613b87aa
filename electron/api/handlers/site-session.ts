import { RosterError } from '@shared/result';
import type { SiteInfo } from '@shared/domain';
import type { ClosedSites } from '../../services/site/closed-sites';
import type { KeyStore } from '../../services/secrets/key-store';
import { OpenSite } from '../../services/site/open-site';
import type { EventSink } from '../context';

/** The one site open at a time; every change of it is announced to the renderer. */
export class SiteSession {
  private site: OpenSite | null = null;
  /** The settings problems the renderer was last told of, to tell it again when a save repairs one. */
  private announcedProblems = '';

  constructor(
    private readonly events: EventSink,
    /** Where cleanly closed sites are remembered; null: every site is checked page by page when opened. */
    private readonly closedSites: ClosedSites | null = null,
  ) {}

  get current(): OpenSite | null {
    return this.site;
  }

  /** The open site, or NO_SITE for channels that need one. */
  require(): OpenSite {
    if (!this.site) throw new RosterError('NO_SITE', 'error.NO_SITE');
    return this.site;
  }

  /**
   * Opens a site file (not yet the open one: replace() makes it so). SQLite's page-by-page check is left
   * out when this workstation closed the file cleanly and nothing changed it since (closed-sites.ts).
   */
  async open(path: string, keyStore: KeyStore): Promise<OpenSite> {
    const unchanged = this.closedSites?.unchanged(path) ?? false;
    this.closedSites?.forget(path);
    return OpenSite.open(path, keyStore, { pageCheck: !unchanged });
  }

  /** Makes `site` the open one (closing the previous) and announces it. */
  replace(site: OpenSite | null): SiteInfo | null {
    if (this.site && this.site !== site) this.closeCurrent(site?.path ?? null);
    this.site = site;
    return this.announce();
  }

  /** Closes the open site without telling the renderer: the process is ending. */
  shutdown(): void {
    if (this.site) this.closeCurrent(null);
    this.site = null;
  }

  /** Closes the open site and remembers it as cleanly closed, unless the same file is being opened again. */
  private closeCurrent(reopening: string | null): void {
    const path = this.site!.path;
    this.site!.close();
    if (path !== reopening) this.closedSites?.remember(path);
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
