import { countKey, LINK_STATUSES, STATUS } from '../../../vocab/status.ts';
import type { ChainPipelineQuery } from '../api/types.generated.ts';
import { zh } from '../i18n/zh.ts';

type Month = ChainPipelineQuery['chain']['health'][number];

const W = 300;
const H = 120;
const PAD = { left: 22, bottom: 18, top: 6 };

/** A chain's health over time: one stacked bar per month (strong at the bottom, then weak, then missing). */
export function HealthChart({ months }: { months: readonly Month[] }) {
  const total = Math.max(1, ...months.map((m) => m.total));
  const plotH = H - PAD.bottom - PAD.top;
  const step = (W - PAD.left) / Math.max(1, months.length);
  const bar = Math.max(4, step * 0.7);
  const last = months.at(-1);
  return (
    <figure className="health-chart" data-testid="health-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={zh.pipeline.health}>
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" fontSize="9" fill="#5b6773">
          {total}
        </text>
        <text x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end" fontSize="9" fill="#5b6773">
          0
        </text>
        {months.map((m, i) => {
          const x = PAD.left + i * step + (step - bar) / 2;
          let y = H - PAD.bottom;
          return (
            <g key={m.month} data-month={m.month} data-weak={m.weak} data-missing={m.missing}>
              <title>{`${m.month}：${LINK_STATUSES.map((s) => `${STATUS[s].label} ${m[countKey(s)]}`).join('，')}`}</title>
              {LINK_STATUSES.map((s) => {
                const h = (m[countKey(s)] / total) * plotH;
                y -= h;
                return (
                  <rect
                    key={s}
                    x={x}
                    y={y}
                    width={bar}
                    height={h}
                    fill={s === 'MISSING' ? STATUS[s].chipFill : STATUS[s].fill}
                    stroke={STATUS[s].border}
                    strokeWidth={0.5}
                    strokeDasharray={STATUS[s].borderStyle === 'dashed' ? '2 1' : undefined}
                  />
                );
              })}
              {(i % 3 === 0 || i === months.length - 1) && (
                <text x={x + bar / 2} y={H - 5} textAnchor="middle" fontSize="9" fill="#5b6773">
                  {m.month.slice(2).replace('-', '.')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {last && (
        <figcaption className="small muted" title={zh.pipeline.healthHint}>
          {zh.pipeline.healthNow(last.strong, last.weak, last.missing)}
        </figcaption>
      )}
    </figure>
  );
}
