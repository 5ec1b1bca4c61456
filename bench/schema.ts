// `npm run bench -- schema [--runs N]`: how long readWorkbook takes on workbooks of the sizes of
// `periodic example --size small|medium|large` (built here, deterministically, so this suite does
// not depend on the example generator). Target: the large one well under 100 ms.
import { readWorkbook } from '../src/schema';
import type { SheetValues } from '../src/schema/records';
import { printTable, writeResults } from './results';

interface Size {
  name: string;
  teachers: number;
  rooms: number;
  bodies: number;
  courses: number;
  students: number;
  clubs: number;
  choices: number;
}

const SIZES: Size[] = [
  { name: 'small', teachers: 30, rooms: 25, bodies: 20, courses: 150, students: 400, clubs: 50, choices: 5 },
  { name: 'large', teachers: 80, rooms: 60, bodies: 48, courses: 500, students: 1200, clubs: 120, choices: 7 },
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticWorkbook(z: Size, seed = 1): SheetValues {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  const teachers = Array.from({ length: z.teachers }, (_, i) => `T${i + 1}`);
  const rooms = Array.from({ length: z.rooms }, (_, i) => `R${i + 1}`);
  const bodies = Array.from({ length: z.bodies }, (_, i) => `${7 + (i % 6)}${String.fromCharCode(97 + Math.floor(i / 6))}`);
  const clubs = Array.from({ length: z.clubs }, (_, i) => `Club ${i + 1}`);
  const students = Array.from({ length: z.students }, (_, i) => `Student ${i + 1}`);
  return {
    Settings: [['Setting', 'Value'], ['Days', days.join(', ')], ['Periods per day', 7], ['Club days', 'Tue, Wed, Thu']],
    Teachers: [['ID', 'Name', 'Unavailable', 'Max lessons per week'], ...teachers.map((t) => [t, `Teacher ${t}`, r() < 0.3 ? `${pick(days)} 1-2, ${pick(days)}` : null, 24])],
    Locations: [['ID', 'Capacity', 'Facilities'], ...rooms.map((id) => [id, 20 + Math.floor(r() * 15), r() < 0.2 ? 'lab; projector' : null])],
    StudentBodies: [['ID', 'Size'], ...bodies.map((b) => [b, 24 + Math.floor(r() * 6)])],
    Courses: [
      ['ID', 'Subject', 'Teacher', 'Student bodies', 'Lessons per week', 'Min consecutive', 'Room', 'Fixed times', 'Optional'],
      ...Array.from({ length: z.courses }, (_, i) => [`C${i + 1}`, `Subject ${i % 17}`, r() < 0.1 ? `${pick(teachers)}, ${pick(teachers)}` : pick(teachers), pick(bodies), 1 + Math.floor(r() * 5), r() < 0.1 ? 2 : 1, r() < 0.2 ? pick(rooms) : null, r() < 0.05 ? `${pick(days)} ${1 + Math.floor(r() * 7)}` : null, r() < 0.05 ? 'yes' : null]),
    ],
    Clubs: [['Club', 'Teacher', 'Min members', 'Max members', 'Grades', 'Days'], ...clubs.map((c) => [c, pick(teachers), 6, 25, r() < 0.2 ? '9-10' : null, r() < 0.3 ? 'Tue, Thu' : null])],
    Students: [['Student', 'Grade', 'Gender', 'Active'], ...students.map((s) => [s, 7 + Math.floor(r() * 6), pick(['f', 'm']), 'yes'])],
    Votes: [['Student', ...Array.from({ length: z.choices }, (_, k) => `Choice ${k + 1}`)], ...students.map((s) => [s, ...Array.from({ length: z.choices }, () => pick(clubs))])],
    ClubRules: [['Rule', 'Club', 'Student', 'Other club'], ['preselect', clubs[0], students[0], null], ['exclude', clubs[1], null, clubs[2]]],
  };
}

function cellCount(wb: SheetValues): number {
  return Object.values(wb).reduce((n, g) => n + g.reduce((m, row) => m + row.length, 0), 0);
}

export default async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Math.max(1, Number(args[i + 1]) || 20) : 20;
  const rows: Array<Record<string, string | number>> = [];
  for (const z of SIZES) {
    const wb = syntheticWorkbook(z);
    for (let w = 0; w < 3; w++) readWorkbook(wb); // warm up the JIT
    const times: number[] = [];
    let issues = 0;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      const res = readWorkbook(wb);
      times.push(performance.now() - t0);
      issues = res.issues.length;
    }
    times.sort((a, b) => a - b);
    const ms = (x: number) => Math.round(x * 100) / 100;
    rows.push({ size: z.name, cells: cellCount(wb), students: z.students, courses: z.courses, voteCells: z.students * z.choices, issues, runs, minMs: ms(times[0]), medianMs: ms(times[Math.floor(runs / 2)]), maxMs: ms(times[runs - 1]) });
  }
  printTable(rows);
  const file = writeResults('schema', rows, { target: 'large: median well under 100 ms', note: 'shared machine: compare minMs across runs, medians move with load' });
  console.log(`\nwritten ${file}`);
}
