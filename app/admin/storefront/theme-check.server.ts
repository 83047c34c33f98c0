import { logger } from "../../logger.server";
import { AdminApiError, type AdminGraphql } from "../../shopify-admin/admin-graphql.server";
import {
  MAIN_THEME_FILES_QUERY,
  THEME_FILENAMES,
  THEME_FILES_PAGE_QUERY,
  THEME_FILES_PER_PAGE,
  type GqlThemeFile,
  type MainThemeFilesResult,
  type ThemeFilesPageResult,
} from "../../shopify-admin/theme-files-query";
import { findPlacements } from "./theme-placement";

export type CheckState = "done" | "todo" | "off" | "unknown";
export type ThemeCheckProblem = "missingScope" | "apiError" | "noTheme" | "incomplete";

/** Whether the live theme has the tracking block and the chat embed, read when the page opens. */
export interface ThemeCheck {
  themeName: string | null;
  block: CheckState;
  /** Where the block is, e.g. "templates/page.tracking.json". */
  blockFiles: string[];
  /** "off": the embed is in the theme but switched off. */
  embed: CheckState;
  /** Why something is "unknown"; null when everything could be checked. */
  problem: ThemeCheckProblem | null;
}

const EMBED_STATE = { enabled: "done", disabled: "off", absent: "todo" } as const;

/**
 * Reads the main theme's settings_data.json, templates and section groups: one call, a second when the
 * files do not fit one page. Nothing is cached, so a block placed a minute ago shows as placed. Anything
 * that stops the check (no read_themes scope yet, Shopify down) answers "unknown", never a guess.
 */
export async function checkTheme(graphql: AdminGraphql): Promise<ThemeCheck> {
  try {
    const first = await graphql<MainThemeFilesResult>(MAIN_THEME_FILES_QUERY, {
      filenames: THEME_FILENAMES,
      first: THEME_FILES_PER_PAGE,
    });
    const theme = first.themes.nodes[0];
    if (!theme) return unknown("noTheme");
    if (!theme.files) return { ...unknown("apiError"), themeName: theme.name };
    const files = [...theme.files.nodes];
    let more = theme.files.pageInfo.hasNextPage;
    const after = theme.files.pageInfo.endCursor;
    if (more && after) {
      const next = await graphql<ThemeFilesPageResult>(THEME_FILES_PAGE_QUERY, {
        id: theme.id,
        filenames: THEME_FILENAMES,
        first: THEME_FILES_PER_PAGE,
        after,
      });
      const page = next.theme?.files;
      if (page) {
        files.push(...page.nodes);
        more = page.pageInfo.hasNextPage;
      }
    }
    const placements = findPlacements(
      files.map((file) => ({ filename: file.filename, content: text(file) })),
    );
    const allRead = !more && placements.unreadable.length === 0;
    const block: CheckState = placements.blockFiles.length ? "done" : allRead ? "todo" : "unknown";
    const embed: CheckState = placements.embed ? EMBED_STATE[placements.embed] : "unknown";
    return {
      themeName: theme.name,
      block,
      blockFiles: placements.blockFiles,
      embed,
      problem: block === "unknown" || embed === "unknown" ? "incomplete" : null,
    };
  } catch (error) {
    if (error instanceof AdminApiError && error.codes.includes("ACCESS_DENIED"))
      return unknown("missingScope");
    logger.warn("Theme check failed", { error: String(error) });
    return unknown("apiError");
  }
}

function text(file: GqlThemeFile): string | null {
  if (typeof file.body.content === "string") return file.body.content;
  if (typeof file.body.contentBase64 === "string") {
    return Buffer.from(file.body.contentBase64, "base64").toString("utf8");
  }
  return null;
}

function unknown(problem: ThemeCheckProblem): ThemeCheck {
  return { themeName: null, block: "unknown", blockFiles: [], embed: "unknown", problem };
}
