/**
 * The profile in schema.org's words, for the JSON-LD that `structured-data` writes (json-ld.ts).
 * Typed with `schema-dts`, a dev dependency imported for types only: none of it reaches the bundle,
 * and no public declaration names it (these helpers are not exported from the package).
 */
import type { Graph, MonetaryAmountDistribution, Occupation, Thing, WorkBasedProgram } from 'schema-dts';
import type { Profile, ProfileSalary } from './profile-schema.js';

/** A JSON-LD document of several things. */
export const graph = (things: Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': things });

/**
 * One figure of pay. schema.org takes pay as a `MonetaryAmountDistribution` for an occupation's
 * `estimatedSalary` and a program's `trainingSalary` and `salaryUponCompletion`; a profile gives one
 * typical figure, which is the distribution's `median`. `duration` is what it is paid for (`P1M`).
 */
export function pay(salary: ProfileSalary, value: number, name?: string): MonetaryAmountDistribution {
  return {
    '@type': 'MonetaryAmountDistribution',
    ...(name ? { name } : {}),
    currency: salary.currency,
    duration: salary.unitText === 'YEAR' ? 'P1Y' : 'P1M',
    median: value,
  };
}

/** Pay per training year, in year order, each named in the element's words (`1. Ausbildungsjahr`). */
export function trainingPay(salary: ProfileSalary | undefined, yearName: (year: number) => string): MonetaryAmountDistribution[] {
  // An unpaid year has no pay to describe: schema.org would read a 0 as a wage of nothing.
  return [...(salary?.trainingSalary ?? [])]
    .sort((a, b) => a.year - b.year)
    .flatMap(({ year, value }) => (value === undefined ? [] : [pay(salary!, value, yearName(year))]));
}

/**
 * The training as a `WorkBasedProgram` (schema.org's word for an apprenticeship), with what the
 * caller adds; the profile's name and, where it has them, its program type and occupational category.
 */
export function workBasedProgram(profile: Profile, more: Omit<WorkBasedProgram, '@type'>): WorkBasedProgram {
  const programType = profile.training?.programType ?? profile.educationalPath;
  return {
    '@type': 'WorkBasedProgram',
    name: profile.name,
    ...(programType ? { programType } : {}),
    ...(profile.occupationalCategory ? { occupationalCategory: profile.occupationalCategory } : {}),
    ...more,
  };
}

/**
 * The profession as an `Occupation` with what the caller adds (`responsibilities`, `skills`,
 * `qualifications`, `educationRequirements`): each section element writes the words it shows.
 */
export function occupation(profile: Profile, more: Omit<Occupation, '@type' | 'name'>): Occupation {
  return {
    '@type': 'Occupation',
    name: profile.name,
    ...(profile.occupationalCategory ? { occupationalCategory: profile.occupationalCategory } : {}),
    ...more,
  } as Occupation;
}
