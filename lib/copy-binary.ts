const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED = SIGNATURE.length + 8;

/**
 * Splits PostgreSQL's binary COPY format into tuples, whatever the chunk
 * boundaries. Fields come out as views of the input: no copying, no text
 * decoding. A NULL field comes out as null.
 */
export class CopyBinaryReader {
  #rest: Buffer | null = null;
  #headerSeen = false;
  #ended = false;

  constructor(private readonly onTuple: (fields: Array<Buffer | null>) => void) {}

  push(chunk: Buffer) {
    if (this.#ended) throw new Error('binary COPY data after its trailer');
    const data = this.#rest ? Buffer.concat([this.#rest, chunk]) : chunk;
    this.#rest = null;
    let at = this.#headerSeen ? 0 : this.#readHeader(data);
    if (at < 0) return void (this.#rest = data);
    while (at < data.length) {
      const next = this.#readTuple(data, at);
      if (next < 0) return void (this.#rest = data.subarray(at));
      at = next;
    }
  }

  /** Throws unless the stream ended exactly at the trailer. */
  finish() {
    if (!this.#ended || this.#rest) throw new Error('binary COPY cut short');
  }

  #readHeader(data: Buffer): number {
    if (data.length < HEADER_FIXED) return -1;
    if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
      throw new Error('not a binary COPY stream');
    }
    const extension = data.readInt32BE(SIGNATURE.length + 4);
    if (data.length < HEADER_FIXED + extension) return -1;
    this.#headerSeen = true;
    return HEADER_FIXED + extension;
  }

  /** The offset after the tuple at `at`, or -1 when it is incomplete. */
  #readTuple(data: Buffer, at: number): number {
    if (data.length - at < 2) return -1;
    const count = data.readInt16BE(at);
    if (count === -1) {
      this.#ended = true;
      if (at + 2 !== data.length) throw new Error('data after COPY trailer');
      return at + 2;
    }
    const fields: Array<Buffer | null> = new Array(count);
    let pos = at + 2;
    for (let i = 0; i < count; i++) {
      if (data.length - pos < 4) return -1;
      const length = data.readInt32BE(pos);
      pos += 4;
      if (length === -1) {
        fields[i] = null;
        continue;
      }
      if (data.length - pos < length) return -1;
      fields[i] = data.subarray(pos, pos + length);
      pos += length;
    }
    this.onTuple(fields);
    return pos;
  }
}
