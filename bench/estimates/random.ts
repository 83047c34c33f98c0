import { Random as SeededRandom } from "../../scripts/emulator/random";

/**
 * The emulator's seeded generator (mulberry32: the same seed gives the same history on every machine),
 * with the distributions the synthetic history draws from.
 */
export class Random extends SeededRandom {
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Lognormal with the given median and log-scale spread. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson (Knuth's method; the means here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }

  /** One of `items`, chosen in proportion to `weight`. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const sum = items.reduce((s, item) => s + weight(item), 0);
    let x = this.next() * sum;
    for (const item of items) {
      x -= weight(item);
      if (x < 0) return item;
    }
    return items[items.length - 1];
  }
}
