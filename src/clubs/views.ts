// Every club output sheet of SCHEMA.md, from a problem and a solution (the best option is the
// one shown; the report compares all kept options).
import type { OutputSheet } from '../core/output';
import type { ClubsProblem, ClubsSolution } from './model';
import { bestOption } from './viewsCommon';
import { clubAssignmentsSheet, clubsByStudentSheet } from './viewsAssign';
import { clubsByClubSheet, clubsByDaySheet, clubsByTeacherSheet } from './viewsGroups';
import { clubVotesSheet } from './viewsVotes';
import { clubsReport } from './report';

export const CLUB_SHEETS = ['Club Assignments', 'Clubs by Student', 'Clubs by Club', 'Clubs by Teacher', 'Clubs by Day', 'Club Votes', 'Clubs Report'];

export function clubsViews(problem: ClubsProblem, solution: ClubsSolution): OutputSheet[] {
  const option = bestOption(problem, solution);
  return [
    clubAssignmentsSheet(problem, option),
    clubsByStudentSheet(problem, option),
    clubsByClubSheet(problem, option),
    clubsByTeacherSheet(problem, option),
    clubsByDaySheet(problem, option),
    clubVotesSheet(problem, option),
    clubsReport(problem, solution),
  ];
}
