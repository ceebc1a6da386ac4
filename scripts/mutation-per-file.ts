// The mutation score of every mutated file, from the last mutation run's report
// (reports/mutation/mutation.json): prints the table the README shows and fails when any file is
// under the threshold. Stryker's own `thresholds.break` is on the total, where a well-tested large
// file hides a poorly tested small one; here each file has to hold on its own.
//
// `npx tsx scripts/mutation-per-file.ts [report]`; `npm run mutate` runs it after Stryker.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The lowest score a mutated file may have, in percent. */
export const PER_FILE_THRESHOLD = 90;

export const REPORT = path.resolve(__dirname, '..', 'reports', 'mutation', 'mutation.json');

export type MutantStatus =
  | 'Killed'
  | 'Timeout'
  | 'Survived'
  | 'NoCoverage'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

/** What this check reads of the mutation-testing-report-schema. */
export interface MutationReport {
  files: Record<string, { mutants: Array<{ status: MutantStatus }> }>;
}

export interface FileScore {
  file: string;
  killed: number;
  timedOut: number;
  survived: number;
  noCoverage: number;
  /** Mutants the type checker refused (they never ran) and mutants that broke the test run itself. */
  invalid: number;
  ignored: number;
  /** Detected of the valid mutants, in percent; null when the file has none. */
  score: number | null;
}

const scoreOf = (detected: number, valid: number) => (valid === 0 ? null : (detected / valid) * 100);

/** The counts and score of each file, sorted by path; `all` totals them. */
export function fileScores(report: MutationReport): { files: FileScore[]; all: FileScore } {
  const files = Object.entries(report.files)
    .map(([file, { mutants }]): FileScore => {
      const count = (...statuses: MutantStatus[]) =>
        mutants.filter((m) => statuses.includes(m.status)).length;
      const killed = count('Killed');
      const timedOut = count('Timeout');
      const survived = count('Survived');
      const noCoverage = count('NoCoverage');
      return {
        file,
        killed,
        timedOut,
        survived,
        noCoverage,
        invalid: count('CompileError', 'RuntimeError'),
        ignored: count('Ignored'),
        score: scoreOf(killed + timedOut, killed + timedOut + survived + noCoverage),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const sum = (field: 'killed' | 'timedOut' | 'survived' | 'noCoverage' | 'invalid' | 'ignored') =>
    files.reduce((total, file) => total + file[field], 0);
  const all: FileScore = {
    file: 'all',
    killed: sum('killed'),
    timedOut: sum('timedOut'),
    survived: sum('survived'),
    noCoverage: sum('noCoverage'),
    invalid: sum('invalid'),
    ignored: sum('ignored'),
    score: null,
  };
  all.score = scoreOf(all.killed + all.timedOut, all.killed + all.timedOut + all.survived + all.noCoverage);
  return { files, all };
}

/** The files under `threshold` (a file with no valid mutant has nothing to fall short of). */
export const filesUnder = (files: FileScore[], threshold = PER_FILE_THRESHOLD): FileScore[] =>
  files.filter((file) => file.score !== null && file.score < threshold);

const percent = (score: number | null) => (score === null ? 'n/a' : `${score.toFixed(1)} %`);

/** A Markdown table, as the README's mutation section shows it. */
export function scoreTable({ files, all }: { files: FileScore[]; all: FileScore }): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const row = (f: FileScore, name: string) =>
    line([name, percent(f.score), f.killed, f.timedOut, f.survived, f.noCoverage, f.invalid, f.ignored]);
  return [
    line([
      'File',
      'Score',
      'Killed',
      'Timed out',
      'Survived',
      'No coverage',
      'Type errors (dropped)',
      'Equivalent',
    ]),
    line(Array(8).fill('---')),
    ...files.map((f) => row(f, `\`${f.file}\``)),
    row(all, 'all'),
  ].join('\n');
}

/** Prints the table of the report at `file` and says which files are under the threshold; false if any. */
export function checkPerFile(file = REPORT): boolean {
  const scores = fileScores(JSON.parse(readFileSync(file, 'utf8')) as MutationReport);
  console.log(scoreTable(scores));
  const under = filesUnder(scores.files);
  if (under.length === 0) {
    console.log(`\nEvery file at ${PER_FILE_THRESHOLD} % or more.`);
    return true;
  }
  console.error(
    `\n${under.length} file(s) under ${PER_FILE_THRESHOLD} %: ${under.map((f) => `${f.file} (${percent(f.score)})`).join(', ')}`,
  );
  return false;
}

if (require.main === module) {
  if (!checkPerFile(process.argv[2] ? path.resolve(process.argv[2]) : REPORT)) process.exitCode = 1;
}
