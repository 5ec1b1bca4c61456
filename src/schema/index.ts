// The schema layer's one door: cells → typed records + issues, and the sheet definitions.
// Only what other layers use is exported here; the single sheet definitions and the cell
// parsers stay behind SHEET_DEFS / readWorkbook.
export { readWorkbook, sheetDefByName } from './read';
export { columnLetter, toA1, parseA1, parseCell, parseRange, quoteSheet } from './a1';
export { formatSlots, formatDays } from './format';
export { SHEET_DEFS, OUTPUT_SHEET_DEFS, SETTING_NAMES } from './sheets';
export type { ColumnDef, SheetDef } from './sheets';
export { normName } from './names';
export { toCell } from './cell';
export type { Cell } from './cell';
export { makeDayContext, parseSlotList } from './parse';
export { idKey } from './ids';
export { nearest } from './suggest';
export { hasErrors } from './issue';
export type { Issue, Severity } from './issue';
export * from './criteria';
export type * from './records';
