import { CAPSTONE_PARTS } from './capstone';
import { capstonePlanDefinition, writtenParts, type CapstonePlanData } from './capstone-plan';
import type { ToolDescriptor } from './registry/descriptor';

/** The learner's capstone plan is kept, exported and cleared like a tool's data; it is written on My workbook. */
export const capstoneRecord: ToolDescriptor<CapstonePlanData> = {
  definition: capstonePlanDefinition,
  route: 'workbook/',
  listed: false,
  nameKey: 'tool.capstone.name',
  descriptionKey: null,
  stringPrefixes: [],
  fields: ['learner', 'plan', ...CAPSTONE_PARTS],
  summary: (data) => [{ key: 'workbook.summary.planParts', count: writtenParts(data).length }],
  sample: () => ({
    learner: 'Dana Okafor',
    plan: {
      kaismType: 'Key development account: attractiveness 7.1, relative strength 4.2. Invest selectively in price and delivery service.',
      customerType: 'Analyzer: cost-driven, but differentiates through its private label; pilots before it changes.',
      relationshipStage: 'Basic today (one salesperson, one buyer); cooperative within two years: logistics, quality and design meet their counterparts.',
      differentiation: 'A recyclable shelf-ready tray developed with the chain for its private label; deliveries linked to store replenishment.',
      profileGaps: 'How the private-label range is decided; the new category director’s goals; the store-by-store expansion plan; satisfaction with our service.',
      corporateActions: 'The board funds tooling for the tray, agrees to share cost data and assigns a designer to the project.',
      operationalActions: 'An account team plan, a joint quarterly review, a service-level agreement on delivery.',
      kpis: 'Share of the chain’s packaging 30 % → 45 % in two years; on-time delivery 98 %; the chain’s satisfaction score; account margin; tray launch date.',
    },
  }),
};
