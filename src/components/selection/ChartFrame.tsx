// The frame both selection charts draw in: a box whose width useHolderWidth measures, holding an SVG at that
// real size, named by the caption and described by the paragraph the chart sits under. On screen the SVG is
// never scaled: until its code measures the box (the build's width, before the visitor's first move) it
// keeps its height, so nothing below it moves when it is redrawn.
import type { ComponentChildren, Ref } from 'preact';
import type { WidthBounds } from '@/components/shared/use-holder-width';

/** Below 240 px the axis labels collide; past 900 the bars spread too thin to compare. */
export const CHART_WIDTH_BOUNDS: WidthBounds = { min: 240, max: 900 };

interface Props {
  box: Ref<HTMLDivElement>;
  width: number;
  height: number;
  /** Extra class on the SVG, after `chart`. */
  name: string;
  titleId: string;
  descId: string;
  children: ComponentChildren;
}

export function ChartFrame({ box, width, height, name, titleId, descId, children }: Props) {
  return (
    <div ref={box} class="sel-chart-box">
      <svg class={`chart ${name}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        {children}
      </svg>
    </div>
  );
}
