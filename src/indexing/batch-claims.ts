/**
 * A list cut into batches that two threads share: each batch is claimed atomically by exactly one
 * owner (a compare-and-swap on shared memory), the main thread scanning from the front and the
 * helper from the back, so together they take every batch once, and the faster one takes more.
 */
export const MAIN_THREAD = 1;
export const HELPER_THREAD = 2;

export class BatchClaims {
  /** Owner of each batch: 0 (unclaimed), MAIN_THREAD or HELPER_THREAD. */
  readonly owners: Int32Array;

  constructor(
    readonly items: number,
    readonly batchSize: number,
    owners?: Int32Array,
  ) {
    this.owners = owners ?? new Int32Array(new SharedArrayBuffer(4 * Math.ceil(items / batchSize)));
  }

  get batches(): number {
    return this.owners.length;
  }

  /** [first, end) item positions of a batch. */
  range(batch: number): [number, number] {
    return [batch * this.batchSize, Math.min(this.items, (batch + 1) * this.batchSize)];
  }

  /**
   * The first batch from `from` onwards (step 1) or downwards (step -1) that this call claims for
   * `owner`, or -1 when every batch in that direction is taken.
   */
  claim(owner: number, from: number, step: 1 | -1): number {
    for (let batch = from; batch >= 0 && batch < this.batches; batch += step) {
      if (Atomics.compareExchange(this.owners, batch, 0, owner) === 0) return batch;
    }
    return -1;
  }

  ownedBy(owner: number): number[] {
    const batches: number[] = [];
    for (let batch = 0; batch < this.batches; batch++)
      if (Atomics.load(this.owners, batch) === owner) batches.push(batch);
    return batches;
  }
}
