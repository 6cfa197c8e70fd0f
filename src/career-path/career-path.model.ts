import type { Profile, ProfileExam, ProfileSalary, ProfileTraining, ProfileTrainingPay } from '../core/profile-schema.js';
import { durationMonths } from '../core/duration.js';
import { shortYear, trainingMonths } from '../core/training-time.js';

export { trainingMonths };
import { graph, pay, trainingPay, workBasedProgram } from '../core/schema-org.js';

export type Exam = ProfileExam;
export type ExamPart = NonNullable<ProfileExam['parts']>[number];
export type EducationOption = NonNullable<Profile['furtherEducation']>['options'][number];
export type TrainingPeriod = NonNullable<ProfileTraining['periods']>[number];

/** One step of the training, in the order a trainee meets it; times in months from the start. */
export type TrainingStep =
  | { kind: 'year'; year: number; duration?: string; pay?: ProfileTrainingPay }
  | { kind: 'period'; period: TrainingPeriod; from: number; to: number; pay: ProfileTrainingPay[] }
  | { kind: 'exam'; exam: Exam; part?: ExamPart; at?: number; window?: [number, number] };

/** An exam's (or its part's) time: a point, or a window of months ("zwischen dem 18. und 24. Monat"). */
export function examTime(time: { at?: string; window?: { from: string; to: string } }) {
  const window = time.window && ([durationMonths(time.window.from) ?? 0, durationMonths(time.window.to) ?? 0] as [number, number]);
  return { at: window ? window[0] : durationMonths(time.at), window };
}

/**
 * The training years (or, where the profile has them, its periods) and the exams, sorted by when
 * they happen. Every time is whole months from the start, so an exam "at P2Y" is exactly the end of
 * year 2 and comes before year 3; an exam in parts gives one step per part, each at its own time;
 * an exam without a time comes last, in the profile's order.
 */
export function trainingSteps(training: ProfileTraining | undefined, salary: ProfileSalary | undefined): TrainingStep[] {
  const total = trainingMonths(training, salary);
  const rows = salary?.trainingSalary ?? [];
  const timed: { at: number; order: number; step: TrainingStep }[] = [];
  if (training?.periods?.length) {
    let from = 0;
    for (const period of training.periods) {
      const to = from + (durationMonths(period.duration) ?? 0);
      // The pay of every training year that starts in this period.
      const pay = rows.filter((row) => (row.year - 1) * 12 >= from && (row.year - 1) * 12 < to).sort((a, b) => a.year - b.year);
      timed.push({ at: from, order: 1, step: { kind: 'period', period, from, to, pay } });
      from = to;
    }
  } else {
    const yearCount = Math.max(total ? Math.ceil(total / 12) : 0, ...rows.map((row) => row.year), 0);
    for (let year = 1; year <= yearCount; year++) {
      const pay = rows.find((row) => row.year === year);
      const short = shortYear(year, total, pay?.duration);
      timed.push({ at: (year - 1) * 12, order: 1, step: { kind: 'year', year, duration: short ?? 'P1Y', pay } });
    }
  }
  for (const exam of training?.exams ?? []) {
    const parts: (ExamPart | undefined)[] = exam.parts?.length ? exam.parts : [undefined];
    for (const part of parts) {
      // A part without a time of its own is at the exam's time.
      const time = examTime(part?.at || part?.window ? part : exam);
      timed.push({ at: time.at ?? Infinity, order: 0, step: { kind: 'exam', exam, part, ...time } });
    }
  }
  return timed.sort((a, b) => a.at - b.at || a.order - b.order).map((t) => t.step);
}

/** The certificate, and with conditions beyond it (age, fitness) each as one more text: "Alter: mindestens 16 Jahre". */
function prerequisites(requirements: NonNullable<Profile['educationRequirements']>) {
  const conditions = (requirements.conditions ?? []).map((c) => (c.description ? `${c.name}: ${c.description}` : c.name));
  return conditions.length ? [requirements.name, ...conditions] : requirements.name;
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
      ...(profile.educationRequirements ? { programPrerequisites: prerequisites(profile.educationRequirements) } : {}),
      ...(credential ? { occupationalCredentialAwarded: credential } : {}),
      // A dual study's academic degree and credits, in schema.org's words (EducationalOccupationalProgram).
      ...(training.educationalCredentialAwarded ? { educationalCredentialAwarded: training.educationalCredentialAwarded } : {}),
      ...(training.numberOfCredits !== undefined ? { numberOfCredits: training.numberOfCredits } : {}),
      ...(trainingSalary.length ? { trainingSalary } : {}),
      ...(salary?.salaryUponCompletion ? { salaryUponCompletion: pay(salary, salary.salaryUponCompletion.value) } : {}),
    }),
  ]);
}
