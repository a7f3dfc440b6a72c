import { kaismTool } from '../kaism/descriptor';
import { selfAssessmentTool } from '../self-assessment/descriptor';
import { readinessTool } from '../readiness/descriptor';
import { progressRecord } from '../progress-descriptor';
import { capstoneRecord } from '../capstone-descriptor';
import type { AnyDefinition } from '../storage/file-format';
import type { ToolDescriptor } from './descriptor';

export type { CountedPhrase, ToolDescriptor } from './descriptor';

/**
 * The one registry of tools, in the order My workbook lists them. Adding a tool: write its
 * descriptor, add it here, and give it a page at its route.
 */
export const REGISTRY: readonly ToolDescriptor[] = [kaismTool, selfAssessmentTool, readinessTool, progressRecord, capstoneRecord];

/** Every data definition the workbook file format reads and writes. */
export const WORKBOOK_DEFINITIONS: readonly AnyDefinition[] = REGISTRY.map((tool) => tool.definition);

export function descriptorOf(id: string): ToolDescriptor | undefined {
  return REGISTRY.find((tool) => tool.definition.id === id);
}

export { toolNameKey } from './names';
