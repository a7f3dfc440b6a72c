/**
 * A Vite plugin that gives a page its own copy of chart.js. Rollup tree-shakes a module once for
 * the whole site, so two tools importing chart.js would both ship the union of the chart types
 * they register (the plotter would load the radar's code, and the reverse). A module imported as
 * `chart.js?<tag>` — and every chart.js file it imports in turn — is a distinct module, shaken for
 * that tool alone. Types: src/islands/shared/chart-radar.d.ts.
 */
export function chartCopy(tag) {
  const suffix = `?${tag}`;
  return {
    name: `kam-chart-copy-${tag}`,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith(suffix) || source.includes('?')) return null;
      const resolved = await this.resolve(source, importer.slice(0, -suffix.length), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/[\\/]node_modules[\\/](chart\.js|@kurkle[\\/]color)[\\/]/.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${suffix}` };
    },
  };
}
