import { Box, SkeletonBodyText } from "@shopify/polaris";
import type { BarChartProps } from "@shopify/polaris-viz";
import { lazy, Suspense, useSyncExternalStore } from "react";

/** Loaded on first render in the browser, so its code is a chunk of its own, fetched only by the home. */
const VizBarChart = lazy(() => import("./viz.client"));

interface Props extends BarChartProps {
  /** The chart's fixed height in pixels: the same before and after it draws, so nothing moves. */
  height: number;
  /** Says what the chart shows, for screen readers and before it draws. */
  label: string;
}

const noSubscription = () => () => {};
const inBrowser = () => true;
/** Also what hydration renders, so the browser's first render matches the server's HTML. */
const onServer = () => false;

/**
 * A polaris-viz bar chart drawn only in the browser: polaris-viz measures the window and its container,
 * which a server render cannot. The server and the first browser render both give a placeholder of the
 * chart's exact height; the chart replaces it once the page is hydrated.
 */
export function ClientBarChart({ height, label, ...chart }: Props) {
  const mounted = useSyncExternalStore(noSubscription, inBrowser, onServer);
  const placeholder = (
    <Box paddingBlockStart="400">
      <SkeletonBodyText lines={4} />
    </Box>
  );
  return (
    <div style={{ height, position: "relative" }} role="figure" aria-label={label}>
      {mounted ? (
        <Suspense fallback={placeholder}>
          <VizBarChart {...chart} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
