// IDs must be unique within their sheet; a student votes once; a club appears once in one
// student's choices; Merge into / Branch of chains must end somewhere.
import type { Club, Student } from '../schema/records';
import { idKey } from './key';
import { type Ctx, type Placed, ref, report } from './context';

export function checkDuplicates(ctx: Ctx): void {
  const { r } = ctx;
  duplicateIds(ctx, r.teachers, 'teacher');
  duplicateIds(ctx, r.locations, 'location');
  duplicateIds(ctx, r.studentBodies, 'student body');
  duplicateIds(ctx, r.courses, 'course');
  duplicateIds(ctx, r.groups, 'group');
  duplicateIds(ctx, r.clubs, 'club');
  duplicateIds(ctx, r.students, 'student');
  ambiguousAliases(ctx);
  duplicateVotes(ctx);
  chainLoops(ctx, 'mergeInto', 'Merge into', 'merge-loop');
  chainLoops(ctx, 'branchOf', 'Branch of', 'branch-loop');
}

function duplicateIds(ctx: Ctx, list: ReadonlyArray<Placed & { id: string }>, noun: string): void {
  const first = new Map<string, Placed & { id: string }>();
  for (const rec of list) {
    const k = idKey(rec.id);
    if (!k) continue;
    const prev = first.get(k);
    if (!prev) {
      first.set(k, rec);
      continue;
    }
    report(
      ctx,
      rec,
      'id',
      'error',
      'duplicate-id',
      `The ${noun} ID '${rec.id}' is already used at ${ref(prev, 'id')} ('${prev.id}'). IDs must be unique (case and extra spaces are ignored).`,
      `Rename one of them (e.g. '${rec.id} 2'), or delete this row if it repeats the first.`,
    );
  }
}

/** An Also known as that is another student's ID or alias cannot say who voted. */
function ambiguousAliases(ctx: Ctx): void {
  const owner = new Map<string, Student>();
  for (const s of ctx.r.students) {
    const k = idKey(s.id);
    if (k && !owner.has(k)) owner.set(k, s);
  }
  for (const s of ctx.r.students) {
    for (const a of s.alsoKnownAs) {
      const k = idKey(a);
      if (!k) continue;
      const o = owner.get(k);
      if (o && o !== s) {
        report(
          ctx,
          s,
          'alsoKnownAs',
          'warning',
          'ambiguous-alias',
          `'${a}' (Also known as of ${s.id}) is also ${idKey(o.id) === k ? 'the ID' : 'an Also known as'} of ${o.id} (${ref(o, 'id')}); votes under that name count for ${o.id}.`,
          `Remove '${a}' from one of the two students, or make it more specific.`,
        );
      } else if (!o) {
        owner.set(k, s);
      }
    }
  }
}

function duplicateVotes(ctx: Ctx): void {
  const firstVote = new Map<string, Placed & { student: string }>();
  for (const v of ctx.r.votes) {
    const typed = idKey(v.student);
    if (typed) {
      // Resolve through Also known as: two spellings of one student are one voter.
      const s = ctx.students.get(typed);
      const k = s ? `s:${idKey(s.id)}` : `n:${typed}`;
      const prev = firstVote.get(k);
      if (prev) {
        const via = s && idKey(prev.student) !== typed ? ` ('${v.student}' and '${prev.student}' are both ${s.id})` : '';
        report(
          ctx,
          v,
          'student',
          'error',
          'duplicate-vote',
          `${s ? s.id : `'${v.student}'`} already has a Votes row at ${ref(prev, 'student')}${via}; a student votes once.`,
          'Keep the row with the student’s real choices and delete the other (or merge their choices into one row).',
        );
      } else {
        firstVote.set(k, v);
      }
    }
    const seen = new Map<string, number>();
    v.choices.forEach((choice, i) => {
      const ck = choice === null ? '' : idKey(choice);
      if (!ck) return;
      const before = seen.get(ck);
      if (before === undefined) {
        seen.set(ck, i);
        return;
      }
      report(
        ctx,
        v,
        `choice${i + 1}`,
        'warning',
        'duplicate-choice',
        `${v.student} chose '${choice}' as Choice ${before + 1} and again as Choice ${i + 1}; only Choice ${before + 1} counts.`,
        `Replace Choice ${i + 1} with another club, or clear it.`,
      );
    });
  }
}

/** A Merge into (or Branch of) chain that comes back to a club it passed: one error per loop, at its first club in sheet order. */
function chainLoops(ctx: Ctx, field: 'mergeInto' | 'branchOf', column: string, code: string): void {
  const state = new Map<Club, number>(); // 1 = on the current path, 2 = done
  for (const start of ctx.r.clubs) {
    if (state.has(start)) continue;
    const path: Club[] = [];
    let c: Club | undefined = start;
    while (c && !state.has(c)) {
      state.set(c, 1);
      path.push(c);
      const next: string | undefined = c[field];
      c = next ? ctx.clubs.get(idKey(next)) : undefined;
    }
    if (c && state.get(c) === 1) {
      const loop = path.slice(path.indexOf(c));
      const first = loop.reduce((a, b) => (a.origin.row <= b.origin.row ? a : b));
      const i = loop.indexOf(first);
      const ordered = [...loop.slice(i), ...loop.slice(0, i)];
      const chain = [...ordered, first].map((x) => x.id).join(' → ');
      report(
        ctx,
        first,
        field,
        'error',
        code,
        ordered.length === 1
          ? `${column} of ${first.id} names the club itself.`
          : `${column} goes round in a loop: ${chain}.`,
        field === 'mergeInto'
          ? `Clear Merge into on the club that should receive the votes (the end of the chain).`
          : `Clear Branch of on the parent club; only branches name their parent.`,
      );
    }
    for (const x of path) state.set(x, 2);
  }
}
