// Best cost over time as a small SVG line: enough to see whether the search is still improving.
import * as React from 'react';
import type { CostPoint } from '../state';
import { formatCost } from '../state';

export function CostChart({ points, limitMs, width = 260, height = 64 }: {
  points: readonly CostPoint[];
  limitMs: number;
  width?: number;
  height?: number;
}): React.JSX.Element | null {
  const finite = points.filter((p) => Number.isFinite(p.cost));
  if (finite.length === 0) return null;
  const max = Math.max(...finite.map((p) => p.cost));
  const min = Math.min(...finite.map((p) => p.cost));
  const span = max - min || 1;
  const tMax = Math.max(limitMs, ...finite.map((p) => p.elapsedMs), 1);
  const pad = 2;
  const x = (t: number) => pad + (t / tMax) * (width - 2 * pad);
  // Log scale: the first seconds drop the cost by orders of magnitude; later gains must still show.
  const y = (c: number) => pad + (1 - Math.log1p(c - min) / Math.log1p(span)) * (height - 2 * pad);
  // A step line: the best cost holds until the next improvement.
  const path = finite.map((p, i) => `${i === 0 ? 'M' : 'H'}${x(p.elapsedMs).toFixed(1)}${i === 0 ? ` ${y(p.cost).toFixed(1)}` : ` V${y(p.cost).toFixed(1)}`}`).join(' ');
  const last = finite[finite.length - 1];
  return (
    <svg role="img" aria-label={`Best cost over time: from ${formatCost(finite[0].cost)} to ${formatCost(last.cost)}`}
      width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="cost-chart">
      <rect x={0} y={0} width={width} height={height} fill="#fafafa" stroke="#e0e0e0" />
      <path d={`${path} H${x(last.elapsedMs).toFixed(1)}`} fill="none" stroke="#0f6cbd" strokeWidth={1.5} />
    </svg>
  );
}
