declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const ext: Ext;
  export default ext;
}

declare namespace cytoscape {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
