// Club Votes: how many students ranked each club 1st, 2nd, … — as voted, and again counting only
// the votes the student is eligible to have (a parent vote counts for the branch they fit) —
// whether the club runs in the best option, and if not, why.
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { ClubsOption, ClubsProblem } from './model';
import { tableSheet, yesNo } from '../views/sheet';
import { eligible } from './verify';

export interface VoteTally {
  /** asVoted[club][rank − 1]: students whose vote at that rank names the club itself. */
  asVoted: number[][];
  /** eligibleVotes[club][rank − 1]: votes that may place the student in the club (itself or as the branch of the parent voted for). */
  eligibleVotes: number[][];
  /** Distinct students with at least one eligible vote for the club. */
  eligibleVoters: number[];
}

export function tallyVotes(problem: ClubsProblem): VoteTally {
  const ranks = Math.max(0, ...problem.students.map((s) => s.votes.length));
  const zero = (): number[][] => problem.clubs.map(() => new Array(ranks).fill(0));
  const asVoted = zero();
  const eligibleVotes = zero();
  const voters = problem.clubs.map(() => new Set<number>());
  problem.students.forEach((st, s) => {
    st.votes.forEach((c, k) => {
      if (c === null || !problem.clubs[c]) return;
      asVoted[c][k]++;
      // The club itself, and every branch of it, each counted where the student may join.
      const targets = problem.clubs.map((_, b) => b).filter((b) => b === c || problem.clubs[b].branchOf === c);
      for (const b of targets) {
        if (!eligible(problem, s, b)) continue;
        eligibleVotes[b][k]++;
        voters[b].add(s);
      }
    });
  });
  return { asVoted, eligibleVotes, eligibleVoters: voters.map((v) => v.size) };
}

export function clubVotesSheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const t = tallyVotes(problem);
  const ranks = t.asVoted[0]?.length ?? 0;
  const ordinal = (k: number): string => `Choice ${k}`;
  const header = [
    'Club',
    ...Array.from({ length: ranks }, (_, k) => ordinal(k + 1)),
    ...Array.from({ length: ranks }, (_, k) => `Eligible ${ordinal(k + 1).toLowerCase()}`),
    'Eligible voters',
    'Runs',
    'Reason',
  ];
  const rows: CellValue[][] = [];
  problem.clubs.forEach((club, c) => {
    const groups = option.groups.filter((g) => g.club === c);
    const runs = groups.length > 0;
    const why = option.notRunning.find((n) => n.club === c)?.reason;
    const branches = problem.clubs.filter((b) => b.branchOf === c).map((b) => b.name);
    const reason = runs
      ? `runs with ${groups.length} group${groups.length > 1 ? 's' : ''}`
      : (why ?? (branches.length > 0 ? `its votes go to its branches (${branches.join(', ')})` : 'no group in this schedule'));
    rows.push([club.name, ...t.asVoted[c], ...t.eligibleVotes[c], t.eligibleVoters[c], yesNo(runs), reason]);
    for (const from of club.mergedFrom) rows.push([from, ...new Array(2 * ranks + 1).fill(null), 'no', `merged into ${club.name}: its votes are counted there`]);
  });
  return tableSheet('Club Votes', header, rows, { freezeColumns: 1 });
}
