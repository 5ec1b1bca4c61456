// A growable stack on a typed array: the search's journals and lists, free of garbage.
export class Stack<A extends Int32Array | Float64Array> {
  n = 0;
  constructor(public data: A) {}
  push(x: number): void {
    if (this.n === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => A)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.n++] = x;
  }
}

