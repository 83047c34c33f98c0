import type { LaneStatRecord } from "./build";

/** LaneStat as stored (prisma/schema.prisma): the histograms are JSON text. */
export interface LaneStatRow {
  key: string;
  n: number;
  transit: string;
  scan: string;
  unscanned: number;
  weekdays: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  scanP90: number | null;
}

export function fromRow(row: LaneStatRow): LaneStatRecord {
  return { ...row, transit: counts(row.transit), scan: counts(row.scan) };
}

export function toRow(shopId: string, record: LaneStatRecord, computedAt: Date) {
  return {
    ...record,
    shopId,
    transit: JSON.stringify(record.transit),
    scan: JSON.stringify(record.scan),
    computedAt,
  };
}

/** A stored histogram; anything that is not an array of counts reads as empty. */
function counts(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map((x) => (typeof x === "number" && x > 0 ? x : 0)) : [];
  } catch {
    return [];
  }
}
