/** Every workbook tool, by the id used in its route, its storage key and its export files. */
export const TOOL_IDS = [
  'kaism',
  'self-assessment',
  'readiness',
  'customer-type',
  'relationship-type',
  'account-profile',
  'manager-skills',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Tools that have a working page today; the others are listed as in preparation. */
export const AVAILABLE_TOOLS: readonly ToolId[] = ['kaism'];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (TOOL_IDS as readonly string[]).includes(value);
}

/** Module slugs in course order; routes and content files use them. */
export const MODULE_SLUGS = [
  'what-is-kam',
  'why-kam',
  'selecting-key-accounts',
  'kaism',
  'relationship-types',
  'customer-types',
  'key-account-manager',
  'account-profile',
  'corporate-and-operational',
  'implementing-kam',
] as const;
export type ModuleSlug = (typeof MODULE_SLUGS)[number];
