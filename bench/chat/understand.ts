/**
 * understand() alone (app/chat/understand): the messages the route was sent, read again in this process
 * with the conversation's language as the hint, each call timed on its own. One untimed pass first.
 */
import { performance } from "node:perf_hooks";
import { understand, type ChatLanguage } from "../../app/chat/understand";
import { latency, type Latency } from "../lookup/report";

export interface UnderstandFigures {
  passes: number;
  /** Microseconds per call. */
  all: Latency;
  byLanguage: Partial<Record<ChatLanguage, Latency>>;
}

export function timeUnderstand(
  messages: Array<{ text: string; language: ChatLanguage }>,
  passes: number,
): UnderstandFigures {
  for (const m of messages) understand(m.text, { languageHint: m.language });
  const us: number[] = [];
  const perLanguage = new Map<ChatLanguage, number[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const m of messages) {
      const start = performance.now();
      understand(m.text, { languageHint: m.language });
      const took = (performance.now() - start) * 1000;
      us.push(took);
      const list = perLanguage.get(m.language) ?? [];
      list.push(took);
      perLanguage.set(m.language, list);
    }
  }
  return {
    passes,
    all: latency(us),
    byLanguage: Object.fromEntries([...perLanguage].map(([language, list]) => [language, latency(list)])),
  };
}
