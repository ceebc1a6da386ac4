import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkBoundaries,
  codeFiles,
  partOf,
  readRule,
  readRules,
  ROOT,
  ruleLoop,
} from '../scripts/boundaries';

describe('import boundaries', () => {
  it('hold on main: every folder of src/ imports only what its README allows, and outside code only the contract', () => {
    expect(checkBoundaries()).toEqual([]);
  });

  it('every folder of src/ says what it may import, and the rules make no loop', () => {
    const rules = readRules();
    expect([...rules].filter(([, rule]) => rule === null)).toEqual([]);
    expect(ruleLoop(rules)).toBeNull();
    expect(rules.get('contract')).toEqual([]);
  });

  it('reads the rule line of a README', () => {
    expect(readRule('# x\n\nMay import: contract, `session`.\n')).toEqual(['contract', 'session']);
    expect(readRule('May import: nothing')).toEqual([]);
    expect(readRule('# no rule')).toBeNull();
    expect(partOf('src/list/view.ts')).toBe('list');
    expect(partOf('src/manifest.ts')).toBe('manifest');
    expect(partOf('mock-host/serve.ts')).toBeNull();
  });

  it('finds a loop among rules', () => {
    const rules = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(ruleLoop(rules)).toEqual(['a', 'b', 'c', 'a']);
  });

  describe('fails on a forbidden import added to a copy of the repository', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
      for (const dir of ['src', 'mock-host/shell/src', 'e2e', 'bench']) {
        cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
      }
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    const add = (file: string, text: string) => {
      writeFileSync(path.join(copy, file), text);
      return checkBoundaries(copy, [file]);
    };

    it('the contract importing page code', () => {
      expect(add('src/contract/leak.ts', "export { en } from '../i18n/en';\n")).toEqual([
        { file: 'src/contract/leak.ts', imports: 'src/i18n/en.ts', rule: 'contract may not import i18n' },
      ]);
    });

    it('a lower folder importing a higher one (a folder loop)', () => {
      expect(add('src/list/leak.ts', "import('../page/ActiveSessionsPage');\n")).toEqual([
        expect.objectContaining({ rule: 'list may not import page' }),
      ]);
    });

    it('the mock host, a browser suite or the benchmark reaching past the contract', () => {
      expect(add('mock-host/shell/src/leak.ts', "import '../../../src/list/view';\n")).toHaveLength(1);
      expect(add('e2e/leak.e2e.ts', "import { x } from '../src/session/rules';\n")).toHaveLength(1);
      expect(add('bench/leak.ts', "import '../src/contract';\n")).toEqual([]);
    });

    it('a floor page of the benchmark may share the query functions, and nothing else', () => {
      expect(add('mock-host/shell/src/bench/ok.ts', "import '../../../../src/list/query';\n")).toEqual([]);
      expect(add('mock-host/shell/src/bench/leak.ts', "import '../../../../src/list/view';\n")).toHaveLength(
        1,
      );
    });

    it('a folder without a README rule', () => {
      cpSync(path.join(copy, 'src/store'), path.join(copy, 'src/extra'), { recursive: true });
      rmSync(path.join(copy, 'src/extra/README.md'));
      expect(checkBoundaries(copy, [])).toEqual([
        { file: 'src/extra', imports: '-', rule: 'no `May import:` line' },
      ]);
    });
  });

  it('looks at every code file of the repository', () => {
    const files = codeFiles(ROOT, ['src', 'mock-host', 'e2e']);
    expect(files).toContain('src/app.tsx');
    expect(files).toContain('mock-host/serve.ts');
    expect(files.some((file) => file.includes('/dist/'))).toBe(false);
  });
});
