import type { LaneStatRecord } from "./build";

/** LaneStat as stored (prisma/schema.prisma): the histograms are JSON text. */
export type LaneStatRow = Omit<LaneStatRecord, "transit" | "scan"> & { transit: string; scan: string };

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
