// The mutation run's own scripts: the per-file check (scripts/mutation-per-file.ts) and what is kept
// of a run for the next one (scripts/mutate.ts).
import { compactReport, formatReport } from '../scripts/mutate';
import { fileScores, filesUnder, type MutantStatus, scoreTable } from '../scripts/mutation-per-file';

const mutant = (status: MutantStatus, extra: Record<string, unknown> = {}) => ({
  id: String(Math.random()),
  mutatorName: 'BooleanLiteral',
  replacement: 'true',
  location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } },
  status,
  ...extra,
});

const report = () => ({
  schemaVersion: '1.0',
  thresholds: { high: 95, low: 90, break: 90 },
  projectRoot: '/somewhere/on/a/machine',
  config: { mutate: ['src/**/*.ts'] },
  framework: { name: 'StrykerJS', version: '9.6.1', branding: { imageUrl: 'data:...' } },
  files: {
    'src/b.ts': {
      language: 'typescript',
      source: 'export const b = true;\n',
      mutants: [
        mutant('Killed', {
          killedBy: ['1'],
          coveredBy: ['1', '2'],
          statusReason: 'at /somewhere/b.test.ts:3',
        }),
        mutant('Survived', { coveredBy: ['2'] }),
      ],
    },
    'src/a.ts': {
      language: 'typescript',
      source: 'export const a = 1;\n',
      mutants: [
        ...Array.from({ length: 8 }, () => mutant('Killed', { killedBy: ['1'] })),
        mutant('Timeout', { coveredBy: ['1'] }),
        mutant('NoCoverage'),
        mutant('CompileError', { coveredBy: ['1'] }),
        mutant('Ignored'),
      ],
    },
    'src/types.ts': { language: 'typescript', source: '', mutants: [mutant('CompileError')] },
  },
  testFiles: {
    'src/a.test.ts': { source: "it('a', () => {});\n", tests: [{ id: '1', name: 'a' }] },
    'src/b.test.ts': { source: "it('b', () => {});\n", tests: [{ id: '2', name: 'b' }] },
  },
});

describe('the per-file check', () => {
  it('scores each file by the mutants that ran, detected (killed or timed out) of valid ones', () => {
    const { files, all } = fileScores(report());
    expect(files.map((file) => [file.file, file.score])).toEqual([
      ['src/a.ts', 90],
      ['src/b.ts', 50],
      ['src/types.ts', null],
    ]);
    expect(files[0]).toMatchObject({
      killed: 8,
      timedOut: 1,
      survived: 0,
      noCoverage: 1,
      invalid: 1,
      ignored: 1,
    });
    expect(all).toMatchObject({ killed: 9, timedOut: 1, survived: 1, noCoverage: 1, invalid: 2, ignored: 1 });
    expect(all.score).toBeCloseTo((10 / 12) * 100);
  });

  it('fails a file under 90 %, not one at 90 % nor one with nothing to score', () => {
    expect(filesUnder(fileScores(report()).files).map((file) => file.file)).toEqual(['src/b.ts']);
  });

  it('prints a Markdown table with a row per file and the total', () => {
    expect(scoreTable(fileScores(report())).split('\n')).toEqual([
      '| File | Score | Killed | Timed out | Survived | No coverage | Type errors (dropped) | Equivalent |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| `src/a.ts` | 90.0 % | 8 | 1 | 0 | 1 | 1 | 1 |',
      '| `src/b.ts` | 50.0 % | 1 | 0 | 1 | 0 | 0 | 0 |',
      '| `src/types.ts` | n/a | 0 | 0 | 0 | 0 | 1 | 0 |',
      '| all | 83.3 % | 9 | 1 | 1 | 1 | 2 | 1 |',
    ]);
  });
});

describe('the results kept for the next run', () => {
  it('keep no failure message, no machine path, no options, and no covering tests of a killed mutant', () => {
    const compact = compactReport(report());
    const text = formatReport(compact);
    expect(text).not.toContain('/somewhere');
    expect(Object.keys(compact)).toEqual(['schemaVersion', 'thresholds', 'framework', 'files', 'testFiles']);
    expect(compact.framework).toEqual({ name: 'StrykerJS', version: '9.6.1' });
    const [killed, survived] = compact.files['src/b.ts']?.mutants ?? [];
    expect(killed).toMatchObject({ status: 'Killed', killedBy: ['1'] });
    expect(killed).not.toHaveProperty('coveredBy');
    expect(killed).not.toHaveProperty('statusReason');
    // What decides whether a mutant that was not killed runs again: the tests that covered it.
    expect(survived).toMatchObject({ status: 'Survived', coveredBy: ['2'] });
  });

  it('are JSON with one mutant or test a line, files in order', () => {
    const compact = compactReport(report());
    const text = formatReport(compact);
    expect(JSON.parse(text)).toEqual(compact);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.includes('"status":'))).toHaveLength(15);
    expect(lines.filter((line) => line.includes('"name":"'))).toHaveLength(3);
    expect(lines.findIndex((line) => line.includes('"src/a.ts"'))).toBeLessThan(
      lines.findIndex((line) => line.includes('"src/b.ts"')),
    );
  });
});
