import type { ChatLanguage } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import type { Lexicon } from "./types";

export const LEXICONS: Record<ChatLanguage, Lexicon> = { en, de, fr, es, it, nl };
