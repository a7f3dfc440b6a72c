/**
 * The UI string that names a tool or record, by its id: one convention for the catalogue's tools,
 * registered or not, and the records of My workbook. A page's script can name any tool (in an
 * import error, "this file belongs to …") without importing the registry and its descriptors.
 */
export const toolNameKey = (id: string): string => `tool.${id}.name`;
