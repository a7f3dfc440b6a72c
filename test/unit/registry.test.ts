import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { REGISTRY, toolNameKey, WORKBOOK_DEFINITIONS } from '../../src/domain/registry';
import { MODULE_SLUGS, TOOL_IDS } from '../../src/domain/tools';
import { DICTIONARIES, LOCALES } from '../../src/i18n';
import { descriptorKeys, toolStringKeys } from '../../src/islands/lib/tool-strings';
import { en, type UIKey } from '../../src/i18n/ui/en';
import { exportTool, importToolFile } from '../../src/domain/storage/file-format';
import { describePath } from '../../src/islands/lib/describe-import-error';

/** Every object key anywhere in a value: the segments an import error path can hold (not the ids keying an `idKeyed` field). */
function keysIn(value: unknown, idKeyed: readonly string[] = [], into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, idKeyed, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      if (!idKeyed.includes(key)) keysIn(inner, idKeyed, into);
    }
  }
  return into;
}

describe.each(REGISTRY.map((tool) => [tool.definition.id, tool] as const))('tool %s in the registry', (id, tool) => {
  it('names every field of its data, and every name is translated in every locale', () => {
    // Module slugs key the progress record's quiz scores: they are ids, not fields to name.
    for (const key of keysIn(tool.sample(), tool.idKeyed)) if (!(MODULE_SLUGS as readonly string[]).includes(key)) expect(tool.fields, `field ${key}`).toContain(key);
    for (const locale of LOCALES) {
      for (const key of descriptorKeys(tool)) expect(DICTIONARIES[locale][key as UIKey], `${locale} ${key}`).toBeTruthy();
    }
  });

  it('describes an import error in any of its fields in words, not in code names', () => {
    const strings = Object.fromEntries(toolStringKeys(tool, Object.keys(en) as UIKey[]).map((key) => [key, en[key]]));
    const t = (key: string) => strings[key] ?? key;
    for (const field of tool.fields) expect(describePath(['data', field], t as never, strings)).toBe(`${en['io.field.data']} › ${en[`io.field.${field}` as UIKey]}`);
  });

  it('is named by the one convention a page script can follow without the registry', () => {
    expect(tool.nameKey).toBe(toolNameKey(id));
  });

  it('round-trips its sample through its own file format', () => {
    const sample = tool.sample();
    const text = exportTool(tool.definition, sample, 'en', '2026-11-28T10:00:00Z');
    expect(importToolFile(tool.definition, text)).toEqual({ ok: true, value: sample });
  });

  it('has a page at its route, and a listed tool is in the catalogue trainers link', () => {
    const page = tool.route.replace(/\/$/, '');
    expect(existsSync(`src/pages/[locale]/${page}.astro`) || existsSync(`src/pages/[locale]/${page}/index.astro`)).toBe(true);
    if (tool.listed) expect(TOOL_IDS).toContain(id);
    for (const phrase of tool.summary(tool.sample())) expect(`${phrase.key}.other` in en, phrase.key).toBe(true);
  });
});

it('gives the file format one definition per registered tool, with distinct ids', () => {
  const ids = WORKBOOK_DEFINITIONS.map((definition) => definition.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(REGISTRY.map((tool) => tool.definition.id));
});
