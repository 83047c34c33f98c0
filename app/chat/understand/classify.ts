import type { Cue } from "./lexicon/types";
import { OTHER_BASELINE, RULES, type Rule } from "./rules";
import { INTENTS, type Intent } from "./types";

export interface Classification {
  intent: Intent;
  confidence: number;
  scores: Record<Intent, number>;
}

/** Rules that agree add up, but less and less: a long message with many hints is not more certain. */
const AGREEMENT = 0.3;
/** A rule this heavy is an explicit request. */
const EXPLICIT = 4.5;

function fires(rule: Rule, cues: Set<Cue>): boolean {
  return (
    (rule.all ?? []).every((cue) => cues.has(cue)) &&
    (!rule.any || rule.any.some((cue) => cues.has(cue))) &&
    !(rule.none ?? []).some((cue) => cues.has(cue))
  );
}

/**
 * Scores every intent from the cues and picks the best. An explicit request (a rule weighing
 * EXPLICIT or more: "cancel", "refund", "marked delivered but not here") beats context: when one
 * fires, the other intents count only their best rule, not the agreement of many small hints ("still
 * not arrived, late, my order" does not outweigh "I'd like to cancel it"). Confidence comes from the
 * margin over the runner-up (no margin is 0.5), scaled down when even the winner has little evidence.
 */
export function classify(cues: Set<Cue>): Classification {
  const weights = Object.fromEntries(INTENTS.map((intent) => [intent, [] as number[]])) as Record<
    Intent,
    number[]
  >;
  for (const rule of RULES) if (fires(rule, cues)) weights[rule.intent].push(rule.weight);
  const best = (intent: Intent) => Math.max(0, ...weights[intent]);
  const explicit = INTENTS.some((intent) => best(intent) >= EXPLICIT);
  const scores = Object.fromEntries(
    INTENTS.map((intent) => {
      const top = best(intent);
      const rest = weights[intent].reduce((sum, weight) => sum + weight, 0) - top;
      const agreement = explicit && top < EXPLICIT ? 0 : AGREEMENT * rest;
      return [intent, top + agreement + (intent === "other" ? OTHER_BASELINE : 0)];
    }),
  ) as Record<Intent, number>;
  const ranked = [...INTENTS].sort((a, b) => scores[b] - scores[a]);
  const [first, second] = ranked;
  const margin = scores[first] - scores[second];
  let confidence = 1 - 0.5 * Math.exp(-margin / 1.5);
  if (first !== "other") confidence *= Math.min(1, scores[first] / 2.5);
  return { intent: first, confidence: Math.round(confidence * 1000) / 1000, scores };
}
