import { readFile } from 'node:fs/promises';
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
  const [echarts, charts, components, renderers, { initWasm, Resvg }] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
    import('@resvg/resvg-wasm'),
  ]);
  await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fontBuffers = await Promise.all(CHART_FONT.files.map(async (file) => new Uint8Array(await readFile(file))));
  echarts.use([charts.SankeyChart, charts.FunnelChart, charts.BarChart, components.TitleComponent, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
  return (option, { width, height }) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      // Animation off: server-side, an animated chart is drawn before its labels appear.
      chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: CHART_FONT.family }, ...option });
      const svg = chart.renderToSVGString();
      const resvg = new Resvg(svg, { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: CHART_FONT.family } });
      // WebAssembly memory is not garbage-collected: each object is freed as soon as it is done.
      try {
        const image = resvg.render();
        try {
          return Buffer.from(image.asPng());
        } finally {
          image.free();
        }
      } finally {
        resvg.free();
      }
    } finally {
      chart.dispose();
    }
  };
}

/**
 * Draws an ECharts option as a PNG, without a browser: SVG from ECharts, rasterised by resvg
 * compiled to WebAssembly (the same on every platform, nothing native to install). resvg-js, the
 * native build, was measured here first: 2.6.2 grew by the image's size on every render and never
 * gave it back (1.6 GB after 1,000), and its 2.7 alpha is not published for most platforms, so
 * `npm ci` refuses its lock file.
 */
export async function renderPng(option: EChartsCoreOption, size = { width: 800, height: 450 }): Promise<Buffer> {
  // A load that failed (a file briefly unreadable) is tried again by the next chart, not kept.
  loading ??= loadRenderer().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  const render = await loading;
  return render(option, size);
}
