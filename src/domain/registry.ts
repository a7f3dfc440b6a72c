import { kaismDefinition } from './kaism/model';
import { progressDefinition } from './progress';
import type { AnyDefinition } from './storage/file-format';

/** Every tool whose state the workbook keeps, in the order My workbook lists them. */
export const WORKBOOK_DEFINITIONS: readonly AnyDefinition[] = [kaismDefinition, progressDefinition];
