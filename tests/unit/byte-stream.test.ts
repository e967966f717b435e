import { byteStream } from '@/lib/csv-response';

/** Endless chunks that record whether the producer was ended. */
function producer() {
  const state = { ended: false, produced: 0 };
  async function* chunks() {
    try {
      for (;;) {
        state.produced += 1;
        yield new Uint8Array([state.produced % 256]);
      }
    } finally {
      state.ended = true;
    }
  }
  return { state, chunks: chunks() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('byteStream', () => {
  it('ends the producer when the reader cancels', async () => {
    const { state, chunks } = producer();
    const reader = byteStream(chunks).getReader();
    await reader.read();
    await reader.cancel();
    expect(state.ended).toBe(true);
  });

  it('ends the producer when the request is aborted, even if nobody cancels', async () => {
    const { state, chunks } = producer();
    const aborter = new AbortController();
    const reader = byteStream(chunks, {}, aborter.signal).getReader();
    await reader.read();
    aborter.abort();
    await settle();
    expect(state.ended).toBe(true);
  });

  it('ends the producer when the client stops reading', async () => {
    const { state, chunks } = producer();
    const reader = byteStream(chunks, {}, undefined, 30).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(state.ended).toBe(true);
    await expect(reader.read()).rejects.toThrow('client stopped reading');
  });
});
