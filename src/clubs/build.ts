// WorkbookRecords → ClubsProblem. Pure: resolves names to indexes, applies Merge into, keeps the raw
// eligibility rules (the solver and the verifier each derive who may join what on their own).
// Anything that cannot be resolved becomes an issue at its cell; nothing here throws.
import type { Issue } from '../schema/issue';
import type { ClubAssignmentRow, Origin, WorkbookRecords } from '../schema/records';
import { idKey } from '../schema/ids';
import { nearest } from '../schema/suggest';
import { choiceRank } from '../schema/criteria';
import {
  DEFAULT_CHOICE_WEIGHTS,
  DEFAULT_CLUB_WEIGHTS,
  DEFAULT_FURTHER_CHOICE_WEIGHT,
  type CClub,
  type ClubWeights,
  type ClubsProblem,
  type CStudent,
  type PinnedAssignment,
} from './model';

const cellOf = (origin: Origin, field: string): string => origin.cells[field] ?? origin.rowCell;

function issue(origin: Origin, field: string, code: string, message: string, suggestion?: string, severity: Issue['severity'] = 'warning'): Issue {
  return { severity, sheet: origin.sheet, cell: cellOf(origin, field), code, message, ...(suggestion ? { suggestion } : {}) };
}

const didYouMean = (name: string, candidates: string[]): string | undefined => {
  const near = nearest(name, candidates);
  return near.length ? `Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : undefined;
};

/** Workbook day index → club-day index (or -1), for lists of days. */
function mapDays(days: number[], clubDayOf: Map<number, number>): number[] {
  const out = new Set<number>();
  for (const d of days) {
    const c = clubDayOf.get(d);
    if (c !== undefined) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

export function buildClubsProblem(records: WorkbookRecords): { problem: ClubsProblem; issues: Issue[] } {
  const issues: Issue[] = [];
  // Unknown names, duplicate votes and Merge into loops in the input sheets are the validator's to
  // report (it does, at the same cells); the build only says what it alone can see.
  const validated: Issue[] = [];
  const settings = records.settings;
  const clubDayIdx = settings.clubDays.length ? [...settings.clubDays] : settings.days.map((_, i) => i);
  const clubDayOf = new Map<number, number>(clubDayIdx.map((d, i) => [d, i]));
  const days = clubDayIdx.map((d) => settings.days[d] ?? `Day ${d + 1}`);
  const studyHallName = settings.studyHallName || 'Study Hall';
  const studyKey = idKey(studyHallName);

  // Teachers: the Teachers sheet, plus any teacher a club names that the sheet lacks (validate reports those).
  const teachers: ClubsProblem['teachers'] = records.teachers.map((t) => ({ id: t.id, ...(t.maxClubDays !== undefined ? { maxClubDays: t.maxClubDays } : {}) }));
  const teacherIdx = new Map<string, number>(teachers.map((t, i) => [idKey(t.id), i]));

  // Merge into: follow chains to the final target; a cycle or unknown target leaves the club as it is.
  const rawByKey = new Map(records.clubs.map((c) => [idKey(c.id), c]));
  const mergeTarget = new Map<string, string>();
  for (const club of records.clubs) {
    const start = idKey(club.id);
    if (!club.mergeInto) continue;
    const seen = new Set<string>([start]);
    let cur = club;
    let ok = true;
    while (cur.mergeInto) {
      const next = rawByKey.get(idKey(cur.mergeInto));
      if (!next) {
        if (cur === club) validated.push(issue(cur.origin, 'mergeInto', 'unknown-reference', `Club '${cur.id}' merges into '${cur.mergeInto}', which is not a club; its votes stay with it.`, didYouMean(cur.mergeInto, records.clubs.map((c) => c.id))));
        ok = cur !== club; // a broken link further down still merges into the last good club
        break;
      }
      const key = idKey(next.id);
      if (seen.has(key)) {
        validated.push(issue(club.origin, 'mergeInto', 'merge-cycle', `Club '${club.id}' is part of a Merge into cycle; it is not merged.`, 'Remove one of the Merge into links.'));
        ok = false;
        break;
      }
      seen.add(key);
      cur = next;
    }
    if (ok && idKey(cur.id) !== start) mergeTarget.set(start, idKey(cur.id));
  }

  const kept = records.clubs.filter((c) => !mergeTarget.has(idKey(c.id)));
  const clubIdx = new Map<string, number>(kept.map((c, i) => [idKey(c.id), i]));
  for (const [from, to] of mergeTarget) clubIdx.set(from, clubIdx.get(to)!);
  const clubNames = records.clubs.map((c) => c.id);
  const resolveClub = (name: string): number | undefined => clubIdx.get(idKey(name));

  const clubs: CClub[] = kept.map((c) => {
    const teacherList: number[] = [];
    for (const t of c.teachers) {
      let ti = teacherIdx.get(idKey(t));
      if (ti === undefined) {
        ti = teachers.length;
        teachers.push({ id: t });
        teacherIdx.set(idKey(t), ti);
      }
      if (!teacherList.includes(ti)) teacherList.push(ti);
    }
    let clubDays = c.days.length ? mapDays(c.days, clubDayOf) : days.map((_, i) => i);
    if (c.days.length && clubDays.length === 0) {
      issues.push(issue(c.origin, 'days', 'club-no-days', `Club '${c.id}' may run only on days that are not club days; it cannot run.`, `Club days are ${days.join(', ')}.`));
      clubDays = [];
    }
    const fixed = c.groups;
    const minGroups = fixed ?? c.minGroups;
    const maxGroups = fixed ?? Math.max(c.maxGroups, c.minGroups);
    const daysPerGroup = c.daysPerGroup === 'all' ? clubDays.length : c.daysPerGroup;
    return {
      id: c.id,
      name: c.displayName || c.id,
      teachers: teacherList,
      days: clubDays,
      minMembers: c.minMembers,
      maxMembers: c.maxMembers,
      minGroups,
      maxGroups,
      daysPerGroup,
      maxGroupsPerDay: c.maxGroupsPerDay,
      ...(c.grades ? { grades: c.grades.map((g) => idKey(g)) } : {}),
      ...(c.genders ? { genders: c.genders.map((g) => g.toLowerCase()) } : {}),
      closed: c.closed,
      whitelist: [],
      blacklist: [],
      mergedFrom: [],
    };
  });
  for (const [from, to] of mergeTarget) clubs[clubIdx.get(to)!].mergedFrom.push(rawByKey.get(from)!.id);
  kept.forEach((c, i) => {
    if (!c.branchOf) return;
    const parent = resolveClub(c.branchOf);
    if (parent === undefined) {
      validated.push(issue(c.origin, 'branchOf', 'unknown-reference', `Club '${c.id}' is a branch of '${c.branchOf}', which is not a club.`, didYouMean(c.branchOf, clubNames)));
    } else if (parent !== i) {
      clubs[i].branchOf = parent;
    }
  });

  // Students: active only; names and Also known as both find them.
  const students: CStudent[] = [];
  const studentIdx = new Map<string, number>();
  const inactive = new Set<string>();
  for (const s of records.students) {
    if (!s.active) {
      inactive.add(idKey(s.id));
      for (const a of s.alsoKnownAs) inactive.add(idKey(a));
      continue;
    }
    const i = students.length;
    students.push({
      id: s.id,
      ...(s.grade !== undefined && s.grade !== '' ? { grade: idKey(s.grade) } : {}),
      ...(s.gender ? { gender: s.gender.toLowerCase() } : {}),
      unavailableDays: mapDays(s.unavailableDays, clubDayOf),
      votes: [],
      preselects: [],
      votedStudyHall: false,
    });
    for (const name of [s.id, ...s.alsoKnownAs]) if (!studentIdx.has(idKey(name))) studentIdx.set(idKey(name), i);
  }
  const studentNames = records.students.filter((s) => s.active).map((s) => s.id);
  const findStudent = (name: string, origin: Origin, field: string, sink: Issue[] = validated): number | undefined => {
    const i = studentIdx.get(idKey(name));
    if (i === undefined && !inactive.has(idKey(name))) {
      sink.push(issue(origin, field, 'unknown-student', `'${name}' matches no active student.`, didYouMean(name, studentNames)));
    }
    return i;
  };

  // Votes.
  let maxRanks = 0;
  const voted = new Set<number>();
  for (const v of records.votes) {
    const si = findStudent(v.student, v.origin, 'student');
    if (si === undefined) continue;
    if (voted.has(si)) {
      validated.push(issue(v.origin, 'student', 'duplicate-vote', `'${v.student}' has more than one row in Votes; only the first is used.`, 'Delete the extra rows.'));
      continue;
    }
    voted.add(si);
    const st = students[si];
    maxRanks = Math.max(maxRanks, v.choices.length);
    st.votes = v.choices.map((choice, k) => {
      if (choice === null || choice.trim() === '') return null;
      if (idKey(choice) === studyKey) {
        st.votedStudyHall = true;
        return null;
      }
      const ci = resolveClub(choice);
      if (ci === undefined) {
        validated.push(issue(v.origin, `choice${k + 1}`, 'unknown-club', `Choice ${k + 1} of '${v.student}' is '${choice}', which is not a club.`, didYouMean(choice, clubNames)));
        return null;
      }
      return ci;
    });
  }

  // ClubRules.
  const exclusions: Array<[number, number]> = [];
  for (const r of records.clubRules) {
    const ci = resolveClub(r.club);
    if (ci === undefined) {
      validated.push(issue(r.origin, 'club', 'unknown-club', `Rule '${r.rule}' names '${r.club}', which is not a club.`, didYouMean(r.club, clubNames)));
      continue;
    }
    if (r.rule === 'exclude') {
      const other = r.otherClub ? resolveClub(r.otherClub) : undefined;
      if (other === undefined) {
        validated.push(issue(r.origin, 'otherClub', 'unknown-club', `Exclude rule for '${r.club}' needs an Other club that exists${r.otherClub ? ` ('${r.otherClub}' is not a club)` : ''}.`, r.otherClub ? didYouMean(r.otherClub, clubNames) : 'Fill in Other club.'));
      } else if (other !== ci) {
        exclusions.push([Math.min(ci, other), Math.max(ci, other)]);
      }
      continue;
    }
    if (!r.student) {
      issues.push(issue(r.origin, 'student', 'missing-student', `Rule '${r.rule}' for '${r.club}' needs a Student.`));
      continue;
    }
    const si = findStudent(r.student, r.origin, 'student');
    if (si === undefined) continue;
    if (r.rule === 'whitelist') {
      if (!clubs[ci].whitelist.includes(si)) clubs[ci].whitelist.push(si);
    } else if (r.rule === 'blacklist') {
      if (!clubs[ci].blacklist.includes(si)) clubs[ci].blacklist.push(si);
    } else {
      const st = students[si];
      if (st.preselects.some((p) => p.club === ci)) {
        issues.push(issue(r.origin, 'club', 'duplicate-preselect', `'${r.student}' is preselected for '${r.club}' more than once; the first rule is used.`));
        continue;
      }
      st.preselects.push({ club: ci, groups: Math.max(1, r.groups), days: mapDays(r.days, clubDayOf), notDays: mapDays(r.notDays, clubDayOf) });
    }
  }
  const uniqueExclusions = [...new Map(exclusions.map((e) => [`${e[0]}:${e[1]}`, e])).values()];

  // Weights: Choice k, then the named criteria, each falling back to its default.
  const w = records.weights.values;
  const ranksInWeights = Object.keys(w).map((k) => choiceRank(k) ?? 0);
  const nRanks = Math.max(maxRanks, DEFAULT_CHOICE_WEIGHTS.length, ...ranksInWeights);
  const weights: ClubWeights = {
    choice: Array.from({ length: nRanks }, (_, k) => w[`Choice ${k + 1}`] ?? DEFAULT_CHOICE_WEIGHTS[k] ?? DEFAULT_FURTHER_CHOICE_WEIGHT),
    'Unchosen study hall': w['Unchosen study hall'] ?? DEFAULT_CLUB_WEIGHTS['Unchosen study hall'],
    'Club size spread': w['Club size spread'] ?? DEFAULT_CLUB_WEIGHTS['Club size spread'],
    'Grade mix': w['Grade mix'] ?? DEFAULT_CLUB_WEIGHTS['Grade mix'],
    'Gender mix': w['Gender mix'] ?? DEFAULT_CLUB_WEIGHTS['Gender mix'],
  };

  // An existing Club Assignments sheet: Locked rows are pinned; with Start from previous the rest seed the search.
  const locked: PinnedAssignment[] = [];
  const previous: PinnedAssignment[] = [];
  const pin = (row: ClubAssignmentRow): PinnedAssignment | undefined => {
    const si = findStudent(row.student, row.origin, 'student', issues);
    const day = clubDayOf.get(row.day);
    if (si === undefined) return undefined;
    if (day === undefined) {
      issues.push(issue(row.origin, 'day', 'not-a-club-day', `Row for '${row.student}' is on a day that is not a club day; it is ignored.`));
      return undefined;
    }
    if (idKey(row.club) === studyKey || row.club.trim() === '') return { student: si, day, club: -1 };
    const ci = resolveClub(row.club);
    if (ci === undefined) {
      issues.push(issue(row.origin, 'club', 'unknown-club', `'${row.club}' is not a club; the row is ignored.`, didYouMean(row.club, clubNames)));
      return undefined;
    }
    return { student: si, day, club: ci, ...(row.group !== undefined ? { group: row.group } : {}) };
  };
  for (const row of records.clubAssignments) {
    if (row.locked) {
      const p = pin(row);
      if (p) locked.push(p);
    } else if (settings.startFromPrevious) {
      const p = pin(row);
      if (p) previous.push(p);
    }
  }

  const problem: ClubsProblem = {
    days,
    studyHallName,
    weights,
    clubs,
    students,
    teachers,
    exclusions: uniqueExclusions,
    optionsToKeep: Math.max(1, settings.optionsToKeep || 1),
    locked,
    previous,
  };
  void validated;
  return { problem, issues };
}
