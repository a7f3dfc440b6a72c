import type { ToolDescriptor } from '../registry/descriptor';
import { readinessDefinition, type ReadinessData } from './model';

/** A checklist under way: statuses, an owner, a date and a note; two candidates, one carried. */
function sample(): ReadinessData {
  return {
    company: 'Nordpack Ltd',
    bank: 1,
    items: [
      { id: 'market-past', status: 'done', owner: 'Dana Okafor', due: null, note: 'Three buyers merged in 2024.' },
      { id: 'management', status: 'partly', owner: 'Luca Ferri', due: '2026-12-15', note: '' },
    ],
    scorecard: {
      weights: { potential: 30, swot: 15, harmony: 20, cooperation: 20, interest: 15 },
      candidates: [
        { id: 'c1', name: 'Brightfoods', ratings: { potential: 8, swot: 7, harmony: 6, cooperation: 9, interest: 8 }, chosen: true, accountId: 'a1' },
        { id: 'c2', name: 'Castell Retail', ratings: { potential: 5, swot: null, harmony: 4, cooperation: 6, interest: 3 }, chosen: false, accountId: null },
      ],
    },
  };
}

export const readinessTool: ToolDescriptor<ReadinessData> = {
  definition: readinessDefinition,
  route: 'tools/readiness/',
  listed: true,
  nameKey: 'tool.readiness.name',
  descriptionKey: 'tool.readiness.summary',
  stringPrefixes: ['rd.', 'questionnaire.'],
  fields: [
    'company',
    'bank',
    'items',
    'id',
    'status',
    'owner',
    'due',
    'note',
    'scorecard',
    'weights',
    'candidates',
    'name',
    'ratings',
    'chosen',
    'accountId',
    'potential',
    'swot',
    'harmony',
    'cooperation',
    'interest',
  ],
  // "9 items checked, 4 candidates".
  summary: (data) => [
    { key: 'workbook.summary.checked', count: data.items.filter((entry) => entry.status !== null).length },
    { key: 'workbook.summary.candidates', count: data.scorecard.candidates.length },
  ],
  sample,
};
