/** Picks items with probability proportional to 1 / rank^exponent, like word frequencies in real text. */
export function createZipfSampler<T>(items: readonly T[], random: () => number, exponent = 1.05): () => T {
  const cumulative = new Float64Array(items.length);
  let sum = 0;
  for (let rank = 0; rank < items.length; rank += 1) {
    sum += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = sum;
  }
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
}
