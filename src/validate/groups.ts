// Groups (meetings at fixed times): members must be available then, no member (or room) may be in
// two meetings at once, and the room must hold everyone when Room capacity is hard.
import type { Group, Slot, StudentBody, Teacher } from '../schema/records';
import { idKey } from './key';
import { type Ctx, type Occupant, bookSlots, ref, report, slotIndex, slotIndexes, slotName } from './context';
import { count, fixes, listNames } from './text';

export function checkGroups(ctx: Ctx): void {
  const taken = new Map<string, Group>();
  const hard = ctx.r.settings.roomCapacity !== 'soft';
  for (const g of ctx.r.groups) {
    const slots = slotIndexes(ctx, g.meetingTimes);
    const teachers: Teacher[] = [];
    const bodies: StudentBody[] = [];
    for (const m of g.members) {
      const k = idKey(m);
      const t = ctx.teachers.get(k);
      const b = ctx.bodies.get(k);
      if (t && !teachers.includes(t)) teachers.push(t);
      else if (!t && b && !bodies.includes(b)) bodies.push(b);
    }
    const room = g.room ? ctx.locations.get(idKey(g.room)) : undefined;

    const clashes: string[] = [];
    const who: Array<{ id: string; unavailable: Slot[] }> = [...teachers, ...bodies];
    for (const m of who) {
      const off = new Set(m.unavailable.map((s) => slotIndex(ctx, s)));
      const at = slots.filter((i) => off.has(i));
      if (at.length) clashes.push(`${m.id} at ${listNames(at.map((i) => slotName(ctx, i)), 3)}`);
    }
    if (clashes.length) {
      report(
        ctx,
        g,
        'meetingTimes',
        g.mandatory ? 'error' : 'warning',
        'group-member-unavailable',
        `Meeting ${g.id} is at times when members are unavailable: ${listNames(clashes, 4)}.`,
        fixes('move the meeting to a time all members are free', 'remove those members from Members', 'clear the conflicting Unavailable entries'),
      );
    }
    if (room) {
      const off = new Set(room.unavailable.map((s) => slotIndex(ctx, s)));
      const at = slots.filter((i) => off.has(i));
      if (at.length) {
        report(
          ctx,
          g,
          'room',
          'error',
          'group-room-unavailable',
          `Meeting ${g.id} uses room ${room.id} at ${listNames(at.map((i) => slotName(ctx, i)), 4)}, when the room is unavailable.`,
          fixes('choose another Room', 'move the meeting', `clear those periods from ${room.id}'s Unavailable`),
        );
      }
      const people = teachers.length + bodies.reduce((a, b) => a + b.size, 0);
      if (hard && people > room.capacity) {
        report(
          ctx,
          g,
          'room',
          'error',
          'group-room-too-small',
          `Room ${room.id} holds ${room.capacity} but meeting ${g.id} has ${people} people (${[
            teachers.length ? count(teachers.length, 'teacher') : '',
            ...bodies.map((b) => `${b.id} ${b.size}`),
          ]
            .filter(Boolean)
            .join(' + ')}).`,
          fixes(`choose a room that holds ${people}`, `raise Capacity of ${room.id} to ${people}`, 'set Settings › Room capacity to soft'),
        );
      }
    }

    // One member (or room) in two meetings at the same time.
    const occupants: Occupant[] = [
      ...teachers.map((t) => ({ key: `t:${idKey(t.id)}`, what: t.id })),
      ...bodies.map((b) => ({ key: `b:${idKey(b.id)}`, what: b.id })),
      ...(room ? [{ key: `r:${idKey(room.id)}`, what: `room ${room.id}` }] : []),
    ];
    bookSlots(taken, g, slots, occupants, (other, i, { key, what }) => {
      report(
        ctx,
        g,
        'meetingTimes',
        g.mandatory && other.mandatory ? 'error' : 'warning',
        'group-overlap',
        `${what} is in meetings ${other.id} (${ref(other, 'meetingTimes')}) and ${g.id} at the same time, ${slotName(ctx, i)}.`,
        fixes(`move ${g.id} or ${other.id} to another time`, `remove ${what} from one of the two meetings`, key.startsWith('r:') && 'give one meeting another room'),
      );
      return true;
    });
  }
}
