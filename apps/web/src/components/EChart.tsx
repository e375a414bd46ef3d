// One ECharts instance in a div: created on mount, disposed on unmount, resized with its container.
// Charts register the series and components they use (echarts/core `use`) so the bundle holds only those.
import { CanvasRenderer } from 'echarts/renderers';
// echarts' `use` is not a React hook: renamed so the hooks lint rule does not mistake it for one
import { init, use as registerParts, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useRef, type CSSProperties } from 'react';

registerParts([CanvasRenderer]);

export interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  style?: CSSProperties;
  /** Read by screen readers in place of the canvas. */
  ariaLabel?: string;
  onClick?: (params: { name: string; dataIndex: number; value: unknown }) => void;
}

export function EChart({ option, height = 280, style, ariaLabel, onClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onClick);
  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.(params as { name: string; dataIndex: number; value: unknown }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option replaces the old one (series removed between renders must go)
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
