// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { normalizeBase } from './scripts/base-path.mjs';
import { chartCopy } from './scripts/chart-copy.mjs';

// KAM_BASE lets a trainer host the site inside a course platform's folder, e.g. KAM_BASE=/courses/kam.
const base = normalizeBase(process.env.KAM_BASE);
// KAM_SITE is the site's public address, used for canonical and hreflang links and the addresses on
// printed modules. Without it we invent none: pages leave canonical and hreflang out, and show
// root-relative addresses.
const site = process.env.KAM_SITE;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact()],
  // The radar's own chart.js, so the plotter does not load the radar's parts (scripts/chart-copy.mjs).
  vite: { plugins: [chartCopy('radar')] },
  devToolbar: { enabled: false },
  security: {
    // Astro writes a CSP meta tag on every page with a hash for each inline script and style.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
      // pagefind compiles its WebAssembly search engine; nothing else needs more than 'self'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
