import { Liquid, Tag, type FS, type Template } from "liquidjs";
import { TemplateError, toTemplateError } from "./errors";

/**
 * Limits that keep one merchant's template from stalling the worker. A real message renders in about a
 * millisecond and allocates a few thousand units; these are orders of magnitude above that.
 */
export const LIMITS = {
  /** Characters parsed per template: above the longest template validation accepts (20,000). */
  parseLength: 50_000,
  /** Milliseconds per render. Rendering is synchronous, so this is how long the event loop can block. */
  renderMs: 500,
  /** liquidjs allocation units (array items, string characters built by filters) per render. */
  memory: 5_000_000,
} as const;

/** Tags that would read other templates from disk; a merchant's template is always self-contained. */
const FILE_TAGS = ["include", "render", "layout"] as const;

class ForbiddenTag extends Tag {
  constructor(...args: ConstructorParameters<typeof Tag>) {
    super(...args);
    // Thrown while parsing, so validation reports it before anything is rendered.
    throw new Error(`Tag \`${this.name}\` is not allowed`);
  }
  render(): void {}
}

const refuse = (): never => {
  throw new TemplateError("Templates cannot read files");
};
/** Second line of defence behind `ForbiddenTag`: nothing liquidjs does can reach the disk. */
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => refuse(),
  readFileSync: refuse,
  resolve: (_dir, file) => file,
};

function createEngine(outputEscape?: "escape"): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape,
    fs: NO_FILES,
    root: [],
    relativeReference: false,
    parseLimit: LIMITS.parseLength,
    renderLimit: LIMITS.renderMs,
    memoryLimit: LIMITS.memory,
  });
  for (const name of FILE_TAGS) engine.registerTag(name, ForbiddenTag);
  return engine;
}

/** `text` leaves values as they are (plain text, SMS); `html` escapes every `{{ }}` unless `| raw`. */
export type RenderMode = "text" | "html";

const ENGINES: Record<RenderMode, Liquid> = { text: createEngine(), html: createEngine("escape") };

/** Parsed templates by source. Most shops use the defaults, so a few hundred entries cover the traffic. */
const CACHE_SIZE = 500;
const CACHES: Record<RenderMode, Map<string, Template[]>> = { text: new Map(), html: new Map() };

/** Parses `source` once per mode and keeps it; throws `TemplateError` for a template that does not parse. */
export function parseTemplate(source: string, mode: RenderMode = "text"): Template[] {
  const cache = CACHES[mode];
  const cached = cache.get(source);
  if (cached) {
    // Re-inserting keeps the Map's insertion order least-recently-used first.
    cache.delete(source);
    cache.set(source, cached);
    return cached;
  }
  let parsed: Template[];
  try {
    parsed = ENGINES[mode].parse(source);
  } catch (error) {
    throw toTemplateError(error);
  }
  cache.set(source, parsed);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return parsed;
}

/** Renders `source` against `scope` under the strict, file-less, limited engine for `mode`. */
export function renderTemplate(source: string, scope: object, mode: RenderMode = "text"): string {
  const parsed = parseTemplate(source, mode);
  try {
    return String(ENGINES[mode].renderSync(parsed, scope));
  } catch (error) {
    throw toTemplateError(error);
  }
}

/** A variable the template reads from outside (not one it assigns itself), for validation. */
export interface GlobalVariable {
  /** Property path, e.g. ["customer", "first_name"]; a nested expression like `items[i]` is null. */
  path: Array<string | number | null>;
  text: string;
  line: number;
  column: number;
}

/** Every outside variable the template could read, including in branches sample data never takes. */
export function globalVariables(source: string): GlobalVariable[] {
  const analysis = ENGINES.text.analyzeSync(parseTemplate(source), { partials: false });
  return Object.values(analysis.globals).flatMap((uses) =>
    uses.map((variable) => ({
      path: variable.segments.map((s) => (typeof s === "object" ? null : s)),
      text: String(variable),
      line: variable.location.row,
      column: variable.location.col,
    })),
  );
}
