// Shared view machinery: colours per subject, merged fills, fitted tables, stacked grids.
export { PALETTE, colourMap, colourOf } from './color';
export { mergeFills } from './fills';
export { fitWidths, cellText, tableSheet, yesNo, round, percent } from './sheet';
export { stackedGrids } from './grid';
export { ReportRows } from './report';
export type { Grid, GridCell, GridLayout } from './grid';
