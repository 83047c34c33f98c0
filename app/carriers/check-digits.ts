/**
 * Check-digit algorithms of the tracking-number formats app/carriers/detect.ts recognises. Each takes the
 * characters the carrier computes over (the "payload") and returns the expected check character, so a
 * caller compares it with the number's last character. Sources: the carriers' label specifications as
 * collected in jkeen/tracking_number_data (CHECKSUM_ALGORITHMS.md) and UPU standard S10.
 */

/** A digit's value; a letter's value in UPS's scheme (A=2, B=3 … I=0, J=1 …: (char code − 3) mod 10). */
function upsValue(char: string): number {
  return /\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 3) % 10;
}

/** (10 − sum mod 10) mod 10: the usual "what makes the total a multiple of ten". */
const tenComplement = (sum: number) => (10 - (sum % 10)) % 10;

/**
 * Mod 10 with alternating weights counted from the payload's *right* end, the rightmost character
 * weighing `weights[0]`: GS1 (SSCC), USPS IMpb and FedEx SmartPost use 3,1.
 */
export function mod10FromRight(payload: string, weights: [number, number] = [3, 1]): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    sum += Number(payload[payload.length - 1 - i]) * weights[i % 2];
  }
  return String(tenComplement(sum));
}

/** UPS "1Z": the 15 characters after "1Z", odd positions ×1 and even positions ×2 (from the left). */
export function upsCheck(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += upsValue(payload[i]) * (i % 2 === 0 ? 1 : 2);
  return String(tenComplement(sum));
}

/** FedEx Express 12 and 34 digits: weights repeating over the payload, then sum mod 11 mod 10. */
export function fedexWeightedCheck(payload: string, weights: readonly number[]): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += Number(payload[i]) * weights[i % weights.length];
  return String((sum % 11) % 10);
}

/** FedEx Ground (15 digits, and the last 14 of a "96" 22-digit number): ×1, ×3 from the left. */
export function fedexGroundCheck(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += Number(payload[i]) * (i % 2 === 0 ? 1 : 3);
  return String(tenComplement(sum));
}

/** DHL Express air waybill: the payload as a number, mod 7. */
export function mod7Check(payload: string): string {
  return String(Number(BigInt(payload) % 7n));
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** UPU S10 (international postal items, e.g. RB123456785GB): 8 serial digits, weights 86423597, mod 11. */
export function s10Check(serial: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i];
  const check = 11 - (sum % 11);
  return String(check === 10 ? 0 : check === 11 ? 5 : check);
}

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** ISO 7064 Mod 37,36, as DPD's parcel label specification uses it for the 28-character barcode. */
export function mod3736Check(payload: string): string {
  const mod = 36;
  let cd = mod;
  for (const char of payload) {
    cd += ALPHANUMERIC.indexOf(char);
    if (cd > mod) cd -= mod;
    cd *= 2;
    if (cd > mod) cd -= mod + 1;
  }
  cd = mod + 1 - cd;
  return ALPHANUMERIC[cd === mod ? 0 : cd];
}
