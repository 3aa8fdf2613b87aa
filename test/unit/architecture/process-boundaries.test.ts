import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The process boundaries (docs/architecture.md, "Boundaries the lint enforces") are enforced by the lint; these cases prove the rules bite, so a
// config change that silently drops one is caught.
const root = fileURLToPath(new URL('../../..', import.meta.url));
// The example files exist only in these cases, so the type-aware rules (which need a file the TypeScript
// project knows) are switched off here; the import rules under test do not need types.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A file the linter cannot parse reports no rule at all: that must fail the case, not pass it.
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`lint could not check ${filePath}: ${fatal.message}`);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries', () => {
  it.each([
    ['electron/services/site/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/api/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/web/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'renderer/src/example.ts',
      "import { openSiteDatabase } from '../../electron/services/site/site-database';\nexport const x = openSiteDatabase;\n",
    ],
    ['renderer/src/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/example.ts', "import { createApp } from '../electron/api/handlers';\nexport const x = createApp;\n"],
    ['shared/example.ts', "import { App } from '../renderer/src/app/App';\nexport const x = App;\n"],
    ['electron/services/site/example.ts', "import { createApp } from '../../api/handlers';\nexport const x = createApp;\n"],
    ['electron/api/example.ts', "import { startWebServer } from '../web/server';\nexport const x = startWebServer;\n"],
    ['electron/web/example.ts', "import { createMainWindow } from '../main/main-window';\nexport const x = createMainWindow;\n"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/main/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/api/example.ts', "import { openSiteDatabase } from '../services/site/site-database';\nexport const x = openSiteDatabase;\n"],
    ['renderer/src/example.ts', "import { PRIVILEGES } from '@shared/domain/privileges';\nexport const x = PRIVILEGES;\n"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
