import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

/**
 * The few inline scripts of the site. Astro's CSP hashes the scripts it bundles but not inline
 * ones, so each page registers these hashes itself, in its frontmatter, before the head renders.
 */

/** Runs before the first paint so the page never flashes the wrong theme. */
export const THEME_SCRIPT = `{let t;try{t=localStorage.getItem('kam:theme')}catch(e){}document.documentElement.dataset.theme=t=='light'||t=='dark'?t:'system'}`;

/** Wires the theme select and remembers the language a visitor picks. */
// Short on purpose: every content page carries it within its 1 KB budget. The select's wrapper is
// hidden until this runs, since without JavaScript the select could do nothing.
export const PREFERENCE_SCRIPT = `{let d=document,r=d.documentElement,s=d.getElementById('theme-select'),put=(k,v)=>{try{localStorage.setItem(k,v)}catch(e){}};if(s){s.value=r.dataset.theme;s.parentNode.hidden=false;s.onchange=()=>put('kam:theme',r.dataset.theme=s.value)}d.addEventListener('click',e=>{let a=e.target.closest('a[data-locale]');if(a)put('kam:locale',a.dataset.locale)})}`;

type InlineValue = string | number | boolean | null | readonly InlineValue[] | { readonly [key: string]: InlineValue };
// Any function may travel as its source, whatever its parameters.
type InlineFunction = (...args: any[]) => unknown;

/**
 * `(fn)(arg, …)` as one minified inline script: functions travel as their source text, values as
 * JSON. Each function must reference nothing outside itself (its unit tests run it the same way).
 * This keeps page scripts that must fit the content budget as tested TypeScript functions.
 */
export function inlineCall(fn: InlineFunction, ...args: (InlineValue | InlineFunction)[]): string {
  const literal = (arg: InlineValue | InlineFunction) => (typeof arg === 'function' ? String(arg) : JSON.stringify(arg).replace(/</g, '\\u003c'));
  const source = `(${String(fn)})(${args.map(literal).join(',')})`;
  const { code, errors } = minifySync('inline.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`inline script: ${errors.map((error) => error.message).join('; ')}`);
  return code.trim();
}

export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

interface CspContext {
  csp?: { insertScriptHash(hash: `sha256-${string}`): void } | undefined;
}

/** Allows each script through this page's CSP. */
export function allowInlineScripts(astro: CspContext, scripts: readonly string[]): void {
  for (const code of scripts) astro.csp?.insertScriptHash(cspHash(code));
}
