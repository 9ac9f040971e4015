import { ESLint } from 'eslint';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `code` as if it were the file at `filePath` (which need not exist) and returns the rule ids that fired. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('npm run lint keeps the layers', () => {
  test('a feature importing another feature fails', async () => {
    const found = await problems(
      'src/renderer/candidates/LintFixture.tsx',
      "import { KitsScreen } from '../kits/KitsScreen.tsx';\nexport const screen = KitsScreen;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^rapport\/layers: src\/renderer\/candidates\/ may not import src\/renderer\/kits\//,
      ),
    ]);
  });

  test('a feature importing the shell fails', async () => {
    const found = await problems(
      'src/renderer/kits/LintFixture.tsx',
      "import { App } from '../app/App.tsx';\nexport const shell = App;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^rapport\/layers: .* may not import src\/renderer\/app\//),
    ]);
  });

  test('a feature may import lib, ui, api, saving and the engines', async () => {
    const found = await problems(
      'src/renderer/kits/LintFixture.tsx',
      [
        "import { formatDate } from '../lib/formatDate.ts';",
        "import { ErrorAlert } from '../ui/ErrorAlert.tsx';",
        "import { api } from '../api/api.ts';",
        "import { SaveQueue } from '../saving/SaveQueue.ts';",
        "import { CallMachine } from '../callEngine/CallMachine.ts';",
        'export const used = [formatDate, ErrorAlert, api, SaveQueue, CallMachine];',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  test('React in the call engine fails', async () => {
    const found = await problems(
      'src/renderer/callEngine/LintFixture.ts',
      "import { useState } from 'react';\nexport const hook = useState;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*The engines import neither React nor the api/),
    ]);
  });

  test('the api in the call engine fails', async () => {
    const found = await problems(
      'src/renderer/callEngine/LintFixture.ts',
      "import { api } from '../api/api.ts';\nexport const client = api;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^rapport\/layers: src\/renderer\/callEngine\/ may not import src\/renderer\/api\//,
      ),
    ]);
  });

  test('React in the notes engine fails', async () => {
    const found = await problems(
      'src/renderer/notes/editor/LintFixture.ts',
      "import { useEditor } from '@tiptap/react';\nexport const hook = useEditor;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  test('Electron in storage fails', async () => {
    const found = await problems(
      'src/main/storage/LintFixture.ts',
      "import { app } from 'electron';\nexport const electronApp = app;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*plain Node/)]);
  });

  test('storage importing the api layer fails', async () => {
    const found = await problems(
      'src/main/storage/LintFixture.ts',
      "import { ApiFailure } from '../api/ApiFailure.ts';\nexport const failure = ApiFailure;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^rapport\/layers: src\/main\/storage\/ may not import src\/main\//),
    ]);
  });

  test('Electron in search, security and testing fails too', async () => {
    for (const folder of ['search', 'security', 'testing']) {
      const found = await problems(
        `src/main/${folder}/LintFixture.ts`,
        "import { app } from 'electron';\nexport const electronApp = app;\n",
      );
      expect(found, folder).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    }
  });

  test('the shell may import Electron', async () => {
    const found = await problems(
      'src/main/shell/LintFixture.ts',
      "import { app } from 'electron';\nexport const electronApp = app;\n",
    );
    expect(found).toEqual([]);
  });

  test('the join page importing src/main fails', async () => {
    const found = await problems(
      'src/join/LintFixture.tsx',
      "import { openBackend } from '../main/backend/openBackend.ts';\nexport const open = openBackend;\n",
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^rapport\/layers: src\/join\/ may not import src\/main\//),
    );
  });

  test('the join page may use the call engine and call views, but no app feature', async () => {
    expect(
      await problems(
        'src/join/LintFixture.tsx',
        "import { CallMachine } from '../renderer/callEngine/CallMachine.ts';\nexport const machine = CallMachine;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/join/LintFixture.tsx',
        "import { CandidateList } from '../renderer/candidates/CandidateList.tsx';\nexport const list = CandidateList;\n",
      ),
    ).toEqual([
      expect.stringMatching(/^rapport\/layers: src\/join\/ may not import src\/renderer\/candidates\//),
    ]);
  });

  test('the signalling server importing the main process fails', async () => {
    const found = await problems(
      'src/server/LintFixture.ts',
      "import { openBackend } from '../main/backend/openBackend.ts';\nexport const open = openBackend;\n",
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^rapport\/layers: src\/server\/ may not import src\/main\//),
    );
  });
});
