// Groups + assignment → a ClubsOption: its score, the clubs that do not run and why, and the
// preselects and Locked rows it could not honour.
import type { ClubGroup, ClubsOption, ClubsProblem } from './model';
import type { Facts } from './facts';
import type { Placement } from './placement';
import { scoreGroups } from './score';

export function notRunningReasons(p: ClubsProblem, f: Facts, pl: Placement | undefined, groups: ClubGroup[]): ClubsOption['notRunning'] {
  const running = new Set(groups.map((g) => g.club));
  const out: ClubsOption['notRunning'] = [];
  p.clubs.forEach((club, c) => {
    if (running.has(c)) return;
    let reason = f.cannotRun[c];
    if (!reason && pl && f.groupsOfClub[c].every((g) => pl.pat[g] < 0)) {
      const names = club.teachers.map((t) => p.teachers[t]?.id).filter(Boolean);
      reason = names.length
        ? `no day it may use is free for ${names.join(', ')} (another club, Max club days) or Max groups per day`
        : 'no day it may use was free';
    }
    if (!reason) {
      const n = f.clubStudents[c].length;
      reason =
        n < club.minMembers
          ? `only ${n} student(s) chose it and may join; Min members is ${club.minMembers}`
          : `${n} student(s) may join, but too few are free on its day(s) to reach Min members (${club.minMembers})${club.minGroups > 1 ? ` in ${club.minGroups} groups` : ''}; its voters get better places elsewhere`;
    }
    out.push({ club: c, reason });
  });
  return out;
}

export function unmetRules(p: ClubsProblem, f: Facts, groups: ClubGroup[], assignment: number[][]): NonNullable<ClubsOption['unmet']> {
  const out: NonNullable<ClubsOption['unmet']> = [];
  const groupsOf = p.students.map(() => [] as number[]);
  groups.forEach((g, gi) => g.members.forEach((s) => groupsOf[s].push(gi)));
  p.students.forEach((st, s) => {
    for (const ps of st.preselects) {
      const mine = groupsOf[s].filter((gi) => groups[gi].club === ps.club);
      const name = p.clubs[ps.club]?.name ?? '?';
      if (!f.candidates[s].includes(ps.club)) {
        out.push({ student: s, club: ps.club, reason: `preselect for ${name} not honoured: the student is blacklisted for it` });
        continue;
      }
      if (mine.length < ps.groups) {
        const why = groups.some((g) => g.club === ps.club) ? 'no group of it had room on a free day' : 'the club does not run';
        out.push({ student: s, club: ps.club, reason: `preselect for ${name} not honoured (${mine.length} of ${ps.groups} group(s)): ${why}` });
        continue;
      }
      for (const d of ps.days) {
        if (!f.avail[s][d]) continue;
        if (!mine.some((gi) => groups[gi].days.includes(d)))
          out.push({ student: s, club: ps.club, day: d, reason: `preselect for ${name} on ${p.days[d]} not honoured: no group of it meets that day with room` });
      }
    }
  });
  for (const l of p.locked) {
    if (l.student >= p.students.length || l.day >= f.nDays) continue;
    const gi = assignment[l.student]?.[l.day] ?? -1;
    const ok = l.club < 0 ? gi < 0 : gi >= 0 && groups[gi].club === l.club && (l.group === undefined || groups[gi].number === l.group);
    if (!ok) {
      const what = l.club < 0 ? p.studyHallName : `${p.clubs[l.club]?.name ?? '?'}${l.group !== undefined ? ` group ${l.group}` : ''}`;
      out.push({ student: l.student, club: l.club, day: l.day, reason: `Locked row (${what} on ${p.days[l.day]}) could not be kept: it breaks a hard rule or the group does not run` });
    }
  }
  return out;
}

/** Group numbers are labels: give the numbers Locked rows ask for to the groups holding those students. */
export function renumberForLocks(p: ClubsProblem, groups: ClubGroup[], assignment: number[][]): void {
  const wanted = new Map<number, number>();
  for (const l of p.locked) {
    if (l.club < 0 || l.group === undefined) continue;
    const gi = assignment[l.student]?.[l.day] ?? -1;
    if (gi >= 0 && groups[gi].club === l.club && !wanted.has(gi)) wanted.set(gi, l.group);
  }
  if (wanted.size === 0) return;
  const byClub = new Map<number, number[]>();
  groups.forEach((g, gi) => byClub.set(g.club, [...(byClub.get(g.club) ?? []), gi]));
  for (const gis of byClub.values()) {
    const taken = new Set<number>();
    for (const gi of gis) {
      const w = wanted.get(gi);
      if (w !== undefined && w >= 1 && !taken.has(w)) {
        groups[gi].number = w;
        taken.add(w);
      } else groups[gi].number = -1;
    }
    let next = 1;
    for (const gi of gis) {
      if (groups[gi].number !== -1) continue;
      while (taken.has(next)) next++;
      groups[gi].number = next;
      taken.add(next);
    }
  }
}

export function makeOption(p: ClubsProblem, f: Facts, pl: Placement | undefined, groups: ClubGroup[], assignment: number[][], bound?: number): ClubsOption {
  renumberForLocks(p, groups, assignment);
  const { score, scoreParts } = scoreGroups(p, f, groups, assignment);
  return {
    groups,
    assignment,
    notRunning: notRunningReasons(p, f, pl, groups),
    score,
    scoreParts,
    ...(bound !== undefined ? { bound } : {}),
    unmet: unmetRules(p, f, groups, assignment),
  };
}

/** Two options are the same schedule when every student has the same club on every day. */
export function optionKey(p: ClubsProblem, o: ClubsOption): string {
  // Group numbers are labels: the same clubs on the same days is the same schedule.
  return o.assignment.map((row) => row.map((gi) => (gi < 0 ? '-' : `${o.groups[gi].club}@${o.groups[gi].days.join('.')}`)).join('|')).join(';');
}

/** Keep the best `k` distinct options, best first. */
/** Ranking value: a schedule that honours every preselect and Locked row beats any that does not. */
export const rankValue = (o: ClubsOption): number => o.score - 1e9 * (o.unmet?.length ?? 0);

export function keepBest(p: ClubsProblem, options: ClubsOption[], k: number): ClubsOption[] {
  const sorted = [...options].sort((a, b) => rankValue(b) - rankValue(a));
  const seen = new Set<string>();
  const out: ClubsOption[] = [];
  for (const o of sorted) {
    const key = optionKey(p, o);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(o);
    if (out.length >= k) break;
  }
  return out;
}

/** The group-level hard rules the assignment model could leave broken when its LP answer is fractional: Min/Max members per meeting day, Min/Max groups. */
export function groupsViable(p: ClubsProblem, f: Facts, groups: ClubGroup[]): boolean {
  const perClub = new Map<number, number>();
  for (const g of groups) {
    const club = p.clubs[g.club];
    perClub.set(g.club, (perClub.get(g.club) ?? 0) + 1);
    for (const d of g.days) {
      const n = g.members.filter((s) => f.avail[s][d]).length;
      if (n < club.minMembers || n > club.maxMembers) return false;
    }
  }
  for (const [c, n] of perClub) if (n < p.clubs[c].minGroups || n > p.clubs[c].maxGroups) return false;
  return true;
}
