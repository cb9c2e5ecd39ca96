import { createRequire } from 'node:module';
import type { EChartsCoreOption } from 'echarts/core';

/** A chart as the chat shows it: a PNG, and the same facts in words for screen readers and the console. */
export interface ChartImage {
  name: string;
  title: string;
  png: Buffer;
  text: string;
}

const require = createRequire(import.meta.url);

/**
 * The font every chart is drawn in, shipped in an npm package: a server may have no fonts at
 * all, and resvg draws no text without one.
 */
export const CHART_FONT = { family: 'Inter', files: ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf'].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`)) };

type Renderer = (option: EChartsCoreOption, size: { width: number; height: number }) => Buffer;

let loading: Promise<Renderer> | null = null;

// ECharts and resvg are loaded on the first chart, not at start-up: most runs draw none.
async function loadRenderer(): Promise<Renderer> {
  const [echarts, charts, components, renderers, { Resvg }] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
    import('@resvg/resvg-js'),
  ]);
  echarts.use([charts.SankeyChart, charts.FunnelChart, charts.BarChart, charts.LineChart, components.TitleComponent, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
  return (option, { width, height }) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      // Animation off: server-side, an animated chart is drawn before its labels appear.
      chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: CHART_FONT.family }, ...option });
      const svg = chart.renderToSVGString();
      return new Resvg(svg, { font: { fontFiles: CHART_FONT.files, loadSystemFonts: false, defaultFontFamily: CHART_FONT.family } }).render().asPng();
    } finally {
      chart.dispose();
    }
  };
}

/**
 * Draws an ECharts option as a PNG, without a browser. resvg's native memory is given back only
 * when its finalizers run, which needs the event loop to turn: a loop of renders that never
 * yields grew by the image's size each time (1.5 MB at 800×450), so every render first yields.
 */
export async function renderPng(option: EChartsCoreOption, size = { width: 800, height: 450 }): Promise<Buffer> {
  loading ??= loadRenderer();
  const render = await loading;
  await new Promise((resolve) => setImmediate(resolve));
  return render(option, size);
}
