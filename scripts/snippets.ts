/**
 * The snippets of the `govreport` language (`syntaxes/govreport.snippets.json`): the six section
 * headings and the three blank tables of the 2021 form, rendered by the engine's template renderer, so
 * that they say exactly what the `table-missing` fix and the insert command insert.
 * `npm run snippets` writes the file; a unit test checks that the committed file is this output.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { TEMPLATES, type TableKind } from '../server/src/core/index.js';
import { SECTIONS } from '../server/src/core/templates/sections.js';
import { renderReport, renderTable } from '../server/src/core/index.js';

/** Where the snippets are committed (and contributed from, in package.json). */
export const SNIPPETS_PATH = join(__dirname, '..', 'syntaxes', 'govreport.snippets.json');

/** One entry of a VS Code snippets file. */
export interface Snippet {
  readonly prefix: readonly string[];
  readonly body: readonly string[];
  readonly description: string;
}

const TABLES: readonly { kind: TableKind; section: number; name: string; prefix: string }[] = [
  { kind: 'table2', section: 2, name: '表二', prefix: 'table2' },
  { kind: 'table3', section: 3, name: '表三', prefix: 'table3' },
  { kind: 'table4', section: 4, name: '表四', prefix: 'table4' },
];

/** Text as a snippet body, one line per element, the cursor after it. */
function body(text: string): string[] {
  return [...text.replace(/[\\$]/g, (c) => `\\${c}`).split('\n'), '$0'];
}

/** The snippets, by name. */
export function renderSnippets(): Record<string, Snippet> {
  const template = TEMPLATES['2021'];
  // The headings as a rendered skeleton writes them.
  const skeleton = renderReport(template, template.years.from, '').split('\n');
  const snippets: Record<string, Snippet> = {};
  for (const section of SECTIONS) {
    const heading = skeleton.find((line) => line.endsWith(`、${section.title}`));
    if (heading === undefined) throw new Error(`the skeleton has no heading for ${section.title}`);
    snippets[heading] = {
      prefix: [heading, section.title],
      body: body(heading),
      description: `第${heading.slice(0, heading.indexOf('、'))}部分标题 · heading of section ${section.number}`,
    };
  }
  for (const table of TABLES) {
    const title = SECTIONS.find((s) => s.number === table.section)?.title ?? '';
    snippets[`${table.name}（2021）`] = {
      prefix: [table.name, table.prefix],
      body: body(renderTable(template, table.kind)),
      description: `${table.name} ${title}（2021 版空白表）· blank table ${table.section} of the 2021 form`,
    };
  }
  return snippets;
}

/** The file's text: the snippets as JSON, formatted as the repository's Prettier settings format it. */
export async function snippetsFileText(): Promise<string> {
  const options = await resolveConfig(SNIPPETS_PATH);
  return format(JSON.stringify(renderSnippets()), { ...options, filepath: SNIPPETS_PATH });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  void snippetsFileText().then((text) => writeFileSync(SNIPPETS_PATH, text));
}
