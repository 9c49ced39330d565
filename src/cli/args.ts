/**
 * A small argument parser for the command-line tools: `--name value`,
 * `--flag`, and positional arguments; unknown options are reported, not ignored.
 */
import { POLICY_NAMES, type PolicyName, ROLES, type Role, variantsProblem } from '../engine';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string>;
  /** Every value each option was given, in order (for repeatable options such as `--variant`). */
  readonly values: Map<string, string[]>;
  readonly flags: Set<string>;
  readonly problems: string[];
}

/** Parse `args` given the options that take a value and the flags that do not. */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const values = new Map<string, string[]>();
  const set = new Set<string>();
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        problems.push(`--${name} needs a value`);
      else {
        options.set(name, value);
        values.set(name, [...(values.get(name) ?? []), value]);
        if (inline === undefined) i++;
      }
    } else if (flags.includes(name)) set.add(name);
    else problems.push(`unknown option --${name}`);
  }
  return { positional, options, values, flags: set, problems };
}

/** `--policy` (default historical); a problem is added if it names no policy. */
export function policyOption(parsed: ParsedArgs, problems: string[]): PolicyName {
  const value = parsed.options.get('policy') ?? 'historical';
  const policy = POLICY_NAMES.find((name) => name === value);
  if (policy === undefined) problems.push(`--policy must be one of ${POLICY_NAMES.join(', ')}`);
  return policy ?? 'historical';
}

/** `--role` (default france); a problem is added if it names no role. */
export function roleOption(parsed: ParsedArgs, problems: string[]): Role {
  const value = parsed.options.get('role') ?? 'france';
  const role = ROLES.find((name) => name === value);
  if (role === undefined) problems.push('--role must be france or ussr');
  return role ?? 'france';
}

/** `--variant ID`, repeatable: the rule variants (none: history's rules); a problem is added for an unknown one. */
export function variantsOption(parsed: ParsedArgs, problems: string[]): string[] {
  const ids = parsed.values.get('variant') ?? [];
  const problem = variantsProblem(ids);
  if (problem !== null) problems.push(`--variant: ${problem}`);
  return problem === null ? ids : [];
}
