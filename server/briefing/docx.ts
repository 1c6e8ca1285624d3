import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Briefing } from '../../vocab/briefing.ts';
import { svgToPng } from './png.ts';
import { chainMapSvg, FONT_FAMILY } from './svg.ts';
import {
  candidateLines,
  cites,
  gapHeading,
  gapLines,
  HEADINGS,
  industryTargetLine,
  LINK_COLUMNS,
  linkCells,
  NO_GAPS,
  overviewLines,
  PIPELINE_HEADING,
  pipelineLines,
  sourceText,
  targetText,
} from './text.ts';

/** Usable width of an A4 page with 2.2 cm margins, in px at 96 dpi. */
const PAGE_PX = 620;
const COLUMN_PCT = [8, 12, 9, 36, 35];

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

const para = (text: string, opts: { bullet?: boolean; bold?: string } = {}) =>
  new Paragraph({
    children: opts.bold
      ? [new TextRun({ text: opts.bold, bold: true }), new TextRun(text)]
      : [new TextRun(text)],
    ...(opts.bullet ? { bullet: { level: 0 } } : {}),
    spacing: { after: 60 },
  });

const cell = (text: string, header: boolean, pct: number) =>
  new TableCell({
    width: { size: pct, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { fill: 'E8EDF2' } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 19 })] })],
  });

function linkTable(b: Briefing): Table {
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((t, i) => cell(t, header, COLUMN_PCT[i] ?? 20)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(LINK_COLUMNS, true), ...b.links.map((l) => row(linkCells(l), false))],
  });
}

function mapImage(b: Briefing): Paragraph {
  const svg = chainMapSvg(b);
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? PAGE_PX);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 300);
  const scale = Math.min(1, PAGE_PX / w);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: svgToPng(svg),
        transformation: { width: Math.round(w * scale), height: Math.round(h * scale) },
        altText: {
          name: 'chain-map',
          title: `${b.chainName}产业链图`,
          description: `${b.chainName}产业链图（${b.scope.label}）`,
        },
      }),
    ],
  });
}

/** The briefing as a .docx (Word) document, built completely in memory. */
export async function briefingDocx(b: Briefing): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: b.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    heading(HEADINGS.overview, HeadingLevel.HEADING_1),
    ...overviewLines(b).map(([k, v]) => para(v, { bullet: true, bold: `${k}：` })),
    heading(HEADINGS.targets, HeadingLevel.HEADING_1),
    para(industryTargetLine(b), { bullet: true }),
    ...(b.targets.zones.length ? [para('重点区域：', { bullet: true })] : []),
    ...b.targets.zones.map(
      (z) =>
        new Paragraph({
          text: `${z.name}：${targetText(z.output2025, z.valueAdded2025)}${cites(z.cites)}`,
          bullet: { level: 1 },
        }),
    ),
    heading(HEADINGS.map, HeadingLevel.HEADING_1),
    mapImage(b),
    heading(HEADINGS.links, HeadingLevel.HEADING_1),
    linkTable(b),
    heading(HEADINGS.gaps, HeadingLevel.HEADING_1),
    ...(b.gaps.length ? [] : [para(NO_GAPS)]),
    ...b.gaps.flatMap((g) => [
      heading(gapHeading(g), HeadingLevel.HEADING_2),
      ...gapLines(g).map((l) => para(l)),
      ...candidateLines(g, b.poolLoaded).map((l) => para(l, { bullet: true })),
    ]),
    ...(b.pipeline.length
      ? [
          heading(PIPELINE_HEADING, HeadingLevel.HEADING_1),
          ...pipelineLines(b).map((l) => para(l, { bullet: true })),
        ]
      : []),
    heading(HEADINGS.sources, HeadingLevel.HEADING_1),
    ...b.sources.map((s) => para(`[${s.n}] ${sourceText(s)}`)),
  ];
  const doc = new Document({
    creator: '产业链图谱',
    title: b.title,
    description: `${b.chainName} · ${b.scope.label} · ${b.date}`,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT_FAMILY, eastAsia: FONT_FAMILY, hAnsi: FONT_FAMILY }, size: 21 },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: '2.2cm', bottom: '2.2cm', left: '2.2cm', right: '2.2cm' } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
