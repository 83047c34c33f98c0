/**
 * How many SMS a text becomes. GSM 03.38 text takes 160 characters in one message and 153 per part
 * when split (the rest carries the joining header); its extension characters (€, [, ] …) count twice.
 * A single character outside it switches the whole text to UCS-2: 70 per message, 67 per part, counted
 * in UTF-16 units (an emoji is two).
 */
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM_EXTENDED = new Set("^{}\\[~]|€\f");

export interface SmsLength {
  characters: number;
  segments: number;
  encoding: "gsm" | "unicode";
}

export function smsLength(text: string): SmsLength {
  let units = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.has(char)) units += 1;
    else if (GSM_EXTENDED.has(char)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  const characters = [...text].length;
  if (!gsm) units = text.length;
  const [single, part] = gsm ? [160, 153] : [70, 67];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  return { characters, segments, encoding: gsm ? "gsm" : "unicode" };
}
