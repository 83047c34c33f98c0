import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILD_COMMAND,
  buildStorefrontAssets,
  STOREFRONT_ASSETS,
} from "../../scripts/build-storefront-assets";

describe("storefront assets", () => {
  it("ships in each extension asset the build of its source", async () => {
    // Given the committed assets, when their sources are built afresh, then nothing differs.
    for (const built of await buildStorefrontAssets()) {
      const committed = readFileSync(built.output, "utf8");
      expect(committed, `${built.output} is stale: edit ${built.source}, then run \`${BUILD_COMMAND}\``).toBe(
        built.contents,
      );
    }
  });

  it("names its source and the command on the first line of each asset", () => {
    for (const { source, output } of STOREFRONT_ASSETS) {
      const [header] = readFileSync(output, "utf8").split("\n", 1);
      expect(header).toContain(source);
      expect(header).toContain(BUILD_COMMAND);
    }
  });
});
