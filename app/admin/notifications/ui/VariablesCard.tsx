import { BlockStack, Button, Card, InlineStack, Text } from "@shopify/polaris";
import { useAdminI18n, type AdminKey } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";

/** A variable the editor offers (variables.server.ts). */
export interface VariableOption {
  path: string;
  insert: string;
  sample: string;
  list: boolean;
}

/** The variables a template may use, each inserted where the cursor was with a click. */
export function VariablesCard({
  variables,
  onInsert,
}: {
  variables: VariableOption[];
  onInsert: (liquid: string) => void;
}) {
  const { t } = useAdminI18n();
  const describe = (path: string) => {
    const key = `notifications.variables.${path.replace(/\./g, "_")}` as AdminKey;
    const text = t(key);
    return text === key ? "" : text;
  };
  return (
    <Card>
      <BlockStack gap="300">
        <CardHeading
          title={t("notifications.templates.variablesTitle")}
          description={t("notifications.templates.variablesHelp")}
          compact
        />
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {variables.map((v) => (
            <li key={v.path} style={{ padding: "4px 0" }}>
              <InlineStack gap="200" blockAlign="baseline" wrap>
                <Button
                  variant="plain"
                  onClick={() => onInsert(v.insert)}
                  accessibilityLabel={t("notifications.templates.insert", { variable: v.path })}
                >
                  {v.list ? `{% for item in ${v.path} %}` : `{{ ${v.path} }}`}
                </Button>
                <Text as="span" tone="subdued" variant="bodySm">
                  {describe(v.path)}
                  {v.list
                    ? ` · ${t("notifications.templates.loop")}`
                    : v.sample
                      ? ` · ${t("notifications.templates.sample", { value: v.sample })}`
                      : ""}
                </Text>
              </InlineStack>
            </li>
          ))}
        </ul>
      </BlockStack>
    </Card>
  );
}
