import { lazy, Suspense, useEffect, useState } from "react";
import type { TrendChartProps } from "./trend-chart";

const TrendChart = lazy(() => import("./trend-chart"));

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * Charts are drawn only in the browser, after hydration: server and first client render both show a
 * placeholder of the chart's height, so nothing jumps and hydration never sees a mismatched SVG.
 */
export function ChartSlot(props: TrendChartProps) {
  const hydrated = useHydrated();
  const placeholder = (
    <div className="metric-chart__placeholder" style={{ height: props.height }}>
      Loading chart…
    </div>
  );
  if (!hydrated) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <TrendChart {...props} />
    </Suspense>
  );
}
