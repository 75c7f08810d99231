// Amounts per month as bars, side by side or stacked, with an optional dashed line over
// them: the two Revenue charts. Drawn as SVG with visx (d3's scales and shapes as React
// components), so it renders with the screen in one pass and takes the theme's colours.
// Every chart sits in a ChartCard whose table view holds the same figures for keyboard
// and screen-reader users; the pointer tooltip here is for the eye only.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { localPoint } from '@visx/event';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarRounded, LinePath } from '@visx/shape';
import { TooltipWithBounds, useTooltip } from '@visx/tooltip';
import { type PointerEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatMoney } from '../../lib/format.ts';
import { formatCompactMoney, formatMonth } from './format.ts';

export interface MonthSeries {
  key: string;
  name: string;
  /** A CSS colour, usually one of the --chart-* variables. */
  color: string;
  /** One amount in minor units per month. */
  values: readonly number[];
}

export interface MonthChartProps {
  months: readonly string[];
  bars: readonly MonthSeries[];
  layout: 'grouped' | 'stacked';
  /** Drawn as a dashed line over the bars. */
  line?: MonthSeries;
  currency: string;
  /** What the chart shows, for assistive technology. */
  description: string;
  height?: number;
}

const MARGIN = { top: 8, right: 8, bottom: 24, left: 64 };
/** Room one month label needs ("Nov 26"); fewer labels are shown when months are narrower. */
const LABEL_WIDTH = 48;
const RADIUS = 2;

/** The element's content width, known before the first paint and kept up to date. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Rounded the same way here and in the observer, whose first report (always sent) then
    // changes nothing and draws nothing again.
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * A tick's label as plain SVG text. (visx's own Text measures every word in the document to
 * wrap lines, which one-line labels do not need.)
 */
function TickLabel({
  x,
  y,
  dx = 0,
  dy,
  anchor,
  text,
}: {
  x: number;
  y: number;
  dx?: number;
  dy: string;
  anchor: 'end' | 'middle';
  text: string | undefined;
}) {
  return (
    <text x={x} y={y} dx={dx} dy={dy} textAnchor={anchor} fill="var(--text-muted)" fontSize={11}>
      {text}
    </text>
  );
}

export function MonthChart({ months, bars, layout, line, currency, description, height = 260 }: MonthChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { tooltipOpen, tooltipData: hovered, tooltipLeft, tooltipTop, showTooltip, hideTooltip } = useTooltip<number>();
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;

  const x = useMemo(() => scaleBand<string>({ domain: [...months], range: [0, innerWidth], padding: 0.2 }), [months, innerWidth]);
  const y = useMemo(() => {
    const tops = months.map((_, i) => {
      const own = bars.map((s) => s.values[i] ?? 0);
      const bar = layout === 'stacked' ? own.reduce((sum, v) => sum + Math.max(0, v), 0) : Math.max(0, ...own);
      return Math.max(bar, line?.values[i] ?? 0);
    });
    const bottoms = months.map((_, i) => Math.min(0, ...bars.map((s) => s.values[i] ?? 0), line?.values[i] ?? 0));
    return scaleLinear<number>({ domain: [Math.min(0, ...bottoms), Math.max(1, ...tops)], range: [innerHeight, 0], nice: true });
  }, [months, bars, layout, line, innerHeight]);
  const inner = useMemo(() => scaleBand<string>({ domain: bars.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.1 }), [bars, x]);

  // Every month when there is room, else every nth counted back from the last.
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(1, x.step())));
  const labelled = months.filter((_, i) => (months.length - 1 - i) % every === 0);

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const point = localPoint(event);
    if (!point || months.length === 0) return;
    const index = Math.min(months.length - 1, Math.max(0, Math.floor((point.x - MARGIN.left) / x.step())));
    showTooltip({
      tooltipData: index,
      tooltipLeft: MARGIN.left + (x(months[index]!) ?? 0) + x.bandwidth() / 2,
      tooltipTop: MARGIN.top + 12,
    });
  };

  return (
    <div className="month-chart">
      <div ref={ref} className="month-chart__plot" style={{ height }}>
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-label={description}>
            <Group left={MARGIN.left} top={MARGIN.top}>
              <GridRows scale={y} width={innerWidth} numTicks={5} stroke="var(--border)" />
              {hovered !== undefined && tooltipOpen && (
                <rect
                  x={(x(months[hovered]!) ?? 0) - (x.step() - x.bandwidth()) / 2}
                  y={0}
                  width={x.step()}
                  height={innerHeight}
                  fill="var(--surface-hover)"
                />
              )}
              {months.map((month, i) => {
                const left = x(month) ?? 0;
                if (layout === 'grouped') {
                  return bars.map((s) => {
                    const value = s.values[i] ?? 0;
                    const top = y(Math.max(0, value));
                    const barHeight = Math.abs(y(value) - y(0));
                    return barHeight > 0 ? (
                      <BarRounded
                        key={`${month}-${s.key}`}
                        x={left + (inner(s.key) ?? 0)}
                        y={top}
                        width={inner.bandwidth()}
                        height={barHeight}
                        radius={RADIUS}
                        top
                        fill={s.color}
                      />
                    ) : null;
                  });
                }
                let base = 0;
                const drawn = bars.filter((s) => (s.values[i] ?? 0) > 0);
                return drawn.map((s, layer) => {
                  const value = s.values[i] ?? 0;
                  const top = y(base + value);
                  const barHeight = y(base) - top;
                  base += value;
                  return (
                    <BarRounded
                      key={`${month}-${s.key}`}
                      x={left}
                      y={top}
                      width={x.bandwidth()}
                      height={barHeight}
                      radius={layer === drawn.length - 1 ? RADIUS : 0}
                      top
                      fill={s.color}
                    />
                  );
                });
              })}
              {line && (
                <LinePath
                  data={months.map((month, i) => [(x(month) ?? 0) + x.bandwidth() / 2, y(line.values[i] ?? 0)] as [number, number])}
                  x={(p) => p[0]}
                  y={(p) => p[1]}
                  stroke={line.color}
                  strokeWidth={2}
                  strokeDasharray="4 3"
                />
              )}
              <AxisLeft
                scale={y}
                numTicks={5}
                tickFormat={(value) => formatCompactMoney(Number(value), currency)}
                stroke="var(--border)"
                tickStroke="var(--border)"
                tickComponent={({ x: tx, y: ty, formattedValue }) => (
                  <TickLabel x={tx} y={ty} dx={-2} dy="0.32em" anchor="end" text={formattedValue} />
                )}
              />
              <AxisBottom
                top={innerHeight}
                scale={x}
                tickValues={labelled}
                tickFormat={(month) => formatMonth(month, true)}
                stroke="var(--border)"
                tickStroke="var(--border)"
                tickComponent={({ x: tx, y: ty, formattedValue }) => (
                  <TickLabel x={tx} y={ty} dy="0.6em" anchor="middle" text={formattedValue} />
                )}
              />
              {/* Takes the pointer over the whole plot; positions come from the SVG (localPoint). */}
              <rect width={innerWidth} height={innerHeight} fill="transparent" onPointerMove={onPointerMove} onPointerLeave={hideTooltip} />
            </Group>
          </svg>
        )}
        {tooltipOpen && hovered !== undefined && (
          <TooltipWithBounds left={tooltipLeft} top={tooltipTop} unstyled applyPositionStyle className="chart-tooltip">
            <div className="chart-tooltip__title">{formatMonth(months[hovered] ?? '')}</div>
            {[...bars, ...(line ? [line] : [])].map((s) => (
              <div key={s.key} className="chart-tooltip__row">
                <span className="chart-swatch" style={{ background: s.color }} aria-hidden="true" />
                <span>{s.name}</span>
                <span className="chart-tooltip__value">{formatMoney(s.values[hovered] ?? 0, currency)}</span>
              </div>
            ))}
          </TooltipWithBounds>
        )}
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {bars.map((s) => (
          <li key={s.key}>
            <span className="chart-swatch" style={{ background: s.color }} />
            {s.name}
          </li>
        ))}
        {line && (
          <li>
            <span className="chart-swatch chart-swatch--line" style={{ borderColor: line.color }} />
            {line.name}
          </li>
        )}
      </ul>
    </div>
  );
}
