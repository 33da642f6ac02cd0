import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANONYMITY_THRESHOLD,
  countsInMetrics,
  ghostingRate,
  mean,
  median,
  nps,
  percentile,
  promiseKeptRate,
  rate,
  roundTo,
  SATISFACTION_DIMENSIONS,
  satisfaction,
  scorecardOnTimeRate,
  suppressBreakdown,
  suppressSmallGroups,
  timeToFeedbackHours,
  timeToFeedbackSummary,
} from "./index.ts";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("percentile", () => {
  it("interpolates linearly between the closest ranks like percentile_cont", () => {
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([10, 20], 0.5)).toBe(15);
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });

  it("gives the minimum at 0 and the maximum at 1", () => {
    expect(percentile([5, -2, 7], 0)).toBe(-2);
    expect(percentile([5, -2, 7], 1)).toBe(7);
  });

  it("is null for no values and the value itself for one value", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([42], 0)).toBe(42);
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([42], 1)).toBe(42);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it("rejects a percentile outside [0, 1] and non-finite values", () => {
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
    expect(() => percentile([1], 1.1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([], 2)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => percentile([Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
  });

  it("median is the 0.5 percentile", () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([7, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });

  const values = fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 50 });
  const p = fc.double({ min: 0, max: 1, noNaN: true });

  it("lies within [min, max]", () => {
    fc.assert(
      fc.property(values, p, (vs, q) => {
        const result = percentile(vs, q) as number;
        expect(result).toBeGreaterThanOrEqual(Math.min(...vs));
        expect(result).toBeLessThanOrEqual(Math.max(...vs));
      }),
    );
  });

  it("is monotonic in p", () => {
    fc.assert(
      fc.property(values, p, p, (vs, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(percentile(vs, lo) as number).toBeLessThanOrEqual(percentile(vs, hi) as number);
      }),
    );
  });

  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(values, p, (vs, q) => {
        expect(percentile([...vs].reverse(), q)).toBe(percentile(vs, q));
      }),
    );
  });
});

describe("mean", () => {
  it("averages, and is null for no values", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([5])).toBe(5);
    expect(mean([])).toBeNull();
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});

describe("rate", () => {
  it("is a fraction, null over nothing", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 3)).toBe(0);
    expect(rate(3, 3)).toBe(1);
    expect(rate(0, 0)).toBeNull();
  });

  it("rejects impossible shares", () => {
    expect(() => rate(5, 4)).toThrow(RangeError);
    expect(() => rate(-1, 4)).toThrow(RangeError);
    expect(() => rate(1, Number.NaN)).toThrow(RangeError);
  });
});

describe("roundTo", () => {
  it("rounds halves away from zero on the decimal text, like round(numeric, n)", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(6.25, 1)).toBe(6.3);
    expect(roundTo(-6.25, 1)).toBe(-6.3);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(100 / 3, 1)).toBe(33.3);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(roundTo(1e-7, 2)).toBe(0);
    expect(roundTo(1.23e21, 1)).toBe(1.23e21);
  });

  it("rejects bad digit counts", () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
    expect(() => roundTo(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe("nps", () => {
  it("is % promoters minus % detractors", () => {
    expect(nps([10, 9, 8, 7, 0])).toBe(20);
    expect(nps([10, 10, 9])).toBe(100);
    expect(nps([0, 6, 3])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
    expect(nps([9, 6, 7])).toBe(0);
    expect(nps([9])).toBe(100);
    expect(nps([10, 0, 7])).toBe(0);
    expect(nps([10, 7, 8])).toBeCloseTo(100 / 3, 12);
  });

  it("is null for no scores", () => {
    expect(nps([])).toBeNull();
  });

  it("rejects scores outside 0–10 or not whole", () => {
    expect(() => nps([11])).toThrow(RangeError);
    expect(() => nps([-1])).toThrow(RangeError);
    expect(() => nps([8.5])).toThrow(RangeError);
    expect(() => nps([Number.NaN])).toThrow(RangeError);
  });

  it("lies in [-100, 100]", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 100 }), (scores) => {
        const score = nps(scores) as number;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("promiseKeptRate", () => {
  const now = at("2026-03-10T12:00:00Z");

  it("counts releases by the deadline as kept and everything else due as broken", () => {
    const interviews = [
      { dueAt: at("2026-03-05T17:00:00Z"), releasedAt: at("2026-03-04T09:00:00Z") }, // kept
      { dueAt: at("2026-03-05T17:00:00Z"), releasedAt: at("2026-03-05T17:00:00Z") }, // kept, at the instant
      { dueAt: at("2026-03-05T17:00:00Z"), releasedAt: at("2026-03-05T17:00:01Z") }, // broken, late
      { dueAt: at("2026-03-06T17:00:00Z"), releasedAt: null }, // broken, never released
    ];
    expect(promiseKeptRate(interviews, now)).toBe(0.5);
  });

  it("does not count an early release until its deadline passes", () => {
    const early = { dueAt: at("2026-03-12T17:00:00Z"), releasedAt: at("2026-03-09T10:00:00Z") };
    const broken = { dueAt: at("2026-03-09T17:00:00Z"), releasedAt: null };
    expect(promiseKeptRate([early], now)).toBeNull();
    expect(promiseKeptRate([early, broken], now)).toBe(0);
    expect(promiseKeptRate([early, broken], at("2026-03-12T17:00:00Z"))).toBe(0.5);
  });

  it("counts a deadline at exactly now as passed", () => {
    expect(promiseKeptRate([{ dueAt: now, releasedAt: null }], now)).toBe(0);
    expect(promiseKeptRate([{ dueAt: now, releasedAt: now }], now)).toBe(1);
  });

  it("ignores interviews not yet due and is null when none is due", () => {
    expect(promiseKeptRate([], now)).toBeNull();
    expect(promiseKeptRate([{ dueAt: at("2026-03-11T00:00:00Z"), releasedAt: null }], now)).toBeNull();
  });

  it("can be evaluated at a past instant of a history", () => {
    const interview = { dueAt: at("2026-03-05T17:00:00Z"), releasedAt: at("2026-03-05T10:00:00Z") };
    expect(promiseKeptRate([interview], at("2026-03-05T09:00:00Z"))).toBeNull();
    expect(promiseKeptRate([interview], at("2026-03-05T17:00:00Z"))).toBe(1);
  });

  it("rejects invalid dates", () => {
    expect(() => promiseKeptRate([{ dueAt: new Date(Number.NaN), releasedAt: null }], now)).toThrow(RangeError);
    expect(() => promiseKeptRate([], new Date(Number.NaN))).toThrow(RangeError);
  });

  it("agrees with a direct count on random histories", () => {
    const instant = fc.integer({ min: 0, max: 100 }).map((h) => new Date(Date.UTC(2026, 0, 1) + h * HOUR));
    const interview = fc.record({ dueAt: instant, releasedAt: fc.option(instant, { nil: null }) });
    fc.assert(
      fc.property(fc.array(interview, { maxLength: 30 }), instant, (interviews, now) => {
        const due = interviews.filter((i) => i.dueAt <= now);
        const kept = due.filter((i) => i.releasedAt !== null && i.releasedAt <= i.dueAt);
        const result = promiseKeptRate(interviews, now);
        expect(result).toBe(due.length === 0 ? null : kept.length / due.length);
      }),
    );
  });
});

describe("scorecardOnTimeRate", () => {
  it("uses the promise-kept rules on submission times", () => {
    const now = at("2026-03-10T12:00:00Z");
    const scorecards = [
      { dueAt: at("2026-03-09T12:00:00Z"), submittedAt: at("2026-03-09T11:00:00Z") },
      { dueAt: at("2026-03-09T12:00:00Z"), submittedAt: at("2026-03-10T11:00:00Z") },
      { dueAt: at("2026-03-09T12:00:00Z"), submittedAt: null },
      { dueAt: at("2026-03-11T12:00:00Z"), submittedAt: at("2026-03-09T11:00:00Z") },
    ];
    expect(scorecardOnTimeRate(scorecards, now)).toBeCloseTo(1 / 3, 12);
  });
});

describe("ghostingRate", () => {
  const now = at("2026-03-10T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it("is the share of active applications past their cadence", () => {
    const applications = [
      { active: true, lastContactAt: ago(8 * DAY), cadenceDays: 7 }, // ghosted
      { active: true, lastContactAt: ago(6 * DAY), cadenceDays: 7 },
      { active: true, lastContactAt: ago(2 * DAY), cadenceDays: 1 }, // ghosted
      { active: true, lastContactAt: ago(1 * DAY), cadenceDays: 14 },
      { active: false, lastContactAt: ago(90 * DAY), cadenceDays: 7 }, // closed: ignored
    ];
    expect(ghostingRate(applications, now)).toBe(0.5);
  });

  it("is not ghosting at the exact instant the cadence ends, one millisecond later it is", () => {
    expect(ghostingRate([{ active: true, lastContactAt: ago(7 * DAY), cadenceDays: 7 }], now)).toBe(0);
    expect(ghostingRate([{ active: true, lastContactAt: ago(7 * DAY + 1), cadenceDays: 7 }], now)).toBe(1);
  });

  it("is null with no active applications", () => {
    expect(ghostingRate([], now)).toBeNull();
    expect(ghostingRate([{ active: false, lastContactAt: ago(30 * DAY), cadenceDays: 7 }], now)).toBeNull();
  });

  it("rejects a cadence that is not a positive whole number of days", () => {
    expect(() => ghostingRate([{ active: true, lastContactAt: now, cadenceDays: 0 }], now)).toThrow(RangeError);
    expect(() => ghostingRate([{ active: true, lastContactAt: now, cadenceDays: 1.5 }], now)).toThrow(RangeError);
  });
});

describe("satisfaction", () => {
  const rating = (overall: number, rest: number) => ({
    overall,
    communication: rest,
    timeliness: rest,
    respect: rest,
    clarity: rest,
    usefulness: rest,
  });

  it("averages each dimension", () => {
    const result = satisfaction([rating(5, 1), rating(4, 2), { ...rating(3, 3), usefulness: 5 }]);
    expect(result).toEqual({
      overall: 4,
      communication: 2,
      timeliness: 2,
      respect: 2,
      clarity: 2,
      usefulness: 8 / 3,
    });
  });

  it("is null in every dimension with no ratings", () => {
    const result = satisfaction([]);
    for (const dimension of SATISFACTION_DIMENSIONS) expect(result[dimension]).toBeNull();
  });

  it("rejects scores outside 1–5", () => {
    expect(() => satisfaction([rating(0, 3)])).toThrow(RangeError);
    expect(() => satisfaction([rating(3, 6)])).toThrow(RangeError);
    expect(() => satisfaction([rating(3.5, 3)])).toThrow(RangeError);
  });
});

describe("suppressSmallGroups", () => {
  it("shows a group of exactly the threshold and hides one below it", () => {
    expect(ANONYMITY_THRESHOLD).toBe(5);
    const result = suppressSmallGroups([
      { key: "Onsite", count: 5, value: 4.2 },
      { key: "Screen", count: 4, value: 3.1 },
      { key: "Final", count: 0, value: 0 },
    ]);
    expect(result).toEqual([
      { key: "Onsite", suppressed: false, count: 5, value: 4.2 },
      { key: "Screen", suppressed: true, count: null, value: null, reason: "Fewer than 5 ratings" },
      { key: "Final", suppressed: true, count: null, value: null, reason: "Fewer than 5 ratings" },
    ]);
  });

  it("takes a custom threshold", () => {
    expect(suppressSmallGroups([{ key: "a", count: 2, value: "x" }], 3)).toEqual([
      { key: "a", suppressed: true, count: null, value: null, reason: "Fewer than 3 ratings" },
    ]);
    expect(() => suppressSmallGroups([], 0)).toThrow(RangeError);
    expect(() => suppressSmallGroups([{ key: "a", count: -1, value: 1 }])).toThrow(RangeError);
  });

  it("never exposes the count or value of a suppressed group", () => {
    const group = fc.record({
      key: fc.string(),
      count: fc.nat({ max: 20 }),
      value: fc.record({ mean: fc.double(), count: fc.nat() }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 20 }), fc.integer({ min: 1, max: 10 }), (groups, threshold) => {
        const result = suppressSmallGroups(groups, threshold);
        expect(result.map((g) => g.key)).toEqual(groups.map((g) => g.key));
        result.forEach((shown, i) => {
          const original = groups[i] as (typeof groups)[number];
          if (original.count < threshold) {
            expect(shown).toEqual({
              key: original.key,
              suppressed: true,
              count: null,
              value: null,
              reason: `Fewer than ${threshold} ratings`,
            });
            expect(Object.values(shown)).not.toContain(original.count);
          } else {
            expect(shown).toEqual({
              key: original.key,
              suppressed: false,
              count: original.count,
              value: original.value,
            });
          }
        });
      }),
    );
  });
});

describe("countsInMetrics", () => {
  const asOf = at("2026-03-10T12:00:00Z");

  it("counts a rating only once its application is closed", () => {
    expect(countsInMetrics({ applicationClosedAt: null }, asOf)).toBe(false);
    expect(countsInMetrics({ applicationClosedAt: at("2026-03-10T12:00:01Z") }, asOf)).toBe(false);
    expect(countsInMetrics({ applicationClosedAt: asOf }, asOf)).toBe(true);
    expect(countsInMetrics({ applicationClosedAt: at("2026-01-01T00:00:00Z") }, asOf)).toBe(true);
  });
});

describe("timeToFeedbackHours", () => {
  it("is elapsed wall-clock hours", () => {
    expect(timeToFeedbackHours(at("2026-03-06T16:00:00Z"), at("2026-03-09T10:30:00Z"))).toBe(66.5);
    expect(timeToFeedbackHours(at("2026-03-06T16:00:00Z"), at("2026-03-06T16:00:00Z"))).toBe(0);
  });

  it("rejects a release before the interview ended", () => {
    expect(() => timeToFeedbackHours(at("2026-03-06T16:00:00Z"), at("2026-03-06T15:00:00Z"))).toThrow(RangeError);
  });

  it("summarises as median and p90", () => {
    const end = at("2026-03-01T00:00:00Z");
    const interviews = [10, 20, 30, 40].map((h) => ({ endedAt: end, releasedAt: new Date(end.getTime() + h * HOUR) }));
    const summary = timeToFeedbackSummary(interviews);
    expect(summary.median).toBe(25);
    expect(summary.p90).toBeCloseTo(37, 12);
    expect(timeToFeedbackSummary([])).toEqual({ median: null, p90: null });
  });
});

describe("suppressBreakdown (complementary suppression)", () => {
  const groups = (...counts: number[]) => counts.map((count, i) => ({ key: `g${i}`, count, value: count * 10 }));
  const hidden = (result: ReturnType<typeof suppressBreakdown>) => result.filter((g) => g.suppressed).map((g) => g.key);

  it("hides nothing when every group has at least 5 ratings", () => {
    expect(hidden(suppressBreakdown(groups(5, 9, 12)))).toEqual([]);
  });

  it("hides the smallest visible group too when only one small group would be hidden", () => {
    const result = suppressBreakdown(groups(3, 9, 6, 20));
    expect(hidden(result)).toEqual(["g0", "g2"]);
    expect(result[2]).toMatchObject({ count: null, value: null });
  });

  it("stops once the hidden groups hold at least 5 ratings together", () => {
    expect(hidden(suppressBreakdown(groups(2, 3, 8, 8)))).toEqual(["g0", "g1"]);
    expect(hidden(suppressBreakdown(groups(1, 1, 7, 8)))).toEqual(["g0", "g1", "g2"]);
  });

  it("ignores empty groups: they hide nobody", () => {
    expect(hidden(suppressBreakdown(groups(0, 7, 8)))).toEqual(["g0"]);
  });

  it("hides everything when the whole is below the threshold", () => {
    expect(hidden(suppressBreakdown(groups(1, 2)))).toEqual(["g0", "g1"]);
  });

  it("never leaves a hidden total that is recoverable and small (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { maxLength: 12 }), (counts) => {
        const result = suppressBreakdown(groups(...counts));
        const hiddenTotal = result.reduce((sum, g, i) => sum + (g.suppressed ? (counts[i] ?? 0) : 0), 0);
        // When everything is hidden the total is below the threshold too, and the caller hides it as well.
        const allHidden = result.every((g) => g.suppressed);
        expect(hiddenTotal === 0 || hiddenTotal >= 5 || allHidden).toBe(true);
        result.forEach((g, i) => {
          if (!g.suppressed) expect(counts[i]).toBeGreaterThanOrEqual(5);
        });
      }),
    );
  });
});
