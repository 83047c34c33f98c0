import { useRevalidator } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Divider,
  InlineStack,
  ProgressBar,
  Text,
  type BadgeProps,
} from "@shopify/polaris";
import type { ReactNode } from "react";
import { useAdminI18n } from "../../i18n";
import type { StorefrontPageData } from "../page.server";

type Status = "done" | "todo" | "off" | "unknown" | "always" | "manual" | "notNeeded";

const TONE: Record<Status, BadgeProps["tone"]> = {
  done: "success",
  todo: "attention",
  off: "warning",
  unknown: undefined,
  always: "success",
  manual: "info",
  notNeeded: undefined,
};

/**
 * The setup steps: place the tracking block, switch the chat on (both read from the live theme when the
 * page opened), Parcelwise's own page as the alternative, and Shopify's shipping notifications to turn off.
 */
export function ChecklistCard({ checklist }: { checklist: StorefrontPageData["checklist"] }) {
  const { t } = useAdminI18n();
  const revalidator = useRevalidator();
  const { theme, links } = checklist;
  const themeSteps = [theme.block, theme.embed];
  const done = themeSteps.filter((state) => state === "done").length;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            {t("storefront.checklist.title")}
          </Text>
          <Button
            variant="plain"
            loading={revalidator.state === "loading"}
            onClick={() => revalidator.revalidate()}
          >
            {t("storefront.checklist.checkAgain")}
          </Button>
        </InlineStack>
        <BlockStack gap="200">
          <Text as="p" tone="subdued">
            {t("storefront.checklist.progress", { done, total: themeSteps.length })}
          </Text>
          <ProgressBar progress={(done / themeSteps.length) * 100} size="small" tone="success" />
          {theme.themeName && (
            <Text as="p" variant="bodySm" tone="subdued">
              {t("storefront.checklist.theme", { name: theme.themeName })}
            </Text>
          )}
        </BlockStack>
        {theme.problem && (
          <Banner tone="warning">{t(`storefront.checklist.problem.${theme.problem}`)}</Banner>
        )}
        <Step
          title={t("storefront.checklist.block.title")}
          status={theme.block}
          action={{ label: t("storefront.checklist.block.action"), url: links.addBlock, target: "_blank" }}
        >
          {t("storefront.checklist.block.body")}
          {theme.blockFiles.length > 0 &&
            " " + t("storefront.checklist.block.placedOn", { files: theme.blockFiles.join(", ") })}
        </Step>
        <Step
          title={t("storefront.checklist.embed.title")}
          status={theme.embed}
          action={{
            label: t("storefront.checklist.embed.action"),
            url: links.activateEmbed,
            target: "_blank",
          }}
        >
          {theme.embed === "off" ? t("storefront.checklist.embed.off") + " " : ""}
          {t("storefront.checklist.embed.body")}
        </Step>
        <Step
          title={t("storefront.checklist.ownPage.title")}
          status="always"
          action={{ label: t("storefront.checklist.ownPage.action"), url: links.ownPage, target: "_blank" }}
        >
          {t("storefront.checklist.ownPage.body", { url: links.ownPage })}
        </Step>
        <Step
          title={t("storefront.checklist.shopifyEmails.title")}
          status={checklist.parcelwiseShippingMessagesOn ? "manual" : "notNeeded"}
          action={
            checklist.parcelwiseShippingMessagesOn
              ? {
                  label: t("storefront.checklist.shopifyEmails.action"),
                  url: links.shopifyNotifications,
                  target: "_top",
                }
              : undefined
          }
        >
          {checklist.parcelwiseShippingMessagesOn
            ? t("storefront.checklist.shopifyEmails.body")
            : t("storefront.checklist.shopifyEmails.notNeeded")}
        </Step>
      </BlockStack>
    </Card>
  );
}

function Step({
  title,
  status,
  action,
  children,
}: {
  title: string;
  status: Status;
  action?: { label: string; url: string; target: "_blank" | "_top" };
  children: ReactNode;
}) {
  const { t } = useAdminI18n();
  return (
    <BlockStack gap="300">
      <Divider />
      <InlineStack align="space-between" blockAlign="start" gap="300" wrap={false}>
        <BlockStack gap="100">
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {title}
            </Text>
            <Badge tone={TONE[status]}>{t(`storefront.checklist.status.${status}`)}</Badge>
          </InlineStack>
          <Text as="p" tone="subdued">
            {children}
          </Text>
        </BlockStack>
        {action && (
          <Box minWidth="fit-content">
            <Button
              url={action.url}
              target={action.target}
              variant={status === "todo" || status === "off" ? "primary" : "secondary"}
            >
              {action.label}
            </Button>
          </Box>
        )}
      </InlineStack>
    </BlockStack>
  );
}
