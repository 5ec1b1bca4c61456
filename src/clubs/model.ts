// Club scheduling as the solver sees it: plain data, indexes instead of IDs, no workbook.
// Built from WorkbookRecords by build.ts; shared by solve, verify and views.
// The problem keeps the RAW rules (grades, genders, closed, white/blacklists, votes, branches):
// the solver and the verifier each derive who may join what on their own.
//
// Days are indexes into ClubsProblem.days (the club days only, in Settings order).

export interface ClubWeights {
  /** Reward for a student's k-th choice at index k − 1 (any number of ranks). */
  choice: number[];
  'Unchosen study hall': number;
  'Club size spread': number;
  'Grade mix': number;
  'Gender mix': number;
}

export interface CClub {
  id: string;
  /** Display name for views (Display name column, else the ID). */
  name: string;
  /** Teacher indexes; every teacher attends each group of the club. */
  teachers: number[];
  /** Days it may run on. */
  days: number[];
  minMembers: number;
  maxMembers: number;
  /** Groups column fixes both to the same number. */
  minGroups: number;
  maxGroups: number;
  /** Resolved: 'all' = days.length. */
  daysPerGroup: number;
  maxGroupsPerDay: number;
  /** Normalised grade labels; undefined = anyone. */
  grades?: string[];
  /** Lower-cased; undefined = anyone. */
  genders?: string[];
  closed: boolean;
  /** Parent club index: a vote for the parent counts for the branch the student is eligible for. */
  branchOf?: number;
  /** Student indexes allowed despite Closed / Grades / Genders (still only if they chose it). */
  whitelist: number[];
  /** Student indexes who may not join. */
  blacklist: number[];
  /** IDs of clubs merged into this one (Merge into), for the Club Votes view. */
  mergedFrom: string[];
}

export interface CTeacher {
  id: string;
  maxClubDays?: number;
}

export interface Preselect {
  club: number;
  /** How many groups of the club (default 1). */
  groups: number;
  /** Must attend on these days (empty = any). */
  days: number[];
  notDays: number[];
}

export interface CStudent {
  id: string;
  grade?: string;
  gender?: string;
  unavailableDays: number[];
  /** Club index by rank (index = rank − 1), after Merge into; null where blank or unknown. A vote may name a parent club (see CClub.branchOf). */
  votes: Array<number | null>;
  preselects: Preselect[];
}

/** A row of an existing Club Assignments sheet, pinned (Locked) or as a starting point. */
export interface PinnedAssignment {
  student: number;
  day: number;
  /** Club index, or -1 for study hall. */
  club: number;
  /** 1-based group number within the club, when given. */
  group?: number;
}

export interface ClubsProblem {
  days: string[];
  studyHallName: string;
  weights: ClubWeights;
  clubs: CClub[];
  /** Active students only. */
  students: CStudent[];
  teachers: CTeacher[];
  /** No student is given both clubs of a pair. */
  exclusions: Array<[number, number]>;
  optionsToKeep: number;
  locked: PinnedAssignment[];
  previous: PinnedAssignment[];
}

export interface ClubGroup {
  club: number;
  /** 1-based group number within its club. */
  number: number;
  days: number[];
  /** Student indexes. */
  members: number[];
}

export interface ClubsOption {
  /** Groups that run. */
  groups: ClubGroup[];
  /** assignment[student][day] = index into groups, or -1 for study hall (also on days the student is unavailable). */
  assignment: number[][];
  /** Clubs that do not run, and why. */
  notRunning: Array<{ club: number; reason: string }>;
  /** Higher is better. */
  score: number;
  /** Score by criterion name (the Weights names), for the report. */
  scoreParts: Record<string, number>;
  /** Proven upper bound on the score, where the solver has one. */
  bound?: number;
}

export interface ClubsSolution {
  /** Best first, up to optionsToKeep distinct options. */
  options: ClubsOption[];
  history: {
    trace: Array<{ elapsedMs: number; step: number; score: number; phase: string }>;
    steps: number;
    elapsedMs: number;
    cancelled: boolean;
    seed: number;
    /** Which method produced the best option, e.g. 'greedy', 'local search + exact assignment'. */
    method: string;
  };
}

/** What the verifier recomputes from an option and the problem alone. */
export interface ClubsVerification {
  hardViolations: Array<{ rule: string; message: string; student?: number; club?: number; day?: number }>;
  score: number;
  scoreParts: Record<string, number>;
}
