/**
 * Checking outside data against a valibot schema, with a JSON path for every problem: what each
 * element's reader needs (read-profile.ts), kept apart from the whole profile's check (validate.ts)
 * so that the loader's shared core does not carry every section's schema.
 */
import * as v from 'valibot';

/** One problem found in outside data: where (a JSON path such as `$.salary.trainingSalary[0].value`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * `unknown` lists the fields the format does not know (a typo such as `salry`, or a field of a newer
 * format): the CLI fails on them before publishing; elements ignore them, so a newer profile never
 * breaks an older element.
 */
export type ValidationResult<T> = { ok: true; value: T; unknown: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** `$`, `$.quiz.questions[2].options`, `$["odd key"]`. */
export function toJsonPath(keys: readonly PropertyKey[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
  }, '$');
}

/** Validates outside data against a valibot schema, reporting every problem with its path. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): ValidationResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output, unknown: [] };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: toJsonPath(issue.path?.map((item) => item.key as PropertyKey) ?? []),
      // valibot says `Invalid key: Expected "name" but received undefined` for a missing field.
      message: issue.type === 'object' && issue.received === 'undefined' ? 'Required field is missing' : issue.message,
    })),
  };
}
