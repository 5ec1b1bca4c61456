// Small lookups every club view shares: the option shown, names, who leads a group.
import type { ClubGroup, ClubsOption, ClubsProblem, ClubsSolution } from './model';

/** The best option, or an empty one (everyone in study hall) when the solver kept none. */
export function bestOption(problem: ClubsProblem, solution: ClubsSolution): ClubsOption {
  return solution.options[0] ?? emptyOption(problem);
}

export function emptyOption(problem: ClubsProblem): ClubsOption {
  return {
    groups: [],
    assignment: problem.students.map(() => problem.days.map(() => -1)),
    notRunning: problem.clubs.map((_, club) => ({ club, reason: 'no schedule was made' })),
    score: 0,
    scoreParts: {},
  };
}

/** Group label for people: 'Chess', or 'Chess (2)' when the club runs several groups. */
export function groupLabel(problem: ClubsProblem, option: ClubsOption, g: ClubGroup): string {
  const name = problem.clubs[g.club]?.name ?? '?';
  const several = option.groups.filter((x) => x.club === g.club).length > 1;
  return several ? `${name} (${g.number})` : name;
}

export const teacherNames = (problem: ClubsProblem, club: number): string =>
  (problem.clubs[club]?.teachers ?? []).map((t) => problem.teachers[t]?.id ?? '?').join(', ');

export const isAway = (problem: ClubsProblem, s: number, d: number): boolean => problem.students[s].unavailableDays.includes(d);

/** Group index of student s on day d, or -1 (study hall, away, or nonsense the verifier reports). */
export const groupAt = (problem: ClubsProblem, option: ClubsOption, s: number, d: number): number => {
  const g = option.assignment[s]?.[d] ?? -1;
  return Number.isInteger(g) && g >= 0 && g < option.groups.length && problem.clubs[option.groups[g].club] !== undefined ? g : -1;
};
