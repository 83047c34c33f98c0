import type { ChatLanguage } from "../understand";
import { de } from "./de";
import { en, type ChatCopy } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";

const COPY: Record<ChatLanguage, ChatCopy> = { en, de, fr, es, it, nl };

/** The chat's copy in `language` (every language has every key: tests/unit/chat-copy.test.ts). */
export function chatCopy(language: ChatLanguage): ChatCopy {
  return COPY[language] ?? en;
}

export type { ChatCopy };
