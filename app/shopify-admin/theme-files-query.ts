/**
 * The live theme's JSON files, to see whether the merchant placed the "Order tracking" block and turned
 * the chat embed on. Needs the read_themes scope; without it Shopify answers ACCESS_DENIED.
 *
 * - `themes(roles: [MAIN], first: 1)`: the published theme (the one `/admin/themes/current/editor` opens).
 * - `files(filenames:)` takes up to 50 names, `*` matching any characters, and returns at most `first`
 *   files, fewer when the payload would be too large; so a shop with many templates may need a second page,
 *   read with THEME_FILES_PAGE_QUERY from `pageInfo.endCursor`.
 * - A JSON file's body is OnlineStoreThemeFileBodyText; Base64 and Url are the union's other members
 *   (binary or very large files), read here only as far as base64 goes.
 *
 * Types are written by hand, as for orders-query.ts (docs/decisions/0004-jobs-and-admin-api.md).
 */
export const THEME_FILENAMES = ["config/settings_data.json", "templates/*.json", "sections/*.json"];

/** Files per page: JSON templates are small, and Shopify shortens a page that would be too large anyway. */
export const THEME_FILES_PER_PAGE = 100;

export const MAIN_THEME_FILES_QUERY = `#graphql
  query ParcelwiseMainThemeFiles($filenames: [String!]!, $first: Int!) {
    themes(roles: [MAIN], first: 1) {
      nodes {
        id
        name
        files(filenames: $filenames, first: $first) {
          nodes {
            filename
            body {
              ... on OnlineStoreThemeFileBodyText {
                content
              }
              ... on OnlineStoreThemeFileBodyBase64 {
                contentBase64
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

export const THEME_FILES_PAGE_QUERY = `#graphql
  query ParcelwiseThemeFilesPage($id: ID!, $filenames: [String!]!, $first: Int!, $after: String) {
    theme(id: $id) {
      files(filenames: $filenames, first: $first, after: $after) {
        nodes {
          filename
          body {
            ... on OnlineStoreThemeFileBodyText {
              content
            }
            ... on OnlineStoreThemeFileBodyBase64 {
              contentBase64
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export interface GqlThemeFile {
  filename: string;
  /** `{}` for a body read as a URL (not fetched). */
  body: { content?: string; contentBase64?: string };
}

export interface GqlThemeFiles {
  nodes: GqlThemeFile[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface MainThemeFilesResult {
  themes: { nodes: Array<{ id: string; name: string; files: GqlThemeFiles | null }> };
}

export interface ThemeFilesPageResult {
  theme: { files: GqlThemeFiles | null } | null;
}
