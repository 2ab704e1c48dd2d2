/** What the command line says outside the findings themselves, in Chinese and English. */
import { format, localize, type Locale, type Message } from '../core/index.js';
import type { MessageData } from '../core/i18n.js';

/** The CLI's messages, with `{{placeholders}}`. */
export const CLI_MESSAGES = {
  unknownOption: { zh: '未知的选项 {{option}}', en: 'unknown option {{option}}' },
  missingValue: {
    zh: '选项 {{option}} 需要一个值（{{allowed}}）',
    en: 'option {{option}} needs a value ({{allowed}})',
  },
  badValue: {
    zh: '选项 {{option}} 的值 "{{value}}" 无效，可用的值：{{allowed}}',
    en: 'invalid value "{{value}}" for {{option}}; expected {{allowed}}',
  },
  noValue: { zh: '选项 {{option}} 不接受值', en: 'option {{option}} takes no value' },
  seeHelp: { zh: '运行 gov-report-lint --help 查看用法。', en: 'Run gov-report-lint --help for usage.' },
  pathMissing: { zh: '找不到 {{path}}', en: 'no such file or directory: {{path}}' },
  pathUnreadable: { zh: '无法读取 {{path}}：{{detail}}', en: 'cannot read {{path}}: {{detail}}' },
  notUtf8: { zh: '无法读取 {{path}}：不是 UTF-8 文本', en: 'cannot read {{path}}: not UTF-8 text' },
  binary: {
    zh: '无法读取 {{path}}：是二进制文件，不是 UTF-8 文本',
    en: 'cannot read {{path}}: binary file, not UTF-8 text',
  },
  writeFailed: {
    zh: '无法写入 {{path}}：{{detail}}（文件未改动）',
    en: 'cannot write {{path}}: {{detail}} (file left unchanged)',
  },
  internalError: {
    zh: '检查 {{path}} 时出现内部错误：{{detail}}',
    en: 'internal error while checking {{path}}: {{detail}}',
  },
  configInvalidJson: {
    zh: '不是有效的 JSON（{{detail}}），已使用默认配置',
    en: 'not valid JSON ({{detail}}); using the defaults',
  },
  configUnreadable: {
    zh: '无法读取（{{detail}}），已使用默认配置',
    en: 'cannot read it ({{detail}}); using the defaults',
  },
  inFile: { zh: '{{path}}：{{message}}', en: '{{path}}: {{message}}' },
  summaryProblems: {
    zh: '✖ {{problems}}（{{errors}}，{{warnings}}，{{infos}}），共 {{files}}',
    en: '✖ {{problems}} ({{errors}}, {{warnings}}, {{infos}}) in {{files}}',
  },
  notReport: {
    zh: '{{path}}：不像政府信息公开工作年度报告（空文件，或没有报告的标题、章节和表格），未检查',
    en: '{{path}}: does not look like an annual report on information disclosure (empty, or no title, sections or tables); not checked',
  },
  summaryClean: { zh: '✔ 没有发现问题，共 {{files}}', en: '✔ no problems in {{files}}' },
  summaryFixHint: {
    zh: '  其中 {{problems}}可用 --fix 自动修复',
    en: '  {{problems}} can be fixed with --fix',
  },
  summaryFixed: { zh: '✔ 已自动修复 {{fixes}}，写入 {{files}}', en: '✔ applied {{fixes}} to {{files}}' },
  progress: { zh: '正在检查 {{done}}/{{total}} 个文件…', en: 'checking {{done}}/{{total}} files…' },
  help: {
    zh: `用法：gov-report-lint [路径…] [选项]

检查政府信息公开工作年度报告。目录会被递归查找 .txt / .md 文件（跳过 node_modules 和以 . 开头的目录）；
直接给出的文件不论扩展名都会检查。未给出路径时检查当前目录。

选项：
  --format text|json|sarif   输出格式（默认 text）
  --fix                      应用安全的自动修复并写回文件，然后报告剩余的问题
  --template 2019|2021       指定模板版本（默认按报告内容识别）
  --locale zh|en             消息语言（默认 zh）
  -q, --quiet                只报告错误
  -h, --help                 显示此帮助
  -v, --version              显示版本号

退出码：0 没有错误；1 发现错误；2 用法错误或有文件无法读取。
配置文件：.govreportrc.json，从文件所在目录向上查找，最近的一个生效；命令行选项优先。
`,
    en: `Usage: gov-report-lint [paths…] [options]

Checks annual reports on government information disclosure. Directories are searched recursively for
.txt / .md files (node_modules and directories starting with "." are skipped); files named explicitly are
checked whatever their extension. Without paths the current directory is checked.

Options:
  --format text|json|sarif   output format (default text)
  --fix                      apply the safe fixes, write the files back, then report what remains
  --template 2019|2021       force the template version (default: detected from the report)
  --locale zh|en             language of the messages (default zh)
  -q, --quiet                report errors only
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors; 1 errors found; 2 bad usage or unreadable input.
Configuration: .govreportrc.json, searched from each file's directory upwards, the nearest wins;
command-line options override it.
`,
  },
} as const satisfies Record<string, Message>;

/** Nouns that the summary counts: the Chinese measure word and noun, the English singular and plural. */
const NOUNS = {
  problem: { zh: '个问题', en: ['problem', 'problems'] },
  error: { zh: '个错误', en: ['error', 'errors'] },
  warning: { zh: '个警告', en: ['warning', 'warnings'] },
  info: { zh: '个提示', en: ['info', 'infos'] },
  file: { zh: '个文件', en: ['file', 'files'] },
  fix: { zh: '处', en: ['fix', 'fixes'] },
} as const;

/** "3 个错误" / "3 errors", "1 error". */
export function counted(n: number, noun: keyof typeof NOUNS, locale: Locale): string {
  const words = NOUNS[noun];
  return locale === 'en' ? `${n} ${words.en[n === 1 ? 0 : 1]}` : `${n} ${words.zh}`;
}

/** The id of a CLI message. */
export type CliMessageId = keyof typeof CLI_MESSAGES;

/** One CLI message in `locale`, placeholders filled from `data`. */
export function say(locale: Locale, id: CliMessageId, data: MessageData = {}): string {
  return localize(format(CLI_MESSAGES[id], data), locale);
}
