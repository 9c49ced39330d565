/**
 * `--strategy FILE`: play a strategy written as data instead of a built-in
 * policy. The role comes from the file; `--policy` cannot be given with it,
 * and `--role`, if given, must agree with the file.
 */
import { type PolicyChoice, parseStrategyText, type Role } from '../engine';
import type { ParsedArgs } from './args';
import { readTextFile, reportProblems } from './files';

/** What plays the games: a built-in policy (read by the caller) or a strategy read here. */
export type StrategyOption =
  | { readonly kind: 'none' }
  | { readonly kind: 'strategy'; readonly file: string; readonly policy: PolicyChoice; readonly role: Role }
  | { readonly kind: 'invalid' };

/**
 * Read `--strategy` if it is given. Problems with the arguments are added to
 * `problems`; a bad strategy file is reported line by line on `err`
 * (`FILE: field: expected …, got …`) and gives `invalid`.
 */
export function strategyOption(parsed: ParsedArgs, problems: string[], err: (line: string) => void): StrategyOption {
  const file = parsed.options.get('strategy');
  if (file === undefined) return { kind: 'none' };
  if (parsed.options.has('policy')) {
    problems.push('--strategy and --policy cannot be used together: a strategy file is the policy');
    return { kind: 'invalid' };
  }
  const text = readTextFile(file);
  const strategy = text.ok ? parseStrategyText(text.value) : text;
  if (!strategy.ok) {
    reportProblems(file, strategy.problems, err);
    return { kind: 'invalid' };
  }
  const role = parsed.options.get('role');
  if (role !== undefined && role !== strategy.value.role) {
    problems.push(`--role ${role} contradicts the strategy, which plays ${strategy.value.role} (leave --role out)`);
    return { kind: 'invalid' };
  }
  return { kind: 'strategy', file, policy: strategy.value, role: strategy.value.role };
}
