import { Form, useSubmit } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  InlineGrid,
  InlineStack,
  Layout,
  TextField,
} from "@shopify/polaris";
import { useState, type ReactElement } from "react";
import { useAdminI18n } from "../../i18n";
import type { ShownProblem } from "../template-problems";
import type { TemplateActionResult, TemplateEditorData } from "../templates.server";
import { useProblemText } from "./problems";
import { TemplateChooser } from "./TemplateChooser";
import { TemplatePreview, type PreviewMessage } from "./TemplatePreview";
import { TestSendCard } from "./TestSendCard";
import { useLivePreview } from "./useLivePreview";
import { VariablesCard } from "./VariablesCard";

const FIELD_ID = { subject: "template-subject", body: "template-body" } as const;

/**
 * One wording: subject (email) and message, a live preview of what's typed, the variables to insert,
 * save (validated; nothing is written if anything is wrong), back to the default, and a test send of
 * what's in the editor. Mounted once per milestone, channel and language (the route keys it).
 */
export function TemplateEditor({
  data,
  result,
  submitting,
}: {
  data: TemplateEditorData;
  /** The latest save or reset. */
  result: TemplateActionResult | undefined;
  submitting: "save" | "reset" | null;
}) {
  const { t } = useAdminI18n();
  const problemText = useProblemText();
  const submit = useSubmit();
  const { choice, template } = data;
  const email = choice.channel === "email";
  const [subject, setSubject] = useState(template.subject ?? "");
  const [body, setBody] = useState(template.body);
  const [focused, setFocused] = useState<"subject" | "body">("body");
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [shown, setShown] = useState<PreviewMessage | null>(data.preview);
  const dirty = body !== template.body || (email && subject !== (template.subject ?? ""));

  // The newest answer decides what's wrong: a preview of what's typed, or a save (adjusted while
  // rendering, as React recommends over an effect).
  const preview = useLivePreview(choice, email ? subject : null, body);
  const live = preview.answer?.key === data.key ? preview.answer : null;
  const [seenPreview, setSeenPreview] = useState(live);
  if (live !== seenPreview) {
    setSeenPreview(live);
    if (live) {
      setProblems(live.ok ? [] : live.problems);
      if (live.ok) setShown(live.message);
    }
  }
  const [seenResult, setSeenResult] = useState(result);
  if (result !== seenResult) {
    setSeenResult(result);
    if (result?.intent === "save") setProblems(result.ok ? [] : result.problems);
  }
  // Back to the default wording (a reset: its result can arrive before the reloaded template, so the
  // template itself says when): the editor follows. A save needs nothing, the editor holds it already.
  const loaded = JSON.stringify(template);
  const [seenTemplate, setSeenTemplate] = useState(loaded);
  if (loaded !== seenTemplate) {
    setSeenTemplate(loaded);
    if (!template.custom) {
      setSubject(template.subject ?? "");
      setBody(template.body);
      setProblems([]);
      setShown(data.preview);
    }
  }

  const insert = (liquid: string) => {
    const field = email ? focused : "body";
    const [value, set] = field === "subject" ? [subject, setSubject] : [body, setBody];
    const element = document.getElementById(FIELD_ID[field]) as HTMLInputElement | HTMLTextAreaElement | null;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    set(value.slice(0, start) + liquid + value.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + liquid.length, start + liquid.length);
    });
  };
  const errorFor = (field: "subject" | "body"): ReactElement | undefined => {
    const mine = problems.filter((p) => p.field === field);
    if (mine.length === 0) return undefined;
    return (
      <span>
        {mine.map((p, i) => (
          <span key={i} style={{ display: "block" }}>
            {problemText(p)}
          </span>
        ))}
      </span>
    );
  };
  const saveFailed = result?.intent === "save" && !result.ok && problems.length > 0;

  return (
    <Layout>
      <Layout.Section>
        <TemplateChooser choice={choice} edited={data.edited} custom={template.custom} dirty={dirty} />
      </Layout.Section>
      <Layout.Section>
        <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
          <Card>
            <Form method="post">
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="milestone" value={choice.milestone} />
              <input type="hidden" name="channel" value={choice.channel} />
              <input type="hidden" name="locale" value={choice.locale} />
              <BlockStack gap="400">
                {saveFailed && <Banner tone="critical">{t("notifications.templates.notSaved")}</Banner>}
                {email && (
                  <TextField
                    id={FIELD_ID.subject}
                    label={t("notifications.templates.subject")}
                    name="subject"
                    value={subject}
                    onChange={setSubject}
                    onFocus={() => setFocused("subject")}
                    error={errorFor("subject")}
                    autoComplete="off"
                    monospaced
                  />
                )}
                <TextField
                  id={FIELD_ID.body}
                  label={t("notifications.templates.body")}
                  name="body"
                  value={body}
                  onChange={setBody}
                  onFocus={() => setFocused("body")}
                  multiline={email ? 14 : 6}
                  helpText={
                    email
                      ? t("notifications.templates.bodyHelpEmail")
                      : t("notifications.templates.bodyHelpShort")
                  }
                  error={errorFor("body")}
                  autoComplete="off"
                  monospaced
                />
                <InlineStack align="end" gap="200">
                  <Button
                    disabled={!template.custom}
                    loading={submitting === "reset"}
                    onClick={() => submit({ intent: "reset", ...choice }, { method: "post" })}
                  >
                    {t("notifications.templates.reset")}
                  </Button>
                  <Button submit variant="primary" loading={submitting === "save"}>
                    {t("notifications.templates.save")}
                  </Button>
                </InlineStack>
              </BlockStack>
            </Form>
          </Card>
          <TemplatePreview
            channel={choice.channel}
            message={shown}
            updating={preview.pending}
            broken={problems.length > 0}
          />
        </InlineGrid>
      </Layout.Section>
      <Layout.Section>
        <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
          <VariablesCard variables={data.variables} onInsert={insert} />
          <TestSendCard
            choice={choice}
            subject={email ? subject : null}
            body={body}
            ready={data.channelReady}
          />
        </InlineGrid>
      </Layout.Section>
    </Layout>
  );
}
