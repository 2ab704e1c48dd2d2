/** The sample reports the tests read: the seeds shipped in the repo and the real reports in ../shared. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineIndex, type Finding } from '../../../server/src/core/index.js';

export const ROOT = resolve(__dirname, '../../..');
export const SEEDS_DIR = join(ROOT, 'test/fixtures/reports');
export const REAL_DIR = resolve(ROOT, '../shared/corpus/real');
export const EXPECTED_DIR = join(ROOT, 'test/fixtures/expected');

/** A report of the corpus. */
export interface CorpusReport {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** Every corpus report: the five seeds, then the real reports when ../shared is present. */
export function corpusReports(): CorpusReport[] {
  const dirs = [SEEDS_DIR, ...(existsSync(REAL_DIR) ? [REAL_DIR] : [])];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        name: f.replace(/\.txt$/, ''),
        path: join(dir, f),
        text: readFileSync(join(dir, f), 'utf8'),
      })),
  );
}

/** One report by the start of its file name. */
export function corpusReport(prefix: string): CorpusReport {
  const found = corpusReports().find((r) => r.name.startsWith(prefix));
  if (!found) {
    throw new Error(
      `no corpus report ${prefix} (the real reports are read from ${REAL_DIR}: ../shared beside the checkout)`,
    );
  }
  return found;
}

/** A finding as a readable line: `line:col severity rule message` (1-based, UTF-16 columns). */
export function listing(text: string, findings: readonly Finding[]): string[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const p = index.positionAt(f.span.start);
    return `${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message.zh}`;
  });
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return new LineIndex(text).positionAt(offset).line + 1;
}
