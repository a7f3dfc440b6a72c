/**
 * The catalogue of workbook tools, by the id used in its route, its storage key and its export
 * files: stable, because trainers link them. Those with a descriptor in the registry are working;
 * the others are listed as in preparation.
 */
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
