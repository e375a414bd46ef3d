// The ECharts parts the dashboard draws with, registered once (tree-shaken: nothing else is bundled).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use as registerParts } from 'echarts/core'; // not a React hook

registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent]);

/** Bars and lines in the app's primary colour; the pie uses the palette. */
export const chartColor = '#1664c0';
export const palette = ['#1664c0', '#13a8a8', '#722ed1', '#d46b08', '#389e0d', '#cf1322'];
