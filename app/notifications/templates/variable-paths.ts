import type { MessageVariables } from "../milestones";

type Segment = string | number | null;

/** Properties liquidjs gives every list (and `size` every string) without them being data. */
const LIST_PROPERTIES = new Set(["first", "last"]);

/**
 * Whether `path` exists in `root`. A list stands for any of its items (the sample's first), so
 * `items[0].title` and `items.last.title` check `title` on an item; a computed key (`null`) cannot be
 * known statically and is left to the render check.
 */
export function hasPath(root: object, path: Segment[]): boolean {
  let value: unknown = root;
  for (const [i, segment] of path.entries()) {
    const isLast = i === path.length - 1;
    if (Array.isArray(value)) {
      if (segment === "size") return isLast;
      if (segment !== null && typeof segment !== "number" && !LIST_PROPERTIES.has(segment)) return false;
      value = value[0];
    } else if (typeof value === "string") {
      return segment === "size" && isLast;
    } else if (value !== null && typeof value === "object") {
      if (segment === null) return true;
      if (!Object.hasOwn(value, segment)) return false;
      value = (value as Record<string | number, unknown>)[segment];
    } else {
      return false;
    }
  }
  return true;
}

/** Every dotted path a template can use, e.g. "customer.first_name", "items", for suggestions. */
export function variablePaths(root: object, prefix = ""): string[] {
  return Object.entries(root).flatMap(([key, value]) => {
    const path = prefix + key;
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? variablePaths(value, `${path}.`)
      : [path];
  });
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known path a typo most likely meant ("custmer.first_name" → "customer.first_name"), if any is close. */
export function closestPath(typed: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 5)) + 1;
  for (const path of known) {
    const distance = editDistance(typed, path);
    if (distance < bestDistance) [best, bestDistance] = [path, distance];
  }
  return best;
}

/** The same shape with every string empty and every list empty: the least a real shipment can have. */
export function emptied(variables: MessageVariables): MessageVariables {
  const empty = (value: unknown): unknown => {
    if (typeof value === "string") return "";
    if (Array.isArray(value)) return [];
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, empty(v)]));
    }
    return value;
  };
  return empty(variables) as MessageVariables;
}
