import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './svg.ts';

/** Rasterises an SVG to PNG with resvg, using the system fonts (Noto Sans CJK from fonts-noto-cjk). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
