import { Form } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, InlineStack, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import type { StorefrontErrorCode } from "../actions.server";
import type { StorefrontPageData } from "../page.server";
import { useStorefrontErrors } from "./errors";

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The accent colour and logo of Parcelwise's own tracking page (saved with the notification settings,
 * whose emails use them too), and that page as shoppers see it, rendered from what is saved.
 */
export function BrandingCard({
  branding,
  preview,
  errors,
  submitting,
}: {
  branding: StorefrontPageData["branding"];
  preview: string;
  errors: Record<string, StorefrontErrorCode> | undefined;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const [accent, setAccent] = useState(branding.brandAccentColor ?? "");
  const [logo, setLogo] = useState(branding.brandLogoUrl ?? "");
  const error = useStorefrontErrors(errors);
  return (
    <Card>
      <BlockStack gap="400">
        <Form method="post">
          <input type="hidden" name="intent" value="branding" />
          <BlockStack gap="400">
            <CardHeading
              title={t("storefront.branding.title")}
              description={t("storefront.branding.description")}
            />
            {errors?.form && <Banner tone="critical">{error("form")}</Banner>}
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  label={t("storefront.branding.accentColor")}
                  name="brandAccentColor"
                  value={accent}
                  onChange={setAccent}
                  placeholder="#1c5fa8"
                  prefix={<Swatch color={HEX.test(accent.trim()) ? accent.trim() : null} />}
                  helpText={t("storefront.branding.accentColorHelp")}
                  error={error("brandAccentColor")}
                  autoComplete="off"
                />
                <TextField
                  label={t("storefront.branding.logoUrl")}
                  name="brandLogoUrl"
                  type="url"
                  value={logo}
                  onChange={setLogo}
                  placeholder="https://cdn.shopify.com/…"
                  helpText={t("storefront.branding.logoUrlHelp")}
                  error={error("brandLogoUrl")}
                  autoComplete="off"
                />
              </FormLayout.Group>
            </FormLayout>
            <InlineStack align="end">
              <Button submit variant="primary" loading={submitting}>
                {t("storefront.branding.save")}
              </Button>
            </InlineStack>
          </BlockStack>
        </Form>
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            {t("storefront.branding.preview")}
          </Text>
          <Text as="p" tone="subdued">
            {t("storefront.branding.previewHelp")}
          </Text>
          {/* No permissions at all: the preview runs no script and cannot reach the admin. */}
          <iframe
            title={t("storefront.branding.previewTitle")}
            sandbox=""
            srcDoc={preview}
            style={{ width: "100%", height: 640, border: "1px solid #e3e3e3", borderRadius: 8 }}
          />
        </BlockStack>
      </BlockStack>
    </Card>
  );
}

/** The typed colour, or an empty square while it is not one yet. */
function Swatch({ color }: { color: string | null }) {
  return (
    <span
      aria-hidden
      style={{
        display: "block",
        width: 16,
        height: 16,
        borderRadius: 4,
        border: "1px solid #8a8a8a",
        background: color ?? "transparent",
      }}
    />
  );
}
