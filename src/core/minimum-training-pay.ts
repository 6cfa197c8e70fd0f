/**
 * The legal minimum training pay (Mindestausbildungsvergütung, §17 Abs. 2 BBiG; for crafts through
 * §17 Abs. 2 BBiG with the HwO): per month, in euros, for trainings under BBiG or HwO that start in
 * the year, by training year, unless a collective agreement applies. Years 2–4 are the first year's
 * plus 18, 35 and 40 %. Source: §17 BBiG and the amounts the Federal Ministry of Education published
 * in the Bundesgesetzblatt for each year (BIBB, "Mindestausbildungsvergütung"). Add a year here when
 * it is published (each November for the year after).
 */
export const MINIMUM_TRAINING_PAY: Readonly<Record<number, readonly number[]>> = {
  2024: [649, 766, 876, 909],
  2025: [682, 805, 921, 955],
  2026: [724, 854, 977, 1014],
};
export const MINIMUM_TRAINING_PAY_SOURCE = '§17 BBiG (Mindestausbildungsvergütung)';

/** The minimum for a training that starts in `startYear`, in its training year `year` (1–4; later years as the 4th). */
export function minimumTrainingPay(startYear: number, year: number): number | undefined {
  const known = Object.keys(MINIMUM_TRAINING_PAY).map(Number);
  // Before the first year we know: no claim. After the last: the last we know (the minimum only rises).
  if (startYear < Math.min(...known)) return undefined;
  const table = MINIMUM_TRAINING_PAY[Math.min(startYear, Math.max(...known))];
  return table[Math.min(year, table.length) - 1];
}
