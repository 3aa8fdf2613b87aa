import type Database from 'better-sqlite3';

/**
 * The indexed trigrams that begin with a word of one or two characters (migration 009 pads every indexed
 * value with two unit separators, so each short piece of a value begins one of them): the users holding
 * any of them are the candidates for that word. The terms come from the trigram index's vocabulary
 * (users_fts_terms) as a range, which the vocabulary reads without a scan; each term's users are counted
 * while it is read, so the lookup stops as soon as they exceed `upTo`, and the answer is then null: a word
 * that common is cheaper to test on every row than to collect.
 *
 * Only printable ASCII words: the index folds case and accents beyond ASCII ("Ä" is stored as "a"), and
 * the range must be the folded word exactly, which for ASCII is its lower case. Other words are answered
 * by their LIKE alone (null).
 */
export function shortWordTerms(db: Database.Database, word: string, columns: readonly string[] | null, upTo: number): string[] | null {
  if (!/^[\x20-\x7e]{1,2}$/.test(word)) return null;
  const folded = word.toLowerCase();
  // The first string after every term that begins with the word (the last character's successor).
  const after = folded.slice(0, -1) + String.fromCharCode(folded.charCodeAt(folded.length - 1) + 1);
  const terms = new Set<string>();
  let users = 0;
  for (const row of termsStatement(db).iterate(folded, after) as Iterable<{ term: string; col: string; doc: number }>) {
    if (columns !== null && !columns.includes(row.col)) continue;
    terms.add(row.term);
    // A user holding several of the terms counts once per term: an upper bound, which is what the cap needs.
    users += row.doc;
    if (users > upTo) return null;
  }
  return [...terms];
}

const statements = new WeakMap<Database.Database, Database.Statement>();

function termsStatement(db: Database.Database): Database.Statement {
  let statement = statements.get(db);
  if (!statement) statements.set(db, (statement = db.prepare('SELECT term, col, doc FROM users_fts_terms WHERE term >= ? AND term < ?')));
  return statement;
}
