import { BarChart, PolarisVizProvider, type BarChartProps } from "@shopify/polaris-viz";
// With the chart code, not in the page's <head>: the browser fetches both when the first chart draws.
import "@shopify/polaris-viz/build/esm/styles.css";

/** polaris-viz's bar chart in its provider; loaded in the browser only (see ClientBarChart). */
export default function VizBarChart(props: BarChartProps) {
  return (
    <PolarisVizProvider>
      <BarChart {...props} />
    </PolarisVizProvider>
  );
}
