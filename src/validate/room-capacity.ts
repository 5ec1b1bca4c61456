// Room capacity (Hall's condition, like teaching capacity): every set of courses needs at most as
// many lessons as the rooms that fit them are free between them — e.g. all the science courses
// that need the only lab. A course may use different rooms for different lessons, so the rooms'
// free periods simply add up.
import type { Course, Location } from '../schema/records';
import { type Ctx, report } from './context';
import type { Availability } from './availability';
import { deficientSets } from './flow';
import { count, fixes, listNames } from './text';

export function checkRoomCapacity(ctx: Ctx, av: Availability, fitting: Map<Course, Location[]>): void {
  const courses = [...fitting.keys()].filter((c) => !c.optional && c.lessonsPerWeek > 0);
  if (courses.length === 0) return;
  const rooms = [...ctx.locations.values()];
  const index = new Map<Location, number>(rooms.map((r, i) => [r, i]));
  const free = rooms.map((r) => av.roomFree.get(r) ?? 0);
  const sets = deficientSets(
    courses.map((c) => c.lessonsPerWeek),
    courses.map((c) => fitting.get(c)!.map((r) => index.get(r)!)),
    free,
  );
  for (const set of sets) {
    const cs = set.left.map((i) => courses[i]);
    const rs = set.right.map((j) => rooms[j]);
    const first = cs[0];
    const facilities = [...new Set(cs.flatMap((c) => c.facilities))];
    report(
      ctx,
      first,
      first.rooms.length > 0 ? 'rooms' : first.facilities.length > 0 ? 'facilities' : 'id',
      'error',
      'room-capacity',
      `Courses ${listNames(cs.map((c) => `${c.id} (${c.lessonsPerWeek})`), 6)} need ${set.demand} lessons a week in the rooms that fit them (${listNames(rs.map((r) => `${r.id} ${free[index.get(r)!]}`), 6)}), which are free for only ${count(set.supply, 'period')} between them: ${set.demand - set.supply} short.`,
      fixes(
        facilities.length > 0 ? `add ${listNames(facilities)} to the Facilities of another room` : 'add a room to Locations',
        `free some of these rooms’ Unavailable periods`,
        `reduce these courses' Lessons per week by ${set.demand - set.supply}`,
        'allow more rooms in Courses › Room',
      ),
    );
  }
}
