import type Database from 'better-sqlite3';
import { SETTINGS_SECTIONS } from '@shared/domain';
import type { SettingsProblem, SettingsSectionName } from '@shared/domain';
import { log } from '../log/log';
import { recoverSettings } from './settings-recovery';
import type { RecoveredSettings } from './settings-recovery';
import { SETTINGS_SECTION_DECLARATIONS } from './settings-sections';
import type { SectionSettings } from './settings-sections';

/**
 * Settings sections (security, end user, contact photos, ...) stored as one validated JSON document each,
 * declared in settings-sections.ts. A section never written reads as its defaults; one written by an earlier
 * version is read field by field over them (settings-recovery.ts), and what could not be kept is a problem:
 * listed until the section is saved again, told to `onProblem` (the log) once, and the document as it
 * was kept in settings_recovery for support.
 */
export interface SettingsRepository {
  read<N extends SettingsSectionName>(section: N): SectionSettings<N>;
  write<N extends SettingsSectionName>(section: N, value: SectionSettings<N>): void;
  /** Reads every section once, so the problems of a site are known as soon as it opens. */
  checkAll(): void;
  /** The sections that could not be read as stored and have not been saved since. */
  problems(): SettingsProblem[];
}

/** Why a document could not be read as stored, for the log: the rule per reset field, or why none was readable. */
type SettingsProblemReasons = Pick<RecoveredSettings<unknown>, 'reasons' | 'unreadableReason'>;

export interface SettingsRepositoryOptions {
  /**
   * Called once per damaged document found (holds no value, only which section and fields, and why). By
   * default the problem goes to the log, wherever the repository is opened (main, a worker).
   */
  onProblem?(problem: SettingsProblem, why: SettingsProblemReasons): void;
}

/** One line per reset field (or one for an unreadable document): section, field and rule, never the value. */
function logSettingsProblem({ section, resetFields, unreadable }: SettingsProblem, { reasons, unreadableReason }: SettingsProblemReasons): void {
  if (unreadable) log.warn('settings.unreadable', { section, reason: unreadableReason ?? 'unknown' });
  for (const field of resetFields) log.warn('settings.fieldReset', { section, field, reason: reasons[field] ?? 'unknown' });
}

export function createSettingsRepository(
  db: Database.Database,
  { onProblem = logSettingsProblem }: SettingsRepositoryOptions = {},
): SettingsRepository {
  const select = db.prepare('SELECT json FROM settings WHERE section = ?').pluck();
  const upsert = db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json');
  const kept = db.prepare('SELECT 1 FROM settings_recovery WHERE section = ? AND document = ?').pluck();
  const keep = db.prepare('INSERT OR IGNORE INTO settings_recovery (section, document, reset_fields, found_at) VALUES (?, ?, ?, ?)');
  const problems = new Map<SettingsSectionName, SettingsProblem>();

  function record(problem: SettingsProblem, document: string, why: SettingsProblemReasons): void {
    problems.set(problem.section, problem);
    // Checked before inserting, so that reading a known damaged section (as workers do) never takes the write lock.
    if (kept.get(problem.section, document) !== undefined) return;
    const resetFields = problem.unreadable ? null : JSON.stringify(problem.resetFields);
    keep.run(problem.section, document, resetFields, new Date().toISOString());
    onProblem(problem, why);
  }

  const repository: SettingsRepository = {
    read(section) {
      const { schema, defaults } = SETTINGS_SECTION_DECLARATIONS[section];
      const document = select.get(section) as string | undefined;
      if (document === undefined) return structuredClone(defaults) as SectionSettings<typeof section>;
      const { value, resetFields, unreadable, reasons, unreadableReason } = recoverSettings(document, schema, defaults);
      if (unreadable || resetFields.length > 0) record({ section, resetFields, unreadable }, document, { reasons, unreadableReason });
      else problems.delete(section);
      return value as SectionSettings<typeof section>;
    },
    write(section, value) {
      upsert.run(section, JSON.stringify(value));
      problems.delete(section);
    },
    checkAll() {
      for (const section of SETTINGS_SECTIONS) repository.read(section);
    },
    problems() {
      return [...problems.values()];
    },
  };
  return repository;
}
