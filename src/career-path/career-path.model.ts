import type { Profile, ProfileSalary, ProfileTraining } from '../core/profile-schema.js';
import { graph, pay, trainingPay, workBasedProgram } from '../core/schema-org.js';

export type Exam = NonNullable<ProfileTraining['exams']>[number];
export type EducationOption = NonNullable<Profile['furtherEducation']>['options'][number];

/** One step of the training, in the order a trainee meets it. */
export type TrainingStep =
  | { kind: 'year'; year: number; duration?: string; pay?: number }
  | { kind: 'exam'; exam: Exam };

/** `P3Y` → 36, `P1Y6M` → 18; weeks and days as parts of a month. */
export function isoMonths(iso: string | undefined): number | undefined {
  const match = iso ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso) : null;
  if (!match) return undefined;
  const [y = 0, m = 0, w = 0, d = 0] = match.slice(1).map((n) => Number(n ?? 0));
  return y * 12 + m + (w * 12) / 52 + (d * 12) / 365;
}

/**
 * The training years (from `timeToComplete`, or from the years the profile has
 * pay for) and the exams, sorted by when they happen. An exam at a year's
 * boundary comes before that year ("after half" of 2 years ends year 1); an
 * exam without `timing` comes last, in the profile's order.
 */
export function trainingSteps(training: ProfileTraining | undefined, salary: ProfileSalary | undefined): TrainingStep[] {
  const total = isoMonths(training?.timeToComplete);
  const paidYears = (salary?.trainingSalary ?? []).map((s) => s.year);
  const yearCount = Math.max(total ? Math.ceil(total / 12) : 0, ...paidYears, 0);
  const span = total || yearCount * 12 || 1;

  const timed: { at: number; order: number; step: TrainingStep }[] = [];
  for (let year = 1; year <= yearCount; year++) {
    // The last year of a training that is not whole years long is shorter (P3Y6M: a 4th year of 6 months).
    const left = total === undefined ? 12 : Math.round(total - (year - 1) * 12);
    const duration = left >= 12 ? 'P1Y' : left > 0 ? `P${left}M` : undefined;
    const pay = salary?.trainingSalary?.find((s) => s.year === year)?.value;
    timed.push({ at: (year - 1) * 12, order: 1, step: { kind: 'year', year, duration, pay } });
  }
  for (const exam of training?.exams ?? []) {
    timed.push({ at: exam.timing === undefined ? Infinity : exam.timing * span, order: 0, step: { kind: 'exam', exam } });
  }
  return timed.sort((a, b) => a.at - b.at || a.order - b.order).map((t) => t.step);
}

/** The options grouped as branches: further training first, then study; empty groups left out. */
export function branches(options: EducationOption[] = []) {
  return (['further-training', 'study'] as const)
    .map((kind) => ({ kind, options: options.filter((o) => o.kind === kind) }))
    .filter((group) => group.options.length > 0);
}

/** The skills to show as strengths: the highlighted ones, or all of them when the profile marks none. */
export function strengths(skills: Profile['skills'] = []) {
  const highlighted = skills.filter((s) => s.highlighted);
  return highlighted.length > 0 ? highlighted : skills;
}

/**
 * The training as schema.org JSON-LD: a `WorkBasedProgram` with how long it takes, the school
 * certificate it asks for, the credential it awards and its pay. Undefined for a profile without
 * `training`, whose path shows no training to describe.
 */
export function programJsonLd(profile: Profile, yearName: (year: number) => string) {
  const training = profile.training;
  if (!training) return undefined;
  const salary = profile.salary;
  const credential = training.occupationalCredentialAwarded ?? training.exams?.filter((exam) => exam.credential).pop()?.credential;
  const trainingSalary = trainingPay(salary, yearName);
  return graph([
    workBasedProgram(profile, {
      ...(training.timeToComplete ? { timeToComplete: training.timeToComplete } : {}),
      ...(profile.educationRequirements ? { programPrerequisites: profile.educationRequirements.name } : {}),
      ...(credential ? { occupationalCredentialAwarded: credential } : {}),
      ...(trainingSalary.length ? { trainingSalary } : {}),
      ...(salary?.salaryUponCompletion ? { salaryUponCompletion: pay(salary, salary.salaryUponCompletion.value) } : {}),
    }),
  ]);
}
