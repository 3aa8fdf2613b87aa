/** PRAGMA application_id of every Roster site file ("RSTR" in ASCII), telling it apart from other SQLite files. */
export const ROSTER_APPLICATION_ID = 0x52535452;

/** The first 16 bytes of every SQLite 3 database file. */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
