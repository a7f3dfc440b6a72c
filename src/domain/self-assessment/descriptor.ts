import type { ToolDescriptor } from '../registry/descriptor';
import { currentRound, selfAssessmentDefinition, selfRespondent, type SelfAssessmentData } from './model';

/** A filled assessment: two respondents of one round, a target, a hidden colleague. */
function sample(): SelfAssessmentData {
  return {
    company: 'Nordpack Ltd',
    rounds: [
      {
        id: 'r1',
        date: '2026-11-20',
        bank: 1,
        respondents: [
          { id: 'p1', name: 'Dana Okafor', role: 'Key account manager', answeredOn: '2026-11-21', answers: { 'strategy-corporate-1': 3, 'strategy-corporate-2': 'na', 'selection-corporate-1': 'unknown' } },
          { id: 'p2', name: 'Luca Ferri', role: 'Sales director', answeredOn: '2026-11-22', answers: { 'strategy-corporate-1': 4 } },
        ],
      },
    ],
    current: 'r1',
    self: 'p1',
    targets: { strategy: 4 },
    hidden: ['p2'],
  };
}

export const selfAssessmentTool: ToolDescriptor<SelfAssessmentData> = {
  definition: selfAssessmentDefinition,
  route: 'tools/self-assessment/',
  listed: true,
  nameKey: 'tool.self-assessment.name',
  descriptionKey: 'tool.self-assessment.summary',
  stringPrefixes: ['sa.', 'questionnaire.', 'radar.'],
  fields: ['company', 'rounds', 'current', 'self', 'targets', 'hidden', 'id', 'date', 'bank', 'respondents', 'name', 'role', 'answeredOn', 'answers'],
  // Answers are keyed by statement id, targets by dimension id: ids, not fields to name.
  idKeyed: ['answers', 'targets'],
  // "24 statements answered, 3 respondents": this browser's answers, and who is in the round.
  summary: (data) => [
    { key: 'workbook.summary.answered', count: Object.keys(selfRespondent(data)?.answers ?? {}).length },
    { key: 'workbook.summary.respondents', count: currentRound(data)?.respondents.length ?? 0 },
  ],
  sample,
};
