import type { ToolDefinition } from '../storage/tool-definition';

/** A counted phrase such as "3 accounts": a plural key of the UI strings and its count. */
export interface CountedPhrase {
  key: string;
  count: number;
}

/**
 * Everything the site needs to know about one tool, in one place. The tools list, My workbook,
 * the import error texts, the strings a tool page ships and the file format all read it; nothing
 * else names tool ids.
 */
export interface ToolDescriptor<T = any> {
  /** The data definition and migrations: storage key, file `tool` and `version`. */
  definition: ToolDefinition<T>;
  /** The page under /<locale>/ where the user works on this data. */
  route: string;
  /** Tools appear on the tools list; records such as module progress do not. */
  listed: boolean;
  /** UI string keys of its name and one-line description. */
  nameKey: string;
  descriptionKey: string | null;
  /** Prefixes of the UI strings its island uses (e.g. "kaism."), shipped to its page. */
  stringPrefixes: readonly string[];
  /** Its data's field names: an import error names them through `io.field.<name>`. */
  fields: readonly string[];
  /** Fields whose keys are ids (answers by statement, targets by dimension), not field names. */
  idKeyed?: readonly string[];
  /** What My workbook says about saved data: one or two counted phrases. */
  summary(data: T): CountedPhrase[];
  /** Filled data for tests and examples: every field present. */
  sample(): T;
}
