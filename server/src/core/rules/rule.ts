/** The shape of a rule: metadata, messages and a check over the parsed report. */
import type { Fix, Message, Related, ReportDocument, Severity, Span } from '../model.js';
import type { MessageData } from '../i18n.js';
import type { Template } from '../templates/schema.js';

/** Whether a rule offers fixes, and whether fix-all may apply them. */
export type Fixable = 'safe' | 'offered' | 'some-safe' | 'none';

/** What a rule is and what it says. */
export interface RuleMeta {
  /** The stable id (SPEC §8). */
  readonly id: string;
  readonly description: Message;
  readonly defaultSeverity: Severity;
  readonly fixable: Fixable;
}

/** One report a rule makes. Severity defaults to the rule's configured severity. */
export interface Report<Id extends string = string> {
  readonly messageId: Id;
  readonly data?: MessageData;
  readonly span: Span;
  readonly severity?: Severity;
  readonly related?: readonly Related[];
  readonly fixes?: readonly Fix[];
}

/** What a rule's check sees. */
export interface RuleContext<Id extends string = string> {
  readonly document: ReportDocument;
  readonly text: string;
  /** The template the report is checked against, or null when none applies (pre-2019 / unknown). */
  readonly template: Template | null;
  /** Last year's report of the same body, when the caller has one (see `cross-year`). */
  readonly previous?: ReportDocument;
  report(report: Report<Id>): void;
}

/** A rule: metadata, its messages (zh + en with `{{placeholders}}`) and a check. */
export interface Rule<Id extends string = string> {
  readonly meta: RuleMeta;
  readonly messages: Readonly<Record<Id, Message>>;
  check(context: RuleContext<Id>): void;
}

/** Declares a rule with its message ids checked by the compiler. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
