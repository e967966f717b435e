export const CHUNK_SIZE = 64 * 1024;

/**
 * Gathers small pieces into chunks of a fixed size. Next spends several
 * microseconds per web-stream chunk, so one chunk per CSV row would halve
 * throughput (docs/csv-format.md, "Performance").
 */
export class ChunkCoalescer {
  #buffer: Buffer;
  #used = 0;

  constructor(private readonly size = CHUNK_SIZE) {
    this.#buffer = Buffer.allocUnsafe(size);
  }

  /** Copies `bytes` in; each chunk that fills up is appended to `full`. */
  add(bytes: Uint8Array, full: Uint8Array[]) {
    let from = 0;
    while (from < bytes.length) {
      const take = Math.min(this.size - this.#used, bytes.length - from);
      this.#buffer.set(bytes.subarray(from, from + take), this.#used);
      this.#used += take;
      from += take;
      if (this.#used === this.size) {
        full.push(this.#buffer);
        this.#buffer = Buffer.allocUnsafe(this.size);
        this.#used = 0;
      }
    }
  }

  /** What is left, or null when nothing is. */
  flush(): Uint8Array | null {
    if (this.#used === 0) return null;
    const last = this.#buffer.subarray(0, this.#used);
    this.#buffer = Buffer.allocUnsafe(this.size);
    this.#used = 0;
    return last;
  }
}
