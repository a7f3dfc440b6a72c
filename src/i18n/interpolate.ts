/** Fills `{name}` placeholders; a placeholder without a value stays visible so the gap is noticed. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A translator over the strings a page handed to its island. */
export function translator<K extends string>(strings: Record<K, string>) {
  return (key: K, vars?: Record<string, string | number>): string => interpolate(strings[key] ?? key, vars);
}
