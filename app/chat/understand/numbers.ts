import { fold } from "./text";

/** A run of digits as typed: "+49 151 2345678", "(201) 555-0123", "#1001", "12.03.2024". */
interface DigitRun {
  start: number;
  end: number;
  plus: boolean;
  groups: string[];
  separators: string[];
}

export interface NumberFindings {
  orderNumber: string | null;
  phone: string | null;
  /** Where the entities were, so they can be blanked before the words are read. */
  spans: Array<[start: number, end: number]>;
}

// Words that say what the number after them is, matched on folded words: by prefix, or whole when short.
const ORDER_PREFIXES = ["order", "bestell", "auftrag", "commande", "pedido", "ordine", "ordre"];
const ORDER_EXACT = new Set(["cde", "cmd"]);
/** The verb, not the noun: "ordered in March 2024" names no order. */
const ORDER_VERBS = new Set([
  "ordered",
  "ordering",
  "orderd",
  "bestellt",
  "bestelle",
  "bestellen",
  "bestelt",
  "ordinato",
]);
const PHONE_PREFIXES = ["phone", "telephon", "telefon", "mobil", "cellul", "handy", "rufnummer", "portable"];
const PHONE_PREFIXES_CALL = ["whatsapp", "anruf", "rappel", "appel", "llam", "chiam", "bellen"];
const PHONE_EXACT = new Set(["tel", "gsm", "sms", "call", "ring", "bel", "cell", "movil", "celular"]);
const TRACKING_PREFIXES = ["track", "sendungs", "suivi", "seguimiento", "tracciamento", "awb", "trace"];
const GENERIC_WORDS = new Set(["no", "nr", "n", "num", "numero", "number", "nummer"]);
const MONTHS = new Set(
  `jan january januar janvier enero gennaio januari feb february februar fevrier febrero febbraio februari
  mar march marz mars marzo maart apr april avril abril aprile may mai mayo maggio mei jun june juni juin
  junio giugno jul july juli juillet julio luglio aug august aout agosto augustus sep sept september
  septembre septiembre settembre oct october oktober octobre octubre ottobre okt nov november novembre
  noviembre dec december dezember decembre diciembre dicembre dez dic`.split(/\s+/),
);
/** After a number, these make it a quantity, a duration or a price, not an order. */
const UNITS = new Set(
  `item items pcs pc piece pieces x days day weeks week months month hours hour min minutes tage tagen
  wochen woche monate monaten stunden stuck artikel jours jour semaines semaine mois heures articles dias
  semanas semana meses horas articulos unidades giorni settimane settimana mesi ore articoli pezzi dagen
  weken week maanden uur stuks artikelen euro eur euros usd dollars dollar gbp chf kr kg g cm mm km ml`.split(
    /\s+/,
  ),
);
/** Words that make a bare number a postcode or a house number rather than an order. */
const ADDRESS_WORDS =
  /\b(address|adress|adresse|anschrift|strasse|str|street|st|road|rd|avenue|ave|rue|calle|via|viale|piazza|straat|laan|weg|plein|zip|plz|postcode|postleitzahl|cap|cp|postal|postale|codigo|direccion|indirizzo|adres|huisnummer|hausnummer|civico)\b/;

function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    const plus = text[i] === "+" && /\d/.test(text[i + 1] ?? "");
    const paren = text[i] === "(" && /\d/.test(text[i + 1] ?? "");
    if (!plus && !paren && !/\d/.test(text[i])) {
      i++;
      continue;
    }
    const start = i;
    if (plus || paren) i++;
    const groups: string[] = [];
    const separators: string[] = [];
    for (;;) {
      let digits = "";
      while (i < text.length && /\d/.test(text[i])) digits += text[i++];
      groups.push(digits);
      // A separator is one to three of " -./()" with a digit after it.
      let j = i;
      while (j < text.length && j - i < 3 && /[ \-./()]/.test(text[j])) j++;
      if (j === i || j >= text.length || !/\d/.test(text[j])) break;
      separators.push(text.slice(i, j));
      i = j;
    }
    if (text[i] === ")") i++;
    runs.push({ start, end: i, plus, groups, separators });
  }
  return runs;
}

function wordsBefore(text: string, index: number, count: number): string[] {
  return fold(text.slice(Math.max(0, index - 60), index))
    .split(/[^\p{L}\p{N}#]+/u)
    .filter(Boolean)
    .slice(-count);
}

function starts(word: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => word.startsWith(prefix));
}

function contextOf(words: string[]): "order" | "phone" | "tracking" | "generic" | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (starts(word, TRACKING_PREFIXES)) return "tracking";
    if ((starts(word, ORDER_PREFIXES) && !ORDER_VERBS.has(word)) || ORDER_EXACT.has(word)) return "order";
    if (starts(word, PHONE_PREFIXES) || starts(word, PHONE_PREFIXES_CALL) || PHONE_EXACT.has(word))
      return "phone";
    if (GENERIC_WORDS.has(word)) return "generic";
  }
  return null;
}

function isDate(run: DigitRun): boolean {
  if (run.groups.length < 2 || run.plus) return false;
  if (!run.separators.every((s) => s === "." || s === "/" || s === "-" || s === ". ")) return false;
  const [a, b, c] = run.groups;
  if (run.groups.length === 3 && a.length === 4) return b.length <= 2 && c.length <= 2;
  return (
    a.length <= 2 &&
    b.length <= 2 &&
    run.groups.length <= 3 &&
    (c === undefined || c.length === 2 || c.length === 4)
  );
}

/** Digits glued to letters belong to a code ("1Z999AA10123456784", "DE811234567"), not to an order or a phone. */
function inCode(text: string, run: DigitRun): boolean {
  const before = text[run.start - 1] ?? "";
  const after = text[run.end] ?? "";
  return (/\p{L}/u.test(before) && !/[ºª°]/.test(before)) || /\p{L}/u.test(after);
}

function isPrice(text: string, run: DigitRun): boolean {
  const before = text.slice(Math.max(0, run.start - 2), run.start);
  const after = text.slice(run.end, run.end + 2);
  if (/[$€£¥]/.test(before) || /^\s?[$€£¥%]/.test(after)) return true;
  const last = run.groups[run.groups.length - 1];
  return run.groups.length === 2 && last.length === 2 && /^[.,]$/.test(run.separators[0]);
}

/** Finds the order number and the phone number among the digits of a message. */
export function findNumbers(text: string): NumberFindings {
  const folded = fold(text);
  const addressy = ADDRESS_WORDS.test(folded);
  const runs = digitRuns(text);
  const spans: Array<[number, number]> = [];
  let strongOrder: string | null = null;
  let weakOrder: string | null = null;
  let phone: string | null = null;
  const wholeMessage = runs.length === 1 && text.replace(/[#\s.!?,:;]/g, "") === runs[0].groups.join("");

  for (const run of runs) {
    const digits = run.groups.join("");
    const hash = /#\s?$/.test(text.slice(Math.max(0, run.start - 2), run.start));
    const before = wordsBefore(text, run.start, 4);
    const context = hash ? "order" : contextOf(before);
    const next = fold(text.slice(run.end, run.end + 20)).match(/^\s*([\p{L}%$€£]+)/u)?.[1] ?? "";
    const previous = before[before.length - 1] ?? "";
    if (isDate(run) || isPrice(text, run) || context === "tracking" || inCode(text, run)) continue;
    if (!hash && (MONTHS.has(previous) || MONTHS.has(next))) continue;

    const first = run.groups[0];
    const phoneLike =
      digits.length >= 7 &&
      digits.length <= 15 &&
      (run.plus ||
        run.groups.length >= 2 ||
        digits.startsWith("0") ||
        digits.length >= 10 ||
        context === "phone");
    if (context === "order" && first.length >= 3 && first.length <= 12 && !(run.plus && !hash)) {
      strongOrder ??= first;
      spans.push([run.start, run.end]);
    } else if (phoneLike && context !== "order") {
      phone ??= (run.plus ? "+" : "") + digits;
      spans.push([run.start, run.end]);
    } else if (
      run.groups.length === 1 &&
      !run.plus &&
      !digits.startsWith("0") &&
      (wholeMessage ? digits.length >= 3 : digits.length >= 4) &&
      digits.length <= 10 &&
      !UNITS.has(next) &&
      // "1012 AB": a Dutch postcode; and in a message about an address, bare numbers are the address.
      !/^\s?[A-Z]{2}\b/.test(text.slice(run.end, run.end + 4)) &&
      (!addressy || context === "generic")
    ) {
      weakOrder ??= digits;
      spans.push([run.start, run.end]);
    }
  }
  return { orderNumber: strongOrder ?? weakOrder, phone, spans };
}
