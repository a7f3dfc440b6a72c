/**
 * A colour custom property as a colour a canvas understands. Reading the property's text is not
 * enough: tokens are written `light-dark(…, …)`, which a canvas ignores (it keeps drawing in the
 * previous colour, black at first). A probe element lets the browser resolve it, theme and all.
 */
export function cssColor(property: string, host: Element = document.body): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  host.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
