/**
 * One answer to a graded statement: a level of the bank's scale (1 to its number of points), or
 * "not applicable" / "don't know". Both of those are left out of every score and reported apart.
 */
export type Answer = number | 'na' | 'unknown';
export type Answers = Readonly<Record<string, Answer>>;

export const isGraded = (answer: Answer | undefined): answer is number => typeof answer === 'number';

/** What scoring needs of a bank: its dimensions, its items in order, its levels and its scale's size. */
export interface BankStructure {
  dimensions: ReadonlyArray<{ id: string }>;
  sections: ReadonlyArray<{ id: string; items: ReadonlyArray<{ id: string; dimension: string; level?: string | undefined }> }>;
  levels?: readonly string[] | undefined;
  /** The highest level of the scale (5 for maturity). */
  points: number;
}
