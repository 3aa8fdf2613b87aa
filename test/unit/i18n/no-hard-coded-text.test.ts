import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '@shared/i18n/en';

// Every word a person reads comes from the catalogs, so that it exists in all five languages. This test reads
// the renderer's JSX and main's native menu and dialogs and reports text written in the code instead: JSX
// text, and string literals given to the props and options that are shown (label, title, placeholder,
// aria-label, ...). A call such as t('key') is never reported; neither are symbols, numbers and punctuation.

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Props (JSX) and option keys (main's menu and dialogs) whose value is shown to a person. */
const SHOWN = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'alt',
  'description',
  'error',
  'message',
  'detail',
  'confirmLabel',
  'cancelLabel',
  'tooltip',
  'buttons',
]);

/**
 * Text allowed where it stands, each with its reason. Keep it short: a new entry needs a reason a
 * translator would accept.
 */
const ALLOWED: readonly { file: string; text: string; reason: string }[] = [
  { file: 'electron/main/main-window.ts', text: 'Roster', reason: 'the window title before the page sets its own: the product name' },
  { file: 'renderer/src/screens/editor/PhonesSection.tsx', text: 'SEP001EBE90DFAD', reason: 'an example device name, as CUCM writes it' },
];

/** A catalog key (`'nav.users'` in a table of items translated where shown), or a dotted key built from one. */
const KEY = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+\.?$/;
/** An example address in a placeholder: the same in every language. */
const ADDRESS = /^[a-z]+:\/\/\S+$/;

/** Letters in a run of two or more: a word, as opposed to "×", "→", "·", "(", "5", "px". */
const WORD = /\p{L}{2,}/u;

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The text written outside the catalogs in one source file. */
function hardCodedText(file: string, source: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!WORD.test(trimmed) || isMessageKey(trimmed) || KEY.test(trimmed) || ADDRESS.test(trimmed)) return;
    if (ALLOWED.some((allowed) => allowed.file === file && allowed.text === trimmed)) return;
    found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  /** A string literal (or one in braces, or a template without placeholders) given as a shown value. */
  const literalOf = (node: ts.Node | undefined): ts.StringLiteralLike | undefined => {
    if (!node) return undefined;
    if (ts.isJsxExpression(node)) return literalOf(node.expression);
    if (ts.isParenthesizedExpression(node)) return literalOf(node.expression);
    return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node : undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const literal = literalOf(node);
      if (literal) report(literal, literal.text);
    } else if (ts.isJsxAttribute(node) && SHOWN.has(node.name.getText())) {
      const literal = literalOf(node.initializer);
      if (literal) report(literal, literal.text);
    } else if (ts.isPropertyAssignment(node) && SHOWN.has(node.name.getText().replace(/['"]/g, ''))) {
      const values = ts.isArrayLiteralExpression(node.initializer) ? [...node.initializer.elements] : [node.initializer];
      for (const value of values) {
        const literal = literalOf(value);
        if (literal) report(literal, literal.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function sourceFiles(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path, keep) : keep(path) ? [path] : [];
  });
}

/** The renderer's components, and main's own menu and dialogs (the rest of main speaks in message keys). */
const SCANNED = [
  ...sourceFiles('renderer/src', (path) => path.endsWith('.tsx')),
  ...sourceFiles('electron/main', (path) => path.endsWith('.ts')),
].map((path) => relative(root, join(root, path)));

describe('no user-visible text outside the catalogs', () => {
  it('finds none in the renderer’s components and main’s menu and dialogs', () => {
    const found = SCANNED.flatMap((file) => hardCodedText(file, readFileSync(join(root, file), 'utf8')));
    expect(found.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });

  it('reports a planted violation: JSX text, a shown prop, a dialog option', () => {
    const planted = [
      'export const A = () => <Button title="Delete all">Save now</Button>;',
      'export const B = () => <TextInput placeholder={"Search users"} aria-label={t("users.search")} />;',
      'export const C = () => dialog.showMessageBox({ message: "Are you sure?", buttons: [t("ok"), "Cancel"] });',
    ].join('\n');
    expect(hardCodedText('renderer/src/planted.tsx', planted).map((finding) => finding.text)).toEqual([
      'Delete all',
      'Save now',
      'Search users',
      'Are you sure?',
      'Cancel',
    ]);
  });

  it('lets translated text, symbols, numbers, catalog keys, addresses and form names through', () => {
    const fine = [
      'export const A = () => <Text>{t("app.title")} · 5 ×</Text>;',
      'export const B = () => <TextInput name="username" placeholder="https://sso.example.com" />;',
      "const ITEMS = [{ label: 'nav.users' }, { label: 'settings.section.security' }];",
    ].join('\n');
    expect(hardCodedText('renderer/src/fine.tsx', fine)).toEqual([]);
  });
});
