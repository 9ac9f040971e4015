/** Runs `action` a few times untimed (warm caches and prepared statements), then `repeats` times timed, in ms. */
export async function sampleTimes(action: () => unknown, repeats: number, warmUp = 2): Promise<number[]> {
  for (let index = 0; index < warmUp; index += 1) await action();
  const samples: number[] = [];
  for (let index = 0; index < repeats; index += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return samples;
}
