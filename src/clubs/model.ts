// Club scheduling as the solver sees it: plain data, indexes instead of IDs, no workbook.
// Built from WorkbookRecords by build.ts; shared by solve, verify and views.
// The problem keeps the RAW rules (grades, genders, closed, white/blacklists, votes, branches):
// the solver and the verifier each derive who may join what on their own.
//
// Days are indexes into ClubsProblem.days (the club days only, in Settings order).
//
// THE OBJECTIVE (score, higher is better). The solver and the verifier each implement exactly this:
//  + Choice k: for each student and each distinct club they attend (however many days), the reward
//    weights.choice[k-1] of the best rank k their votes give that club (a vote for a parent club
//    counts for its branch). Preselected clubs they did not vote for earn nothing.
//  − Unchosen study hall: a student with u study-hall days on days they are available (minus one if
//    they voted for the study hall by name) pays w·u(u+1)/2: the 1st costs w, the 2nd 2w, the 3rd 3w,
//    so two students with one each beat one student with two.
//  − Club size spread: for each running group, w per member beyond mid = ceil((min+max)/2) of its
//    club's Min/Max members.
//  − Grade mix / Gender mix: for each running group and each grade (gender) present, w per member of
//    that grade (gender) beyond half the group's members (fractions allowed: 4 of 5 → 1.5).
//    Students without a grade (gender) are not counted.
// Defaults (DEFAULT_CLUB_WEIGHTS): Choice 1…5 = 100, 40, 15, 6, 2, any further rank 1;
// Unchosen study hall 40; Club size spread 1; Grade mix 0; Gender mix 1.
// Why so steep: a school judges a schedule first by its share of first choices. With 100/70/45/… the
// optimum traded first choices for second and third ones and gave fewer first choices than Club
// Sandwich's own method; with a first choice worth more than a second and a third together, it gives
// more, and still far fewer unchosen study halls (bench table in docs/clubs.md).

export const DEFAULT_CHOICE_WEIGHTS = [100, 40, 15, 6, 2];
export const DEFAULT_FURTHER_CHOICE_WEIGHT = 1;
export const DEFAULT_CLUB_WEIGHTS = {
  'Unchosen study hall': 40,
  'Club size spread': 1,
  'Grade mix': 0,
  'Gender mix': 1,
} as const;

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
  /** The student voted for the study hall by name (one study-hall day is then chosen, not penalised). */
  votedStudyHall: boolean;
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
  /**
   * Added by the solver (optional): preselects and Locked rows this option could not honour, with why
   * (e.g. the club cannot reach Min members, or a blacklist forbids it). Empty or absent = all honoured.
   */
  unmet?: Array<{ student: number; club: number; day?: number; reason: string }>;
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
