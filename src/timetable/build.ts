// WorkbookRecords → TimetableProblem: IDs become indexes, slots become day-major numbers,
// defaults are filled in. Unresolvable references are skipped here (validation reports them);
// the issues returned are the ones only this build can see (sync groups it cannot line up,
// locked rows it cannot honour).
import type { Issue } from '../schema/issue';
import type { Slot, TimetableRow, WorkbookRecords } from '../schema/records';
import { idKey } from '../schema/ids';
import { TIMETABLE_CRITERIA, type TimetableCriterion } from '../schema/criteria';
import type { PinnedLesson, TCourse, TimetableProblem, TimetableWeights } from './model';
import { syncPlan } from './search/sync';

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  const m = new Map<string, number>();
  items.forEach((it, i) => {
    const k = idKey(it.id);
    if (!m.has(k)) m.set(k, i);
  });
  return m;
}

function resolve(ids: readonly string[], index: Map<string, number>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const i = index.get(idKey(id));
    if (i !== undefined && !out.includes(i)) out.push(i);
  }
  return out;
}

export function buildTimetableProblem(records: WorkbookRecords): { problem: TimetableProblem; issues: Issue[] } {
  const issues: Issue[] = [];
  const { settings } = records;
  const days = settings.days.length > 0 ? settings.days : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  const P = Math.max(1, Math.floor(settings.periodsPerDay || 1));
  const S = days.length * P;
  const slotOf = (s: Slot): number | undefined =>
    s.day >= 0 && s.day < days.length && s.period >= 0 && s.period < P ? s.day * P + s.period : undefined;
  const slots = (list: readonly Slot[]): number[] => {
    const set = new Set<number>();
    for (const s of list) {
      const n = slotOf(s);
      if (n !== undefined) set.add(n);
    }
    return [...set].sort((a, b) => a - b);
  };

  const weights = { ...TIMETABLE_CRITERIA } as TimetableWeights;
  for (const [name, value] of Object.entries(records.weights.values)) {
    if (name in weights && Number.isFinite(value)) weights[name as TimetableCriterion] = value;
  }

  const roomIndex = indexBy(records.locations);
  const teacherIndex = indexBy(records.teachers);
  const bodyIndex = indexBy(records.studentBodies);
  const courseIndex = indexBy(records.courses);

  const teachers = records.teachers.map((t) => ({
    id: t.id,
    name: t.name,
    unavailable: slots(t.unavailable),
    maxPerWeek: t.maxLessonsPerWeek,
    maxPerDay: t.maxLessonsPerDay,
    maxDays: t.maxDays,
    homeRoom: t.homeRoom !== undefined ? roomIndex.get(idKey(t.homeRoom)) : undefined,
    freePeriods: t.freePeriods,
    campus: t.campus,
  }));
  const rooms = records.locations.map((l) => ({
    id: l.id,
    capacity: l.capacity,
    facilities: l.facilities.map((f) => f.trim().toLowerCase()),
    unavailable: slots(l.unavailable),
    campus: l.campus,
  }));
  const bodies = records.studentBodies.map((b) => ({
    id: b.id,
    size: b.size,
    unavailable: slots(b.unavailable),
    lessonsPerWeek: b.lessonsPerWeek,
    maxPerDay: b.maxLessonsPerDay,
    freePeriods: b.freePeriods,
  }));
  const allRooms = rooms.map((_, i) => i);

  const courses: TCourse[] = records.courses.map((c) => {
    const bodyIdx = resolve(c.studentBodies, bodyIndex);
    const given = resolve(c.rooms, roomIndex);
    return {
      id: c.id,
      subject: c.subject,
      teachers: resolve(c.teachers, teacherIndex),
      bodies: bodyIdx,
      size: c.classSize ?? bodyIdx.reduce((sum, b) => sum + bodies[b].size, 0),
      lessons: Math.max(0, Math.floor(c.lessonsPerWeek)),
      minConsecutive: Math.max(1, Math.floor(c.minConsecutive || 1)),
      minDays: Math.max(0, Math.floor(c.minDays || 0)),
      maxPerDay: c.maxPerDay,
      roomCandidates: given.length > 0 ? given : allRooms.slice(),
      facilities: c.facilities.map((f) => f.trim().toLowerCase()),
      unavailable: slots(c.unavailable),
      fixed: slots(c.fixedTimes),
      preferredPeriod: c.preferredPeriod,
      sync: c.sync !== undefined && c.sync.trim() !== '' ? c.sync : undefined,
      optional: c.optional,
    };
  });

  const meetings = records.groups.map((g) => {
    const ts: number[] = [];
    const bs: number[] = [];
    for (const m of g.members) {
      const t = teacherIndex.get(idKey(m));
      const b = bodyIndex.get(idKey(m));
      if (t !== undefined && !ts.includes(t)) ts.push(t);
      else if (b !== undefined && !bs.includes(b)) bs.push(b);
    }
    return {
      id: g.id,
      teachers: ts,
      bodies: bs,
      slots: slots(g.meetingTimes),
      room: g.room !== undefined ? roomIndex.get(idKey(g.room)) : undefined,
      mandatory: g.mandatory,
    };
  });

  // Existing Timetable rows: Locked ones are kept as they are; with Start from previous the
  // others seed the search.
  const locked: PinnedLesson[] = [];
  const previous: PinnedLesson[] = [];
  const lockedPerCourse = new Map<number, number>();
  const pinOf = (row: TimetableRow): PinnedLesson | undefined => {
    if (row.day === undefined || row.period === undefined) return undefined;
    const course = courseIndex.get(idKey(row.course));
    const slot = slotOf({ day: row.day, period: row.period });
    if (course === undefined || slot === undefined) return undefined;
    const pin: PinnedLesson = { course, slot };
    if (row.teacher) {
      const t = teacherIndex.get(idKey(row.teacher));
      if (t !== undefined) pin.teacher = t;
    }
    if (row.room) {
      const r = roomIndex.get(idKey(row.room));
      if (r !== undefined) pin.room = r;
    }
    return pin;
  };
  const tSheet = records.sheetNames.timetable ?? 'Timetable';
  for (const row of records.timetable) {
    const pin = pinOf(row);
    if (!pin) continue;
    if (row.locked) {
      const c = courses[pin.course];
      const n = lockedPerCourse.get(pin.course) ?? 0;
      if (n >= c.lessons) {
        issues.push({
          severity: 'warning',
          sheet: tSheet,
          cell: row.origin.rowCell,
          code: 'locked-too-many',
          message: `Course ${c.id} has ${c.lessons} lessons a week but more Locked rows; this one is ignored.`,
          suggestion: 'Unlock or delete the extra row.',
        });
        continue;
      }
      if (locked.some((l) => l.course === pin.course && l.slot === pin.slot)) continue;
      lockedPerCourse.set(pin.course, n + 1);
      locked.push(pin);
    } else if (settings.startFromPrevious) {
      previous.push(pin);
    }
  }
  const lockedTeacher = new Map<number, number>();
  for (const l of locked) {
    if (l.teacher === undefined) continue;
    const prev = lockedTeacher.get(l.course);
    if (prev !== undefined && prev !== l.teacher) {
      issues.push({
        severity: 'warning',
        sheet: tSheet,
        cell: records.headerCells.timetable ?? 'A1',
        code: 'locked-teachers-differ',
        message: `Locked rows of course ${courses[l.course].id} name different teachers; one teacher teaches every lesson of a course, so ${teachers[prev].id} is kept.`,
      });
    } else lockedTeacher.set(l.course, l.teacher);
  }
  const problem: TimetableProblem = {
    days: days.slice(),
    periodsPerDay: P,
    periodNames: settings.periodNames.slice(),
    weights,
    roomCapacity: settings.roomCapacity,
    teachers,
    rooms,
    bodies,
    courses,
    meetings,
    locked,
    previous,
  };
  void S;

  const cSheet = records.sheetNames.courses ?? 'Courses';
  for (const note of syncPlan(problem).dropped) {
    const rec = records.courses[note.course];
    issues.push({
      severity: 'warning',
      sheet: cSheet,
      cell: rec.origin.cells.sync ?? rec.origin.rowCell,
      code: 'sync-mismatch',
      message: note.message,
      suggestion: 'Give courses that share a Sync ID the same Lessons per week and Min consecutive.',
    });
  }
  return { problem, issues };
}
