import type { ToolDescriptor } from '../registry/descriptor';
import { examplePortfolio } from './example';
import { kaismDefinition, type KaismData } from './model';

export const kaismTool: ToolDescriptor<KaismData> = {
  definition: kaismDefinition,
  route: 'tools/kaism/',
  listed: true,
  nameKey: 'tool.kaism.name',
  descriptionKey: 'tool.kaism.summary',
  stringPrefixes: ['kaism.'],
  fields: [
    'title',
    'accounts',
    'factors',
    'name',
    'id',
    'preset',
    'weight',
    'volume',
    'potential',
    'attractiveness',
    'strength',
    'competitor',
    'settings',
    'strengthMode',
    'boundary',
    'customAttractiveness',
    'customStrength',
    'classicLayout',
  ],
  summary: (data) => [
    { key: 'workbook.summary.accounts', count: data.accounts.length },
    { key: 'workbook.summary.factors', count: data.factors.attractiveness.length + data.factors.strength.length },
  ],
  sample: examplePortfolio,
};
