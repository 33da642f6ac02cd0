export const ratingsSchema = /* GraphQL */ `
  "A rating the signed-in candidate gave: theirs, so shown to them in full (companies only ever see aggregates)."
  type MyExperienceRating {
    id: ID!
    "'process' for the whole process, otherwise the stage's id."
    scope: String!
    "Null for the whole process."
    stageName: String
    overall: Int!
    recommend: Int!
    communication: Int!
    timeliness: Int!
    respect: Int!
    clarity: Int!
    usefulness: Int!
    comment: String
    shareComment: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
    "Ratings can be changed for 7 days after they are first given."
    editableUntil: DateTime!
    editable: Boolean!
  }

  "An invitation to rate a stage (after its feedback was released) or the whole process (once closed)."
  type RatingInvitation {
    scope: String!
    "Null for the whole process."
    stageName: String
    invitedAt: DateTime!
    "Set once the candidate has rated."
    rating: MyExperienceRating
  }

  extend type CandidateApplicationDetail {
    ratingInvitations: [RatingInvitation!]!
  }

  extend type CandidateApplication {
    "Invitations to rate that are not answered yet."
    openRatingInvitations: Int!
  }

  input RateExperienceInput {
    applicationId: ID!
    "'process' or the id of a stage whose feedback was released."
    scope: String!
    "1-5"
    overall: Int
    "Likelihood to recommend applying, 0-10."
    recommend: Int
    "1-5"
    communication: Int
    "1-5"
    timeliness: Int
    "1-5"
    respect: Int
    "1-5"
    clarity: Int
    "1-5"
    usefulness: Int
    comment: String
    "Whether the comment may be shown to the company (always without your name)."
    shareComment: Boolean
  }

  input UpdateExperienceRatingInput {
    id: ID!
    overall: Int
    recommend: Int
    communication: Int
    timeliness: Int
    respect: Int
    clarity: Int
    usefulness: Int
    comment: String
    shareComment: Boolean
  }

  extend type Mutation {
    "The candidate rates a stage or the whole process of one of their own applications, once per scope."
    rateExperience(input: RateExperienceInput!): MyExperienceRating!
    "Changes the candidate's own rating, within 7 days of giving it."
    updateExperienceRating(input: UpdateExperienceRatingInput!): MyExperienceRating!
  }
`;
