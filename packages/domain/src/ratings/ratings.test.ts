import { describe, expect, it } from "vitest";
import {
  openRatingInvitations,
  PROCESS_SCOPE,
  RATING_SCORE_FIELDS,
  ratingEditable,
  ratingEditableUntil,
  ratingInvitations,
  ratingScoresSchema,
} from "./ratings.ts";

const valid = {
  overall: 4,
  recommend: 9,
  communication: 5,
  timeliness: 3,
  respect: 5,
  clarity: 4,
  usefulness: 2,
  comment: "  Clear process, slow feedback.  ",
  shareComment: true,
};

describe("ratingScoresSchema", () => {
  it("has a rule for each score field, and besides them only the comment and the sharing choice", () => {
    expect(Object.keys(ratingScoresSchema.shape).sort()).toEqual(
      [...RATING_SCORE_FIELDS, "comment", "shareComment"].sort(),
    );
  });

  it("accepts every score at both ends of its scale and trims the comment", () => {
    expect(ratingScoresSchema.parse(valid).comment).toBe("Clear process, slow feedback.");
    for (const [field, min, max] of [
      ["overall", 1, 5],
      ["recommend", 0, 10],
      ["usefulness", 1, 5],
    ] as const) {
      expect(ratingScoresSchema.safeParse({ ...valid, [field]: min }).success).toBe(true);
      expect(ratingScoresSchema.safeParse({ ...valid, [field]: max }).success).toBe(true);
    }
  });

  it.each([
    ["overall", 0, "Rate your overall experience from 1 to 5."],
    ["overall", 6, "Rate your overall experience from 1 to 5."],
    ["recommend", 11, "Rate how likely you are to recommend applying from 0 to 10."],
    ["recommend", -1, "Rate how likely you are to recommend applying from 0 to 10."],
    ["respect", 2.5, "Rate respect with a whole number from 1 to 5."],
    ["clarity", "4", "Rate clarity from 1 to 5."],
  ])("refuses %s = %j with a message a person can act on", (field, value, message) => {
    const result = ratingScoresSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("stores an empty comment as none and defaults sharing to off", () => {
    const { comment, shareComment, ...scores } = valid;
    expect(ratingScoresSchema.parse({ ...scores, comment: "   " })).toMatchObject({
      comment: null,
      shareComment: false,
    });
  });

  it("refuses a comment longer than 2000 characters", () => {
    expect(ratingScoresSchema.safeParse({ ...valid, comment: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("the 7-day edit window", () => {
  const createdAt = new Date("2026-11-02T10:00:00Z");
  it("ends exactly 7 × 24 hours after the first submission", () => {
    expect(ratingEditableUntil(createdAt).toISOString()).toBe("2026-11-09T10:00:00.000Z");
    expect(ratingEditable(createdAt, new Date("2026-11-09T10:00:00Z"))).toBe(true);
    expect(ratingEditable(createdAt, new Date("2026-11-09T10:00:00.001Z"))).toBe(false);
  });
});

describe("ratingInvitations", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));

  it("invites a stage once, at its first release, and nothing before a release", () => {
    const invitations = ratingInvitations({
      status: "ACTIVE",
      closedAt: null,
      interviews: [
        { stageId: "screen", status: "COMPLETED", releasedAt: at(5) },
        { stageId: "onsite", status: "COMPLETED", releasedAt: at(9) },
        { stageId: "onsite", status: "COMPLETED", releasedAt: at(8) },
        { stageId: "final", status: "COMPLETED", releasedAt: null },
      ],
    });
    expect(invitations).toEqual([
      { scope: "screen", stageId: "screen", invitedAt: at(5) },
      { scope: "onsite", stageId: "onsite", invitedAt: at(8) },
    ]);
  });

  it.each(["HIRED", "REJECTED", "WITHDRAWN"])(
    "invites every interviewed candidate to rate the process when %s",
    (status) => {
      const invitations = ratingInvitations({
        status,
        closedAt: at(20),
        interviews: [{ stageId: "screen", status: "COMPLETED", releasedAt: null }],
      });
      expect(invitations).toEqual([{ scope: PROCESS_SCOPE, stageId: null, invitedAt: at(20) }]);
    },
  );

  it("does not invite a process rating while the application is open or without any interview", () => {
    const interviewed = [{ stageId: "screen", status: "COMPLETED", releasedAt: null }];
    expect(ratingInvitations({ status: "OFFERED", closedAt: null, interviews: interviewed })).toEqual([]);
    expect(
      ratingInvitations({
        status: "REJECTED",
        closedAt: at(3),
        interviews: [{ stageId: "screen", status: "CANCELLED", releasedAt: null }],
      }),
    ).toEqual([]);
  });
});

describe("openRatingInvitations", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
  const closed = {
    status: "REJECTED",
    closedAt: at(20),
    interviews: [
      { stageId: "screen", status: "COMPLETED", releasedAt: at(5) },
      { stageId: "onsite", status: "COMPLETED", releasedAt: at(9) },
    ],
  };

  it("counts the stages and the process not rated yet", () => {
    expect(openRatingInvitations(closed, [])).toBe(3);
    expect(openRatingInvitations(closed, ["onsite"])).toBe(2);
    expect(openRatingInvitations(closed, ["screen", "onsite", PROCESS_SCOPE])).toBe(0);
  });

  it("ignores ratings of scopes that are not invited (a stage whose feedback was never released)", () => {
    expect(openRatingInvitations({ ...closed, status: "ACTIVE", closedAt: null }, ["final", PROCESS_SCOPE])).toBe(2);
  });
});
