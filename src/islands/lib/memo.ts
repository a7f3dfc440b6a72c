import { h, type Component, type FunctionComponent } from 'preact';

function shallowDiffers(previous: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key in previous) if (!(key in next)) return true;
  for (const key in next) if (previous[key] !== next[key]) return true;
  return false;
}

/**
 * Renders a component again only when one of its props changed identity: with 500 rows on a page,
 * an edit re-renders the one row it touched. (preact/compat has memo too, but brings the whole
 * compatibility layer along.)
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = function (this: Component<P>, next: P) {
      return shallowDiffers(this.props as Record<string, unknown>, next as Record<string, unknown>);
    };
    return h(render, props);
  }
  Memoed.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memoed as FunctionComponent<P>;
}
