// Timetable by Class / by Teacher / by Room: a grid per resource, periods down and days across,
// cells "Subject · Teacher · Room" (plus the classes where the grid is not a class's own), filled
// by subject colour. Group meetings show in grey where they block a member or a room.
import type { OutputSheet } from '../core/output';
import type { TimetableProblem, TimetableSolution } from './model';
import { colourMap, colourOf } from '../views/color';
import { stackedGrids, type Grid, type GridLayout } from '../views/grid';

const MEETING_FILL = '#D9D9D9';
export type GridKind = 'class' | 'teacher' | 'room';
export const GRID_SHEETS: Record<GridKind, string> = {
  class: 'Timetable by Class',
  teacher: 'Timetable by Teacher',
  room: 'Timetable by Room',
};

export const periodLabels = (problem: TimetableProblem): string[] =>
  Array.from({ length: problem.periodsPerDay }, (_, p) => problem.periodNames[p]?.trim() || String(p + 1));

export function timetableGrid(problem: TimetableProblem, solution: TimetableSolution, kind: GridKind): { sheet: OutputSheet; layout: GridLayout } {
  const { courses, teachers, rooms, bodies, days, periodsPerDay: P } = problem;
  const colours = colourMap(courses.map((c) => c.subject));
  const resources = kind === 'class' ? bodies : kind === 'teacher' ? teachers : rooms;
  const title = (r: { id: string; name?: string }): string => (r.name && r.name !== r.id ? `${r.id} — ${r.name}` : r.id);
  const grids: Grid[] = resources.map((r) => ({ title: title(r), cells: Array.from({ length: P }, () => new Array(days.length).fill(undefined)) }));
  const put = (res: number, slot: number, text: string, colour: string | undefined): void => {
    const grid = grids[res];
    if (!grid || slot < 0 || slot >= P * days.length) return;
    const [p, d] = [slot % P, Math.floor(slot / P)];
    const cell = grid.cells[p][d];
    // Two entries in one cell can only come from an edited sheet: show both, keep the first colour.
    grid.cells[p][d] = cell ? { text: `${cell.text}\n${text}`, colour: cell.colour } : { text, colour };
  };

  for (const l of solution.lessons) {
    const c = courses[l.course];
    if (!c || l.slot === null) continue;
    const teacher = l.teacher !== null ? (teachers[l.teacher]?.id ?? '?') : '—';
    const room = l.room !== null ? (rooms[l.room]?.id ?? '?') : '—';
    const classes = c.bodies.map((b) => bodies[b]?.id).filter(Boolean).join(', ');
    const base = `${c.subject} · ${teacher} · ${room}`;
    const text = kind === 'class' || !classes ? base : `${base} · ${classes}`;
    const colour = colourOf(colours, c.subject);
    const owners = kind === 'class' ? c.bodies : kind === 'teacher' ? (l.teacher !== null ? [l.teacher] : []) : l.room !== null ? [l.room] : [];
    for (const r of owners) put(r, l.slot, text, colour);
  }
  for (const m of problem.meetings) {
    const owners = kind === 'class' ? (m.mandatory ? m.bodies : []) : kind === 'teacher' ? (m.mandatory ? m.teachers : []) : m.room !== undefined ? [m.room] : [];
    for (const r of owners) for (const s of m.slots) put(r, s, `Meeting: ${m.id}`, MEETING_FILL);
  }
  return stackedGrids(GRID_SHEETS[kind], 'Period', periodLabels(problem), days, grids);
}
