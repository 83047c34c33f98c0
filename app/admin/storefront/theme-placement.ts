/**
 * Where the theme app extension's blocks sit in a theme's JSON files. Shopify stores an app block as
 * `{ "type": "shopify://apps/<app handle>/blocks/<block handle>/<extension uuid>", "disabled"?: true }`:
 * app blocks inside a template's or section group's sections (also nested in theme blocks), app embeds
 * under `blocks` of config/settings_data.json's `current` settings.
 */

/** blocks/order-tracking.liquid in extensions/parcelwise-tracking. */
export const TRACKING_BLOCK_HANDLE = "order-tracking";
/** blocks/chat-embed.liquid in extensions/parcelwise-tracking (an app embed). */
export const CHAT_EMBED_HANDLE = "chat-embed";

export interface ThemeFileText {
  filename: string;
  /** null: the file could not be read or parsed. */
  content: string | null;
}

export interface Placements {
  /** Files with the "Order tracking" block in a section that is not switched off, e.g. "templates/page.json". */
  blockFiles: string[];
  /** The chat embed in settings_data.json; null when that file was not read. */
  embed: "enabled" | "disabled" | "absent" | null;
  /** Templates or section groups that could not be read: an absent block there cannot be ruled out. */
  unreadable: string[];
}

const SETTINGS_DATA = "config/settings_data.json";
const APP_BLOCK_TYPE = /^shopify:\/\/apps\/[^/]+\/blocks\/([^/]+)\/[^/]+$/;

export function findPlacements(files: ThemeFileText[]): Placements {
  const result: Placements = { blockFiles: [], embed: null, unreadable: [] };
  for (const file of files) {
    const json = file.content === null ? undefined : parseThemeJson(file.content);
    if (file.filename === SETTINGS_DATA) {
      if (json !== undefined) result.embed = embedState(json);
    } else if (json === undefined) {
      result.unreadable.push(file.filename);
    } else if (hasEnabledBlock(record(json)?.sections, TRACKING_BLOCK_HANDLE)) {
      result.blockFiles.push(file.filename);
    }
  }
  return result;
}

/** The block handle of an app block's `type`, or null for a theme's own block or section. */
export function appBlockHandle(type: unknown): string | null {
  return typeof type === "string" ? (APP_BLOCK_TYPE.exec(type)?.[1] ?? null) : null;
}

/**
 * Shopify writes JSON templates and settings_data.json with a `/* … *\/` notice on top (generated files
 * "may be overwritten"), which JSON.parse refuses; comments are dropped outside strings only.
 */
export function parseThemeJson(text: string): unknown {
  try {
    return JSON.parse(
      text.replace(/("(?:[^"\\]|\\.)*")|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (_m, s?: string) => s ?? ""),
    );
  } catch {
    return undefined;
  }
}

function embedState(settingsData: unknown): Placements["embed"] {
  const data = record(settingsData);
  // Older themes name a preset as `current` instead of holding the values.
  const current =
    typeof data?.current === "string" ? record(record(data.presets)?.[data.current]) : record(data?.current);
  const embeds = Object.values(record(current?.blocks) ?? {})
    .map(record)
    .filter((block) => appBlockHandle(block?.type) === CHAT_EMBED_HANDLE);
  if (embeds.length === 0) return "absent";
  return embeds.some((block) => block?.disabled !== true) ? "enabled" : "disabled";
}

/** A block with this handle under sections that are not switched off, at any depth of nested blocks. */
function hasEnabledBlock(sections: unknown, handle: string): boolean {
  const visit = (blocks: unknown): boolean =>
    Object.values(record(blocks) ?? {}).some((value) => {
      const block = record(value);
      if (!block || block.disabled === true) return false;
      return appBlockHandle(block.type) === handle || visit(block.blocks);
    });
  return Object.values(record(sections) ?? {}).some((value) => {
    const section = record(value);
    return !!section && section.disabled !== true && visit(section.blocks);
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
