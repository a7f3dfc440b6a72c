import { useEffect, useState } from 'preact/hooks';

/**
 * True while the page is being printed. A report's full tables are rendered only then: on screen
 * they would be diffed on every edit for nothing. `beforeprint` comes before the print layout, and
 * the print media query covers emulated print (PDF export, tests).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    const follow = () => setPrinting(query.matches);
    const start = () => setPrinting(true);
    query.addEventListener('change', follow);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', follow);
    return () => {
      query.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}
