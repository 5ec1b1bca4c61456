// Write blocks: queue Office.js actions until the next one would push the request past the
// size budget, then sync once. Every block starts by suspending calculation (and screen updating
// where the host supports it) until its sync, as the eslint-plugin-office-addins guidance asks.
import type { XlContext } from './office-api';
import { ACTION_OVERHEAD_BYTES, MAX_REQUEST_BYTES } from './office-cells';

export interface BatchOptions {
  /** Request size budget in bytes (default 4 MB: Excel on the web rejects requests over 5 MB). */
  maxBytes?: number;
  /** ExcelApi 1.9 suspendScreenUpdatingUntilNextSync is available. */
  screenUpdating?: boolean;
}

export class WriteBatch {
  readonly maxBytes: number;
  private used = 0;
  /** Syncs this batch has made. */
  syncs = 0;

  constructor(private readonly ctx: XlContext, private readonly options: BatchOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_REQUEST_BYTES;
  }

  /** Bytes still free in the current block for the payload of `actions` more actions. */
  room(actions = 1): number {
    const prelude = this.used === 0 ? 2 * ACTION_OVERHEAD_BYTES : 0;
    return this.maxBytes - this.used - prelude - actions * ACTION_OVERHEAD_BYTES;
  }

  /**
   * Account for `actions` actions carrying `payloadBytes` in all (call just before queuing them).
   * Syncs the current block first when they would not fit; a write too big for any block throws.
   */
  async add(payloadBytes: number, actions = 1): Promise<void> {
    if (payloadBytes > this.room(actions) && this.used > 0) await this.flush();
    if (payloadBytes > this.room(actions)) {
      throw new Error(`One write is too large to send to Excel (${Math.ceil(payloadBytes / 1024)} KB at once).`);
    }
    if (this.used === 0) this.startBlock();
    this.used += payloadBytes + actions * ACTION_OVERHEAD_BYTES;
  }

  /** Sync the current block, if anything is queued. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.ctx.sync();
    this.syncs++;
    this.used = 0;
  }

  private startBlock(): void {
    this.used = 2 * ACTION_OVERHEAD_BYTES;
    this.ctx.application.suspendApiCalculationUntilNextSync();
    if (this.options.screenUpdating) this.ctx.application.suspendScreenUpdatingUntilNextSync();
  }
}
