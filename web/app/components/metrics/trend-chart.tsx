/**
 * One trend line drawn with recharts. Loaded only in the browser (see ChartSlot), so the server never
 * renders an SVG whose size it cannot know.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendChartPoint = {
  /** The period's first local day, YYYY-MM-DD: unique, so it is the category key. */
  period: string;
  tick: string;
  label: string;
  value: number | null;
  /** Hidden for anonymity (drawn as a gap marked by a dashed line), as opposed to simply empty. */
  hidden: boolean;
};

export type TrendChartProps = {
  points: TrendChartPoint[];
  name: string;
  domain: [number | "auto", number | "auto"];
  format: (value: number) => string;
  height: number;
  zeroLine?: boolean;
};

// Colours from styles.css: the line and text meet WCAG AA against white (6.6:1, 7:1); lines 3:1 or more.
const LINE = "#1f5f8b";
const TEXT = "#4f5868";
const AXIS = "#8a93a3";
const GRID = "#d5d9e0";
const HIDDEN = "#6b7280";

function TooltipBody({
  point,
  name,
  format,
}: {
  point: TrendChartPoint | undefined;
  name: string;
  format: (value: number) => string;
}) {
  if (!point) return null;
  const value = point.hidden ? "Hidden (fewer than 5 ratings)" : point.value === null ? "No data" : format(point.value);
  return (
    <div className="metric-chart__tooltip">
      <strong>{point.label}</strong>
      <br />
      {name}: {value}
    </div>
  );
}

export default function TrendChart({ points, name, domain, format, height, zeroLine = false }: TrendChartProps) {
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const tickOf = (period: string) => byPeriod.get(period)?.tick ?? period;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={points}
        margin={{ top: 12, right: 20, bottom: 4, left: 4 }}
        title={`${name} per period`}
        desc="Left and right arrow keys move from period to period. The same figures are in the trend table."
      >
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={tickOf}
          tick={{ fill: TEXT, fontSize: 12 }}
          stroke={AXIS}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis domain={domain} tickFormatter={format} tick={{ fill: TEXT, fontSize: 12 }} stroke={AXIS} width={56} />
        {zeroLine ? <ReferenceLine y={0} stroke={AXIS} /> : null}
        {points
          .filter((point) => point.hidden)
          .map((point) => (
            <ReferenceLine key={point.period} x={point.period} stroke={HIDDEN} strokeDasharray="4 4" />
          ))}
        <Tooltip
          content={({ label }) => <TooltipBody point={byPeriod.get(String(label))} name={name} format={format} />}
        />
        <Line
          type="linear"
          dataKey="value"
          name={name}
          stroke={LINE}
          strokeWidth={2.5}
          dot={{ r: 4, fill: LINE, stroke: LINE }}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
