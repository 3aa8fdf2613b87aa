import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';

/** Generated import files: realistic people, every row valid and distinct unless a test makes it otherwise. */

const FIRST = [
  'Anna',
  'Bernd',
  'Chloé',
  'Dmitri',
  'Élodie',
  'Fatima',
  'Günter',
  'Hanako',
  'Ivan',
  'José',
  'Kai',
  'Lars',
  'Mónica',
  'Nils',
  'Olga',
  'Pál',
];
const LAST = ['Müller', 'Meier', 'Schmidt', 'Dubois', 'Rossi', 'García', 'Sato', 'Kumar', 'Novak', 'Jensen', 'Öztürk', 'Bloggs', 'Hong', 'Weiß'];
const DEPTS = ['Management', 'HR', 'R&D', 'Sales', 'Support', 'Design', 'Finance', 'Logistics'];

const PEOPLE_HEADER = ['Username', 'First Name', 'Last Name', 'Department', 'E-Mail', 'Language', 'Mobile', 'Number'];

/** The cells of person i (0-based): username person.000042, number 500042 (from `firstNumber`). */
function personCells(i: number, firstNumber = 500_000): string[] {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7) % LAST.length]!;
  const username = `person.${String(i).padStart(6, '0')}`;
  return [
    username,
    first,
    last,
    DEPTS[i % DEPTS.length]!,
    `${username}@example.com`,
    String((i % 5) + 1),
    `+41 79 ${String(1_000_000 + i).slice(1)}`,
    String(firstNumber + i),
  ];
}

/** One CSV line (quotes only where needed). */
function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells.map((c) => (/["\r\n]/.test(c) || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

/** A people file of `rows` rows (small files: in one go). */
export function writePeople(path: string, rows: number, options: { delimiter?: string; firstNumber?: number } = {}): void {
  const delimiter = options.delimiter ?? ',';
  const lines = [csvLine(PEOPLE_HEADER, delimiter)];
  for (let i = 0; i < rows; i++) lines.push(csvLine(personCells(i, options.firstNumber), delimiter));
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

/**
 * A large people file written in pieces (never whole in memory): each row carries a "Notes" column of
 * `noteChars` characters, so a file of a given size needs fewer rows.
 */
export async function writeLargePeople(path: string, rows: number, noteChars: number): Promise<number> {
  const out = createWriteStream(path);
  const note = 'x'.repeat(noteChars);
  let bytes = 0;
  let piece: string[] = [csvLine([...PEOPLE_HEADER, 'Notes'])];
  for (let i = 0; i < rows; i++) {
    piece.push(csvLine([...personCells(i), note]));
    if (piece.length === 2000 || i === rows - 1) {
      const text = `${piece.join('\n')}\n`;
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await once(out, 'drain');
      piece = [];
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** The mapping of PEOPLE_HEADER (and an ignored Notes column). */
export const PEOPLE_MAPPING = ['username', 'firstName', 'lastName', 'department', 'email', 'language', 'mobile', 'number', null] as const;
