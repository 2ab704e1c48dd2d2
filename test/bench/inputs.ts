/** What the benchmarks lint: the corpus, its concatenations, and a generated batch of report files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusReports, SEEDS_DIR, type CorpusReport } from '../unit/support/corpus.js';

/** The corpus reports: the five seeds, then the real reports when ../shared is present. */
export function benchReports(): CorpusReport[] {
  return corpusReports();
}

/** The five seed reports. */
export function seedReports(): CorpusReport[] {
  return corpusReports().filter((r) => r.path.startsWith(SEEDS_DIR));
}

/** The seeds joined by a blank line, `times` times over (40× is the 1.6 MB document of issue 5). */
export function concatenated(seeds: readonly CorpusReport[], times: number): string {
  const once = seeds.map((r) => r.text).join('\n');
  return Array.from({ length: times }, () => once).join('\n');
}

/** UTF-8 size of a text. */
export function utf8Size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A seed with a small, deterministic variation: the `n`-th number in it (counting round) is changed, so no
 * two files of a batch are byte-identical and the table sums differ from file to file. Years (four digits)
 * are left alone: a batch of one body's reports for successive years is another case (cross-year checks).
 */
export function variant(seed: string, n: number): string {
  const numbers = [...seed.matchAll(/\d+/g)].filter((m) => m[0].length < 4);
  const pick = numbers[n % Math.max(1, numbers.length)];
  if (!pick || pick.index === undefined) return seed;
  const changed = String(Number(pick[0]) + 1 + (n % 7));
  return seed.slice(0, pick.index) + changed + seed.slice(pick.index + pick[0].length);
}

/** Writes `count` report files (variants of the seeds, cycling) into `dir`; returns their total size. */
export function writeBatch(dir: string, seeds: readonly CorpusReport[], count: number): number {
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    if (!seed) break;
    const text = variant(seed.text, Math.floor(i / seeds.length));
    writeFileSync(join(dir, `report-${String(i).padStart(5, '0')}.txt`), text);
    total += utf8Size(text);
  }
  return total;
}
