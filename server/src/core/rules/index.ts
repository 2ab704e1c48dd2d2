/** The rules, in the order they run. One file per rule; add new rules here. */
import type { Rule } from './rule.js';

/** Every rule of the engine, in order. */
export const RULES: readonly Rule[] = [];
