// The schema layer's one door: cells → typed records + issues, and the sheet definitions.
export { readWorkbook, matchSheets, choiceColumn, sheetDefByName } from './read';
export { columnLetter, toA1, parseA1, parseCell, parseRange, quoteSheet } from './a1';
export { formatSlots, formatDays } from './format';
export {
  SHEET_DEFS,
  OUTPUT_SHEET_DEFS,
  SETTING_NAMES,
  CLUB_RULE_KINDS,
  SETTINGS_DEF,
  WEIGHTS_DEF,
  TEACHERS_DEF,
  LOCATIONS_DEF,
  STUDENT_BODIES_DEF,
  COURSES_DEF,
  GROUPS_DEF,
  CLUBS_DEF,
  STUDENTS_DEF,
  VOTES_DEF,
  CLUB_RULES_DEF,
  TIMETABLE_DEF,
  CLUB_ASSIGNMENTS_DEF,
  defaultSettings,
  defaultCellText,
} from './sheets';
export type { ColumnDef, ColumnType, SheetDef, SettingDef } from './sheets';
export { normName } from './names';
export { canonicalCriterion } from './settings';
export { toCell, isBlank, isExcelError, describeCell } from './cell';
export type { Cell } from './cell';
export {
  makeDayContext,
  splitList,
  normalizeGrade,
  parseSlot,
  parseSlotList,
  parseDayList,
  parseYesNo,
  parseInteger,
  parseNumber,
} from './parse';
export type { DayContext, Parsed } from './parse';
export { idKey, cleanId } from './ids';
export { nearest, editDistance } from './suggest';
export { hasErrors } from './issue';
export type { Issue, Severity } from './issue';
export * from './criteria';
export type * from './records';
