/**
 * The parts of the course's capstone: a one-page KAM plan for the case's regional chain. Module 10
 * shows a model plan with these parts; the learner's own plan, kept in My workbook, has the same.
 */
export const CAPSTONE_PARTS = [
  'kaismType',
  'customerType',
  'relationshipStage',
  'differentiation',
  'profileGaps',
  'corporateActions',
  'operationalActions',
  'kpis',
] as const;
export type CapstonePart = (typeof CAPSTONE_PARTS)[number];
