// Local search over groups → days, each placement scored by re-solving the assignment LP on the one
// persistent HiGHS model (only the changed slots' bounds move; the simplex warm-starts).
import type { ClubsProblem } from './model';
import type { Facts } from './facts';
import type { AssignmentLp } from './lp';
import { Placement, type Rng } from './placement';

export interface ScoredPlacement {
  pat: Int32Array;
  lp: number;
}

/** Moves one group to another valid pattern, or swaps the days of two groups. Returns an undo, or null when it found no valid move. */
export function proposeMove(pl: Placement, f: Facts, patIndex: Array<Map<string, number>>, rng: Rng): (() => void) | null {
  const nG = f.groups.length;
  if (nG === 0) return null;
  if (rng() < 0.55) {
    for (let tries = 0; tries < 8; tries++) {
      const g = Math.floor(rng() * nG);
      const moves = pl.movesFor(g);
      if (moves.length === 0) continue;
      const old = pl.pat[g];
      const pi = moves[Math.floor(rng() * moves.length)];
      pl.remove(g);
      pl.place(g, pi);
      return () => {
        pl.remove(g);
        if (old >= 0) pl.place(g, old);
      };
    }
    return null;
  }
  for (let tries = 0; tries < 12; tries++) {
    const g1 = Math.floor(rng() * nG);
    const g2 = Math.floor(rng() * nG);
    const c1 = f.groups[g1].club;
    const c2 = f.groups[g2].club;
    const o1 = pl.pat[g1];
    const o2 = pl.pat[g2];
    if (c1 === c2 || o1 < 0 || o2 < 0) continue;
    const n1 = patIndex[c1].get(pl.days(g2).join(','));
    const n2 = patIndex[c2].get(pl.days(g1).join(','));
    if (n1 === undefined || n2 === undefined || n1 === o1) continue;
    pl.remove(g1);
    pl.remove(g2);
    if (pl.canPlace(g1, n1)) {
      pl.place(g1, n1);
      if (pl.canPlace(g2, n2)) {
        pl.place(g2, n2);
        return () => {
          pl.remove(g1);
          pl.remove(g2);
          pl.place(g1, o1);
          pl.place(g2, o2);
        };
      }
      pl.remove(g1);
    }
    pl.place(g1, o1);
    pl.place(g2, o2);
  }
  return null;
}

export function patternIndex(p: ClubsProblem, f: Facts): Array<Map<string, number>> {
  return p.clubs.map((_, c) => new Map(f.patterns[c].map((days, pi) => [days.join(','), pi])));
}

/** A placement from the joint relaxation: slots with the largest open values first, the rest left unplaced. */
export function placementFromJoint(p: ClubsProblem, f: Facts, lp: AssignmentLp, values: Float64Array): Placement {
  const pl = new Placement(p, f);
  const order = lp.slotClub.map((c, sl) => ({ sl, c, v: values[lp.slotOpen[sl]] })).filter((x) => x.v > 0.05);
  order.sort((a, b) => b.v - a.v || a.sl - b.sl);
  for (const { sl, c } of order) {
    const pi = lp.slotPat[sl];
    const g = f.groupsOfClub[c].find((h) => pl.pat[h] < 0 && pl.canPlace(h, pi));
    if (g !== undefined) pl.place(g, pi);
  }
  return pl;
}

/** Keeps the best `k` distinct placements by LP value. */
export class TopPlacements {
  readonly items: ScoredPlacement[] = [];
  private readonly keys = new Set<string>();
  constructor(private readonly k: number) {}
  offer(pl: Placement, lp: number): void {
    const key = pl.key();
    if (this.keys.has(key)) return;
    if (this.items.length >= this.k && lp <= this.items[this.items.length - 1].lp) return;
    this.items.push({ pat: Int32Array.from(pl.pat), lp });
    this.keys.add(key);
    this.items.sort((a, b) => b.lp - a.lp);
    while (this.items.length > this.k) {
      const gone = this.items.pop()!;
      this.keys.delete(Array.from(gone.pat).join(','));
    }
  }
}

export function placementOf(p: ClubsProblem, f: Facts, pat: Int32Array): Placement {
  const pl = new Placement(p, f);
  pat.forEach((pi, g) => {
    if (pi >= 0) pl.place(g, pi);
  });
  return pl;
}
