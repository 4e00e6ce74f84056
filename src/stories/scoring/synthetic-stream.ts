/**
 * Synthetic articles for speed measurements only (quality is measured on real data): a Zipf background
 * vocabulary, stories with their own topic words that start, run for a while and fade, one article every 30 s.
 */
import type { ClusterItem } from '../../vocabulary.js';
import { seededRandom } from './rng.js';

const SYLLABLES = 'ba ko ri tesu ma lon vi dra pe gul an sho te rak mi zo fen ul kar bi'.split(' ');

function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** `count` articles in time order, deterministic for the seed. */
export function syntheticArticles(count: number, seed = 7): ClusterItem[] {
  const random = seededRandom(seed);
  const vocab = vocabulary(30_000, random);
  // Zipf(1) sampling by inverse CDF over ranks.
  const cdf = new Float64Array(vocab.length);
  let acc = 0;
  for (let i = 0; i < vocab.length; i++) cdf[i] = acc += 1 / (i + 1);
  const zipf = (): string => {
    const x = random() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const stories: string[][] = [];
  const start = Date.parse('2024-01-01T00:00:00Z');
  const out: ClusterItem[] = [];
  for (let i = 0; i < count; i++) {
    if (stories.length === 0 || random() < 0.1)
      stories.push(Array.from({ length: 12 }, () => vocab[1000 + Math.floor(random() * (vocab.length - 1000))]!));
    // Mostly recent stories: the news moves on.
    const pick = stories.length - 1 - Math.min(stories.length - 1, Math.floor(-Math.log(1 - random()) * 40));
    const topic = stories[pick]!;
    const word = (share: number): string => (random() < share ? topic[Math.floor(random() * topic.length)]! : zipf());
    out.push({
      id: `syn${i}`,
      title: Array.from({ length: 7 }, () => word(0.6)).join(' '),
      text: Array.from({ length: 150 }, () => word(0.3)).join(' '),
      publishedAt: new Date(start + i * 30_000).toISOString(),
      outlet: `outlet${Math.floor(random() * 50)}`,
    });
  }
  return out;
}
