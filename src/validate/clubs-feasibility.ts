// Club checks: numbers that contradict each other on one row, clubs nobody can join, too few
// places on a club day, preselects that cannot be honoured, and votes for clubs a student may not join.
import type { Club, Student } from '../schema/records';
import { idKey } from './key';
import { type Ctx, dayName, report, reportSheet } from './context';
import { type Eligibility, buildEligibility, mergedAway } from './clubs-eligibility';
import { count, fixes, listNames } from './text';

export function checkClubs(ctx: Ctx): void {
  if (ctx.r.clubs.length === 0) return;
  const el = buildEligibility(ctx);
  for (const c of ctx.clubs.values()) clubRow(ctx, el, c);
  const joinable = whoMayJoin(ctx, el);
  dayPlaces(ctx, el, joinable);
  preselects(ctx, el);
  ineligibleVotes(ctx, el);
}

function clubRow(ctx: Ctx, el: Eligibility, c: Club): void {
  if (c.minMembers > c.maxMembers) {
    report(
      ctx,
      c,
      'minMembers',
      'error',
      'club-min-over-max-members',
      `Club ${c.id} has Min members ${c.minMembers} but Max members ${c.maxMembers}, so no group can run.`,
      fixes(`lower Min members to ${c.maxMembers}`, `raise Max members to ${c.minMembers}`),
    );
  }
  if (c.groups === undefined && c.minGroups > c.maxGroups) {
    report(
      ctx,
      c,
      'minGroups',
      'error',
      'club-min-over-max-groups',
      `Club ${c.id} has Min groups ${c.minGroups} but Max groups ${c.maxGroups}.`,
      fixes(`lower Min groups to ${c.maxGroups}`, `raise Max groups to ${c.minGroups}`, 'set Groups to a fixed number instead'),
    );
  }
  const days = el.allowedDays.get(c) ?? [];
  const need = c.daysPerGroup === 'all' ? Math.max(1, days.length) : c.daysPerGroup;
  if (need > days.length) {
    report(
      ctx,
      c,
      days.length === 0 ? 'days' : 'daysPerGroup',
      'error',
      'club-days-per-group-over-days',
      days.length === 0
        ? `Club ${c.id} may run on none of the club days (${listNames(el.clubDays.map((d) => dayName(ctx, d)))}).`
        : `Club ${c.id} has Days per group ${c.daysPerGroup} but may run on only ${count(days.length, 'club day')} (${listNames(days.map((d) => dayName(ctx, d)))}).`,
      fixes(days.length > 0 && `lower Days per group to ${days.length}`, 'add days to the club’s Days', 'add days to Settings › Club days'),
    );
  } else {
    teacherDays(ctx, c, need, days.length);
  }
  if (c.closed && !mergedAway(ctx, c) && !el.preselected.get(c)?.size && !el.whitelist.get(c)?.size) {
    report(
      ctx,
      c,
      'closed',
      'warning',
      'club-closed-empty',
      `Club ${c.id} is Closed but nobody is preselected or whitelisted for it in ClubRules, so it cannot run.`,
      fixes(`add preselect or whitelist rows for ${c.id} in ClubRules`, 'set Closed to no', 'delete the row if the club is not offered'),
    );
  }
}

/** Every teacher attends each group, one group at a time: the fewest groups × Days per group must fit their Max club days. */
function teacherDays(ctx: Ctx, c: Club, perGroup: number, clubDays: number): void {
  const groups = c.groups ?? c.minGroups;
  if (groups < 1) return;
  const need = groups * perGroup;
  for (const id of c.teachers) {
    const t = ctx.teachers.get(idKey(id));
    if (!t || t.maxClubDays === undefined) continue;
    const may = Math.min(t.maxClubDays, clubDays);
    if (need <= may) continue;
    report(
      ctx,
      c,
      'teachers',
      'warning',
      'club-teacher-days',
      `Club ${c.id} needs its teacher ${t.id} on ${need} club days (${count(groups, 'group')} × ${count(perGroup, 'day')} per group), but ${t.id} may lead clubs on only ${count(may, 'day')} (Max club days ${t.maxClubDays}); the club cannot run.`,
      fixes(`raise ${t.id}'s Max club days to ${need}`, `lower Days per group${c.groups !== undefined ? ' or Groups' : ' or Min groups'}`, `give ${c.id} another teacher`),
    );
  }
}

/** Whether anyone active may join each running club (stops at the first); warns about clubs nobody may join. */
function whoMayJoin(ctx: Ctx, el: Eligibility): Map<Club, boolean> {
  const active = ctx.r.students.filter((s) => s.active);
  const out = new Map<Club, boolean>();
  for (const c of ctx.clubs.values()) {
    if (mergedAway(ctx, c)) continue;
    const anyone = active.some((s) => el.whyNot(s, c) === undefined);
    out.set(c, anyone);
    if (anyone || active.length === 0 || ctx.r.sheetNames.students === undefined) continue;
    if (c.closed && !el.preselected.get(c)?.size && !el.whitelist.get(c)?.size) continue; // reported as closed-empty
    if ((el.allowedDays.get(c) ?? []).length === 0) continue; // reported as no days
    const field = c.grades ? 'grades' : c.genders ? 'genders' : 'id';
    const who = [c.grades && `grades ${c.grades.join(', ')}`, c.genders && `genders ${c.genders.join(', ')}`].filter(Boolean).join(' and ');
    report(
      ctx,
      c,
      field,
      'warning',
      'club-no-eligible',
      `Nobody of the ${count(active.length, 'active student')} may join club ${c.id}${who ? ` (it is for ${who})` : ''}.`,
      fixes('check Grades and Genders against the Students sheet (grades are compared as written)', `add whitelist rows for ${c.id} in ClubRules`, 'check the blacklist rows and students’ Unavailable days'),
    );
  }
  return out;
}

function dayPlaces(ctx: Ctx, el: Eligibility, eligible: Map<Club, boolean>): void {
  const available = new Array<number>(ctx.days).fill(0);
  for (const s of ctx.r.students) if (s.active) for (const d of el.studentDays(s)) available[d]++;
  const places = new Array<number>(ctx.days).fill(0);
  const clubsOn = new Array<number>(ctx.days).fill(0);
  for (const c of ctx.clubs.values()) {
    if (!eligible.get(c)) continue; // merged away, or nobody may join: it never runs
    const groups = Math.max(0, Math.min(c.maxGroupsPerDay, c.groups ?? c.maxGroups));
    for (const d of el.allowedDays.get(c) ?? []) {
      places[d] += groups * Math.max(0, c.maxMembers);
      clubsOn[d]++;
    }
  }
  const hall = ctx.r.settings.studyHallName || 'Study Hall';
  for (const d of el.clubDays) {
    const short = available[d] - places[d];
    if (short <= 0) continue;
    reportSheet(
      ctx,
      'clubs',
      'Clubs',
      'warning',
      'club-day-places-short',
      `On ${dayName(ctx, d)} ${count(available[d], 'active student')} are available but the ${count(clubsOn[d], 'club')} that may run that day offer at most ${places[d]} places: at least ${count(short, 'student')} will be in ${hall} that day.`,
      fixes(`raise Max members or Max groups per day of some clubs by ${short} places in total`, `add clubs that run on ${dayName(ctx, d)}`, `let more clubs run on ${dayName(ctx, d)} (their Days column)`),
    );
  }
}

function preselects(ctx: Ctx, el: Eligibility): void {
  const byStudent = new Map<Student, Eligibility['preselects']>();
  for (const p of el.preselects) {
    const why = el.whyNot(p.student, p.club, true);
    if (why === 'not active') {
      report(
        ctx,
        p.rule,
        'student',
        'warning',
        'preselect-inactive',
        `${p.student.id} is preselected into ${p.club.id} but is not Active, so the preselect is ignored.`,
        fixes('set the student Active', 'delete the preselect'),
      );
      continue;
    }
    if (why === 'blacklisted') {
      report(ctx, p.rule, 'student', 'error', 'preselect-blacklisted', `${p.student.id} is preselected into ${p.club.id} but also blacklisted from it.`, fixes('delete the preselect', 'delete the blacklist row'));
    } else if (why === 'unavailable on its days') {
      report(
        ctx,
        p.rule,
        'student',
        'error',
        'preselect-unavailable',
        `${p.student.id} is preselected into ${p.club.id}, which runs only on ${listNames((el.allowedDays.get(p.club) ?? []).map((d) => dayName(ctx, d)))}, when ${p.student.id} is unavailable.`,
        fixes(`check ${p.student.id}'s Unavailable days`, `let ${p.club.id} run on another day (its Days column)`, 'delete the preselect'),
      );
    } else if (why !== undefined) {
      // The preselect admits the student anyway (as the solver reads it); likely a slip, so say so.
      report(
        ctx,
        p.rule,
        'student',
        'warning',
        'preselect-ineligible',
        `${p.student.id} is preselected into ${p.club.id} but would not be allowed to join it (${why}${p.club.grades ? `; ${p.club.id} is for grades ${p.club.grades.join(', ')}` : ''}); the preselect places them anyway.`,
        fixes(`add a whitelist row for ${p.student.id} and ${p.club.id} to make the exception explicit`, 'delete the preselect if it is a mistake', `check ${p.student.id}'s Grade and Gender`),
      );
    }
    const list = byStudent.get(p.student);
    if (list) list.push(p);
    else byStudent.set(p.student, [p]);
  }
  for (const [s, list] of byStudent) {
    const days = el.studentDays(s);
    const parts = list.map((p) => {
      const allowed = (el.allowedDays.get(p.club) ?? []).length;
      const per = p.club.daysPerGroup === 'all' ? allowed : p.club.daysPerGroup;
      return { p, need: Math.max(1, p.rule.groups) * per, per };
    });
    const need = parts.reduce((a, x) => a + x.need, 0);
    if (need <= days.length) continue;
    const last = list[list.length - 1];
    report(
      ctx,
      last.rule,
      'student',
      'error',
      'preselect-too-many-days',
      `${s.id} is preselected into ${listNames(parts.map((x) => `${x.p.club.id} (${count(x.need, 'day')}${x.p.club.daysPerGroup === 'all' ? ', every club day' : ''})`))}: ${need} club days needed, but ${s.id} attends only ${count(days.length, 'club day')}${days.length ? ` (${listNames(days.map((d) => dayName(ctx, d)))})` : ''}.`,
      fixes('delete one of these preselects', 'lower the clubs’ Days per group', `check ${s.id}'s Unavailable days`),
    );
  }
  // exclude: no student may be given both clubs; a student preselected into both breaks it.
  const preIn = new Map<Student, Set<Club>>();
  for (const p of el.preselects) {
    const set = preIn.get(p.student);
    if (set) set.add(p.club);
    else preIn.set(p.student, new Set([p.club]));
  }
  // Students preselected into ≥ 2 clubs are few: index them by club so each rule looks only at those.
  const byClub = new Map<Club, Student[]>();
  for (const [s, set] of preIn) {
    if (set.size < 2) continue;
    for (const c of set) {
      const list = byClub.get(c);
      if (list) list.push(s);
      else byClub.set(c, [s]);
    }
  }
  for (const rule of ctx.r.clubRules) {
    if (rule.rule !== 'exclude' || !rule.otherClub) continue;
    const a = ctx.clubs.get(idKey(rule.club));
    const b = ctx.clubs.get(idKey(rule.otherClub));
    if (!a || !b || a === b) continue;
    const both = (byClub.get(a) ?? []).filter((s) => preIn.get(s)!.has(b)).map((s) => s.id);
    if (both.length === 0) continue;
    report(
      ctx,
      rule,
      'otherClub',
      'error',
      'preselect-excluded',
      `${a.id} and ${b.id} exclude each other, but ${listNames(both)} ${both.length === 1 ? 'is' : 'are'} preselected into both.`,
      fixes('delete one of the preselects', 'delete this exclude rule'),
    );
  }
}

function ineligibleVotes(ctx: Ctx, el: Eligibility): void {
  const byClub = new Map<Club, Array<{ student: Student; why: string }>>();
  for (const v of ctx.r.votes) {
    const s = ctx.students.get(idKey(v.student));
    if (!s || !s.active) continue;
    const done = new Set<Club>();
    for (const choice of v.choices) {
      if (choice === null) continue;
      const c = el.voteTarget(choice);
      if (!c || done.has(c)) continue;
      done.add(c);
      const why = el.whyNot(s, c);
      if (why === undefined) continue;
      // A vote for a parent counts for the branch the student is eligible for.
      if ((el.branches.get(c) ?? []).some((b) => el.whyNot(s, b) === undefined)) continue;
      const list = byClub.get(c);
      if (list) list.push({ student: s, why });
      else byClub.set(c, [{ student: s, why }]);
    }
  }
  for (const [c, list] of byClub) {
    const restriction = [c.closed && 'Closed', c.grades && `for grades ${c.grades.join(', ')}`, c.genders && `for ${c.genders.join(', ')}`].filter(Boolean).join(', ');
    // One shared reason is said once; mixed reasons go beside each name.
    const same = list.every((x) => x.why === list[0].why);
    const names = list.map((x) => (same ? x.student.id : `${x.student.id} (${x.why})`));
    report(
      ctx,
      c,
      'id',
      'warning',
      'vote-ineligible',
      `${count(list.length, 'student')} voted for ${c.id}${restriction ? ` (${restriction})` : ''} but may not join it${same ? ` (${list[0].why})` : ''}, so those votes are ignored: ${listNames(names, 8)}.`,
      fixes(`add whitelist rows in ClubRules for those who should be allowed`, c.grades || c.genders ? `widen ${c.id}'s Grades or Genders` : c.closed ? `set ${c.id} Closed to no` : 'check their Unavailable days and blacklist rows', 'ask these students to choose again'),
    );
  }
}
