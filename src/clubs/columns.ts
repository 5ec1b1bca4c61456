// Builds an LP's columns in compressed sparse column form, one column at a time: what both
// HiGHS models (the assignment in lp.ts, the capacity bound in bound.ts) need to hand over.

export class ColumnBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  /** Number of columns so far (= the index the next column gets). */
  get count(): number {
    return this.cost.length;
  }

  /** Adds a column with objective coefficient c0, bounds [l, u] and (row, value) entries; rows < 0 and zero values are skipped. Returns its index. */
  add(c0: number, l: number, u: number, entries: Array<[number, number]>): number {
    for (const [r, v] of entries) {
      if (r < 0 || v === 0) continue;
      this.indices.push(r);
      this.values.push(v);
    }
    this.starts.push(this.indices.length);
    this.cost.push(c0);
    this.lower.push(l);
    this.upper.push(u);
    return this.cost.length - 1;
  }

  /** The columns as the typed arrays of a HiGHS model. */
  build(numRows: number) {
    return {
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      matrix: {
        format: 'csc' as const,
        numRows,
        numCols: this.cost.length,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
    };
  }
}
