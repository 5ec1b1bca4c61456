// The school half of an example workbook: Teachers, Locations, StudentBodies, Courses, Groups.
// Feasible by construction with room to spare: every body's lessons fit in ~2/3 of its periods,
// every teacher's load stays under 70 % of their available periods, and each facility has
// rooms for its lessons at ~55 % use. The generator checks these margins and throws if a size
// spec breaks them, so a bad spec fails loudly instead of producing an unsolvable school.
import type { Random } from './random';
import type { SizeSpec, SubjectSpec } from './sizes';
import { uniqueNames } from './names';

type Row = Array<string | number | null>;

export interface SchoolTeacher {
  id: string;
  subject: string;
  available: number;
  load: number;
}

export interface School {
  teachers: SchoolTeacher[];
  bodies: Array<{ id: string; grade: number; size: number }>;
  sheets: { Teachers: Row[]; Locations: Row[]; StudentBodies: Row[]; Courses: Row[]; Groups: Row[] };
}

interface CourseDraft {
  id: string;
  subject: SubjectSpec;
  bodies: string[];
  size: number;
  teacher?: SchoolTeacher;
  candidates?: SchoolTeacher[];
  room?: string;
  fixed?: string;
  preferred?: number;
  sync?: string;
  unavailable?: string;
  optional?: boolean;
  lessons: number;
}

const TEACHER_MARGIN = 0.7;
const ROOM_USE = 0.55;
const CAPACITY: Record<string, number> = { classroom: 32, lab: 30, computers: 30, art: 30, music: 30, gym: 64, hall: 300 };
const ROOM_NAMES: Record<string, string> = { lab: 'Lab', computers: 'Computer Room', art: 'Art Studio', music: 'Music Room', gym: 'Gym' };

const formLetter = (i: number): string => String.fromCharCode(65 + i);

function takesSubject(s: SubjectSpec, form: number, forms: number): boolean {
  switch (s.forms) {
    case 'even':
      return forms === 1 || form % 2 === 0;
    case 'odd':
      return forms === 1 || form % 2 === 1;
    case 'first-half':
      return forms === 1 || form < Math.ceil(forms / 2);
    case 'second-half':
      return forms > 1 && form >= Math.ceil(forms / 2);
    default:
      return true;
  }
}

/** Split `total` teachers over subjects in proportion to their lessons (largest remainder, ≥ 1 each). */
function teachersPerSubject(lessons: Map<string, number>, total: number): Map<string, number> {
  const sum = [...lessons.values()].reduce((a, b) => a + b, 0);
  const quotas = [...lessons].map(([s, n]) => ({ s, q: (n / sum) * total }));
  const out = new Map(quotas.map(({ s, q }) => [s, Math.max(1, Math.floor(q))]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  const byRemainder = quotas.slice().sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)));
  for (let i = 0; left > 0; i++, left--) {
    const s = byRemainder[i % byRemainder.length].s;
    out.set(s, out.get(s)! + 1);
  }
  return out;
}

export function makeSchool(spec: SizeSpec, rng: Random): School {
  const slots = spec.days.length * spec.periodsPerDay;
  const last = spec.periodsPerDay;
  const top = spec.grades[spec.grades.length - 1];

  // Student bodies: one per form of each grade.
  const bodies = spec.grades.flatMap((grade) =>
    Array.from({ length: spec.formsPerGrade }, (_, f) => ({ id: `${grade}${formLetter(f)}`, grade, form: f, size: rng.int(22, 30) })),
  );

  // Courses, before teachers and rooms are chosen.
  const courses: CourseDraft[] = [];
  for (const grade of spec.grades) {
    const forms = bodies.filter((b) => b.grade === grade);
    for (const s of spec.subjects) {
      const taking = forms.filter((b) => takesSubject(s, b.form, spec.formsPerGrade));
      if (s.paired) {
        for (let i = 0; i < taking.length; i += 2) {
          const group = taking.slice(i, i + 2);
          const id = `${s.subject} ${group.map((b) => b.id).join('+')}`;
          courses.push({ id, subject: s, bodies: group.map((b) => b.id), size: group.reduce((n, b) => n + b.size, 0), lessons: s.lessons });
        }
      } else {
        for (const b of taking) courses.push({ id: `${b.id} ${s.subject}`, subject: s, bodies: [b.id], size: b.size, lessons: s.lessons });
      }
    }
  }
  const topForms = bodies.filter((b) => b.grade === top);
  if (spec.extras) {
    // Fixed times: the top grade's PE goes to the sports ground at the end of Wednesday and Thursday.
    const topPe = courses.filter((c) => c.subject.paired && c.bodies.some((b) => topForms.some((t) => t.id === b)));
    topPe.slice(0, 2).forEach((c, i) => (c.fixed = i === 0 ? `Wed ${last - 1}-${last}` : `Thu ${last - 2}-${last - 1}`));
    // Sync: the top grade's two language halves are taught at the same times.
    const fr = courses.find((c) => c.subject.subject === 'French' && c.bodies[0] === topForms[0].id);
    const es = courses.find((c) => c.subject.subject === 'Spanish' && c.bodies[0] === topForms[topForms.length - 1].id);
    if (fr && es) fr.sync = es.sync = `Languages ${top}`;
    // Youngest grade: Maths early in the day; Computing never in the last two periods on Friday.
    for (const c of courses) {
      if (c.bodies[0].startsWith(String(spec.grades[0])) && c.subject.subject === 'Maths') c.preferred = 2;
      if (c.bodies[0].startsWith(String(spec.grades[0])) && c.subject.subject === 'Computing') c.unavailable = `Fri ${last - 1}-${last}`;
    }
    const latin = topForms.slice(0, 2);
    courses.push({
      id: `Latin ${top}`,
      subject: { subject: 'Latin', lessons: 1 },
      bodies: latin.map((b) => b.id),
      size: 12,
      lessons: 1,
      optional: true,
    });
  }

  // Groups (meetings at fixed times) — they also take periods from teachers, bodies and rooms.
  const lowerGrades = spec.grades.slice(0, Math.ceil(spec.grades.length / 2));
  const assemblies = spec.extras
    ? [
        { id: 'Lower school assembly', when: 'Mon 1', bodies: bodies.filter((b) => lowerGrades.includes(b.grade)).map((b) => b.id) },
        { id: 'Upper school assembly', when: 'Fri 1', bodies: bodies.filter((b) => !lowerGrades.includes(b.grade)).map((b) => b.id) },
      ]
    : [{ id: 'Assembly', when: 'Mon 1', bodies: bodies.map((b) => b.id) }];

  // Teachers: per subject in proportion to its lessons.
  const lessonsBySubject = new Map<string, number>();
  const teachingSubject = (c: CourseDraft): string => (c.subject.subject === 'Latin' ? 'French' : c.subject.subject);
  for (const c of courses) lessonsBySubject.set(teachingSubject(c), (lessonsBySubject.get(teachingSubject(c)) ?? 0) + c.lessons);
  const counts = teachersPerSubject(lessonsBySubject, spec.teachers);
  const people = uniqueNames(rng, spec.teachers, new Set(['john smith']));
  people[0] = { name: 'John Smith', first: 'John', gender: 'M' }; // the broken example misspells him
  const teachers: Array<SchoolTeacher & { unavailable?: string; maxDays?: number; gender: 'F' | 'M' }> = [];
  let p = 0;
  for (const [subject, n] of counts) {
    for (let i = 0; i < n; i++) {
      const person = people[p++];
      const t: (typeof teachers)[number] = { id: person.name, gender: person.gender, subject, available: slots, load: 0 };
      // Part-timers, only where colleagues share the subject (PE keeps its fixed lessons free).
      if (spec.extras && n >= 3 && i === n - 1) {
        t.unavailable = 'Fri';
        t.maxDays = spec.days.length - 1;
        t.available -= spec.periodsPerDay;
      } else if (spec.extras && n >= 4 && i === n - 2) {
        t.unavailable = 'Mon 1-3';
        t.available -= 3;
      }
      teachers.push(t);
    }
  }
  const head = teachers.find((t) => t.subject === 'Humanities' && !t.unavailable) ?? teachers[0];
  head.available -= assemblies.length;
  const heads = spec.extras ? [...counts.keys()].filter((s) => s !== 'PE').map((s) => teachers.find((t) => t.subject === s && !t.unavailable)!) : [];
  for (const h of heads) h.available -= 1;

  // Assign every course a teacher of its subject with the most room to spare.
  const bySize = courses.slice().sort((a, b) => b.lessons - a.lessons || (a.id < b.id ? -1 : 1));
  for (const c of bySize) {
    const subject = teachingSubject(c);
    const pool = teachers.filter((t) => t.subject === subject);
    pool.sort((a, b) => b.available * TEACHER_MARGIN - b.load - (a.available * TEACHER_MARGIN - a.load));
    const t = pool[0];
    if (t.load + c.lessons > t.available * TEACHER_MARGIN) {
      throw new Error(`Example spec too tight: ${subject} needs more teachers (${t.id} would teach ${t.load + c.lessons} of ${t.available} periods)`);
    }
    t.load += c.lessons;
    c.teacher = t;
  }
  if (spec.extras) {
    // Candidate lists on about one course in eight: the solver picks one teacher for all its lessons.
    courses.forEach((c, i) => {
      if (i % 8 !== 3 || c.fixed || c.sync) return;
      const other = teachers.filter((t) => t.subject === c.teacher!.subject && t !== c.teacher);
      if (other.length > 0) c.candidates = [c.teacher!, other[i % other.length]];
    });
  }

  // Rooms: enough of each facility for its lessons at ~55 % use, classrooms for the rest.
  const perRoom = slots * ROOM_USE;
  const facilityLessons = new Map<string, number>();
  let general = 0;
  for (const c of courses) {
    const f = c.subject.facility;
    if (f) facilityLessons.set(f, (facilityLessons.get(f) ?? 0) + c.lessons);
    else general += c.lessons;
  }
  const rooms: Array<{ id: string; capacity: number; facilities: string; unavailable?: string }> = [];
  for (const [f, n] of facilityLessons) {
    const count = Math.max(1, Math.ceil(n / perRoom));
    for (let i = 1; i <= count; i++) rooms.push({ id: count === 1 ? ROOM_NAMES[f] : `${ROOM_NAMES[f]} ${i}`, capacity: CAPACITY[f], facilities: f === 'lab' ? 'lab, projector' : f });
  }
  const specialist = rooms.length;
  const classrooms = Math.max(Math.ceil(general / perRoom), spec.rooms - specialist - 1);
  for (let i = 1; i <= classrooms; i++) rooms.push({ id: `Room ${i}`, capacity: CAPACITY.classroom, facilities: i % 3 === 0 ? 'projector' : '' });
  if (spec.extras && classrooms > Math.ceil(general / perRoom)) rooms[rooms.length - 1].unavailable = `Wed ${last - 3}-${last}`;
  // The hall seats the largest assembly (and the head teacher), in round hundreds.
  const sizeOf = (ids: string[]): number => ids.reduce((n, id) => n + bodies.find((b) => b.id === id)!.size, 0);
  const hall = Math.max(CAPACITY.hall, ...assemblies.map((a) => Math.ceil((sizeOf(a.bodies) + 1) / 100) * 100));
  rooms.push({ id: 'Hall', capacity: hall, facilities: 'stage' });
  for (const c of courses) {
    const f = c.subject.facility;
    const matching = f ? rooms.filter((r) => r.facilities.split(', ').includes(f)) : [];
    if (f === 'gym' || f === 'art') c.room = matching.map((r) => r.id).join(', ');
  }

  // Sheets.
  const lessonsOf = (body: string): number => courses.filter((c) => !c.optional && c.bodies.includes(body)).reduce((n, c) => n + c.lessons, 0);
  for (const b of bodies) {
    const need = lessonsOf(b.id);
    if (need > (slots - 1) * 0.8) throw new Error(`Example spec too tight: ${b.id} has ${need} lessons in ${slots} periods`);
  }
  const classroomIds = rooms.filter((r) => r.id.startsWith('Room ')).map((r) => r.id);
  const Teachers: Row[] = [['ID', 'Name', 'Unavailable', 'Max lessons per week', 'Max lessons per day', 'Max days', 'Home room', 'Free periods', 'Max club days', 'Campus']];
  teachers.forEach((t, i) => {
    const surname = t.id.split(' ').slice(-1)[0];
    // Home rooms leave the last classroom free (the broken example breaks that room's row).
    const homes = classroomIds.length > 1 ? classroomIds.slice(0, -1) : classroomIds;
    const home = ['PE', 'Art', 'Science', 'Computing', 'Music'].includes(t.subject) ? null : homes[i % homes.length];
    Teachers.push([
      t.id,
      `${i % 7 === 3 ? 'Dr' : t.gender === 'F' ? 'Ms' : 'Mr'} ${surname}`,
      t.unavailable ?? null,
      t.unavailable ? Math.max(t.load, Math.floor(t.available * 0.75)) : null,
      i % 5 === 2 ? Math.min(spec.periodsPerDay - 1, 6) : null,
      t.maxDays ?? null,
      home ?? null,
      i % 6 === 1 ? 'end' : i % 6 === 4 ? 'start' : null,
      null, // Max club days: filled in by the clubs half
      'Main',
    ]);
  });
  const Locations: Row[] = [['ID', 'Capacity', 'Facilities', 'Unavailable', 'Campus']];
  for (const r of rooms) Locations.push([r.id, r.capacity, r.facilities || null, r.unavailable ?? null, 'Main']);
  const StudentBodies: Row[] = [['ID', 'Size', 'Unavailable', 'Lessons per week', 'Max lessons per day', 'Free periods']];
  for (const b of bodies) {
    StudentBodies.push([b.id, b.size, null, lessonsOf(b.id), spec.periodsPerDay - 1, b.grade === spec.grades[0] ? 'end' : null]);
  }
  const Courses: Row[] = [
    ['ID', 'Subject', 'Teacher', 'Student bodies', 'Class size', 'Lessons per week', 'Min consecutive', 'Min days', 'Max per day', 'Room', 'Facilities', 'Unavailable', 'Fixed times', 'Preferred period', 'Sync', 'Optional'],
  ];
  for (const c of courses) {
    const s = c.subject;
    Courses.push([
      c.id,
      s.subject,
      (c.candidates ?? [c.teacher!]).map((t) => t.id).join(', '),
      c.bodies.join(', '),
      c.optional ? c.size : null,
      c.lessons,
      s.minConsecutive ?? null,
      s.minDays ?? null,
      s.maxPerDay ?? null,
      c.room ?? null,
      s.facility && !c.room ? s.facility : null,
      c.unavailable ?? null,
      c.fixed ?? null,
      c.preferred ?? null,
      c.sync ?? null,
      c.optional ? 'yes' : null,
    ]);
  }
  const Groups: Row[] = [['ID', 'Members', 'Meeting times', 'Room', 'Mandatory']];
  for (const a of assemblies) Groups.push([a.id, [head.id, ...a.bodies].join(', '), a.when, 'Hall', 'yes']);
  if (heads.length > 0) Groups.push(['Heads of department', heads.map((h) => h.id).join(', '), `Thu ${last}`, classroomIds[0], 'yes']);

  return {
    teachers,
    bodies: bodies.map(({ id, grade, size }) => ({ id, grade, size })),
    sheets: { Teachers, Locations, StudentBodies, Courses, Groups },
  };
}
