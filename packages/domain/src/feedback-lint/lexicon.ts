/**
 * Word lists behind the feedback-quality lint. Each term is a regular-expression source with two conventions:
 * a space stands for "one or more spaces or hyphens" (so "well dressed" also finds "well-dressed") and an
 * apostrophe stands for an optional straight or curly apostrophe (so "didn't" also finds "didn’t" and "didnt").
 * Terms match whole words, case-insensitively unless marked `caseSensitive`.
 *
 * `unlessBefore` is tested against the 40 characters before a match (anchor it with `$`), `unlessAfter` against
 * the 40 characters after it (anchor it with `^`); either one matching drops the hit. They keep technical and
 * idiomatic uses ("good faith", "race condition", "foreign key", "child process") from being flagged.
 */

export type TermKind = "VAGUE" | "PERSONALITY" | "BIAS";

export const BIAS_CATEGORIES = [
  "age",
  "gender",
  "family",
  "appearance",
  "accent",
  "nationality",
  "religion",
  "health",
] as const;
export type BiasCategory = (typeof BIAS_CATEGORIES)[number];

export const biasCategoryLabel: Record<BiasCategory, string> = {
  age: "age",
  gender: "gender",
  family: "family or caring responsibilities",
  appearance: "appearance",
  accent: "accent or native language",
  nationality: "nationality or ethnicity",
  religion: "religion",
  health: "health or disability",
};

export interface Term {
  kind: TermKind;
  pattern: string;
  /** For BIAS terms. */
  category?: BiasCategory;
  /** For VAGUE terms: a verdict ("culture fit") rather than a bare adjective ("good"). */
  verdict?: boolean;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  caseSensitive?: boolean;
}

type TermOptions = Omit<Term, "kind" | "pattern" | "category">;

function terms(kind: TermKind, patterns: string[], options: TermOptions = {}): Term[] {
  return patterns.map((pattern) => ({ kind, pattern, ...options }));
}

function bias(category: BiasCategory, patterns: string[], options: TermOptions = {}): Term[] {
  return patterns.map((pattern) => ({ kind: "BIAS", pattern, category, ...options }));
}

/** A personality word aimed at someone else in a role-play ("a rude customer") is not about the candidate. */
const aboutSomeoneElse =
  /^ (?:customers?|clients?|users?|callers?|stakeholders?|managers?|colleagues?|teammates?|co-?workers?)\b/i;

const PRONOUN = "(?:his|her|their)";

// Nouns that make "old", "young", "child", "fat" etc. describe a thing rather than a person.
const THING_NOUNS =
  "(?:code|codebase|system|systems|version|versions|api|apis|module|modules|service|services|job|jobs|approach|project|projects|stack|schema|data|branch|server|servers|script|scripts|process|processes|node|nodes|component|components|element|elements|class|classes|thread|threads|table|tables|row|rows|record|records|key|keys|span|spans|window|windows|pointer|pointers|task|tasks|array|arrays|list|lists|items?|widgets?|views?|routes?|company|startup|team|product|field|language|framework|library|client|jar|binary|build|model|models|value|values|query|queries|config|cache|file|files|endpoint|endpoints|design|plan)";

export const TERMS: readonly Term[] = [
  // ---- vague verdicts: always flagged, they state a conclusion without its reason ----
  ...terms(
    "VAGUE",
    [
      "not (?:a|the) (?:good |great |right |cultural |culture )?fit",
      "(?:good|great|bad|poor|strong|perfect|right) fit",
      "cultur(?:e|al) fit",
      "fit right in",
      "didn't click",
      "did not click",
      "(?:no|zero) (?:chemistry|spark)",
      "gut (?:feel|feeling|instinct)",
      "strong (?:candidate|hire|yes|no)",
      "(?:good|great|bad|poor|strong|first) impression",
      "first impressions",
      "(?:rock(?: )?star|superstar|ninja|10x)",
      "just (?:ok|okay|fine)",
      "team player",
      "go getter",
      "nothing special",
      "unremarkable",
      "(?:doesn't|does not|didn't|did not|don't) vibe",
      "vibes?",
    ],
    { verdict: true },
  ),
  // ---- vague adjectives: say little on their own ----
  ...terms("VAGUE", ["good"], {
    unlessAfter: /^[\s-]+(?:faith|morning|afternoon|evening|first[\s-]+issues?)\b/i,
    unlessBefore: /\bfor $/i,
  }),
  ...terms("VAGUE", ["great"], { unlessAfter: /^ deal\b/i }),
  ...terms("VAGUE", ["nice"], { unlessAfter: /^[\s-]+to[\s-]+haves?\b/i }),
  ...terms("VAGUE", ["solid"], { unlessAfter: /^[\s-]+(?:principles?|state)\b/i }),
  // "SOLID" in capitals is the design-principles acronym.
  ...terms("VAGUE", ["fine"], { unlessAfter: /^-(?:grained|tun|print)/i }),
  ...terms("VAGUE", ["weak"], {
    unlessAfter:
      /^[\s-]+(?:refs?|references?|maps?|sets?|typ|consisten|pointers?|entit|hash|ciphers?|passwords?|signals?|ordering)/i,
  }),
  ...terms("VAGUE", ["meh", "decent", "okay", "ok", "ok-ish", "so-so", "mediocre", "underwhelming", "unimpressive"], {
    unlessBefore: /\d\s*$/,
  }),
  ...terms("VAGUE", [
    "brilliant",
    "amazing",
    "awesome",
    "fantastic",
    "excellent",
    "terrific",
    "superb",
    "terrible",
    "awful",
    "bad",
  ]),

  // ---- personality rather than observed behaviour ----
  ...terms(
    "PERSONALITY",
    [
      "arrogant",
      "arrogance",
      "cocky",
      "smug",
      "lazy",
      "laziness",
      "shy",
      "timid",
      "introvert",
      "introverted",
      "extrovert",
      "extroverted",
      "extravert",
      "abrasive",
      "bubbly",
      "bossy",
      "pushy",
      "rude",
      "condescending",
      "stubborn",
      "weird",
      "annoying",
      "boring",
      "moody",
      "emotional",
      "nervous",
      "anxious",
      "egotistical",
      "egocentric",
      "entitled",
      "immature",
      "charming",
      "charismatic",
      "likeable",
      "likable",
      "unlikeable",
      "aloof",
      "high strung",
      "laid back",
      "socially awkward",
      "know it all",
      "full of (?:himself|herself|themselves)",
      "(?:big|huge) ego",
      "(?:not |not much of )?(?:a )?people person",
      "personality",
      "personalities",
      "(?:bad|poor|great|good|positive|negative|wrong|can do) attitude",
      "attitude problem",
      "difficult to work with",
      "lacks? (?:self )?confidence",
      "overconfident",
      "diva",
      "loner",
      "keeps to (?:himself|herself|themselves)",
      "passionate",
      "(?:high|low) energy",
      "prima donna",
      "drama queen",
    ],
    { unlessAfter: aboutSomeoneElse },
  ),

  // ---- bias-prone references ----
  ...bias(
    "age",
    [
      "young(?:er|est)?",
      "youngster",
      "youthful",
      "just a kid",
      "too senior",
      "over(?: )?qualified",
      "digital natives?",
      "energetic young",
      "millennials?",
      "boomers?",
      "gen(?: )?z",
      "zoomers?",
      "elderly",
      "retirement",
      "(?:too|quite|very|rather|bit|so|fairly|seems|seemed|looks|looked|getting|feels)(?: a bit)? old(?:er)?",
      "(?:he's|she's|they're|he is|she is|they are|he was|she was|they were)(?: (?:a bit|quite|too|very|rather|fairly))? old(?:er)?",
      "old(?:er)? (?:man|woman|guy|lady|gentleman|person|people|candidate|candidates|applicant|folks)",
      "older than (?:the|most|everyone|us)",
      "\\d+ (?:years?|yrs?) old",
      "\\d+ years? of age",
      "\\d+ year old",
      "aged \\d+",
      "age(?: of)? \\d\\d",
      `(?:at|for|of) ${PRONOUN} age`,
      `${PRONOUN} age`,
      `(?:in|of) ${PRONOUN} (?:(?:early|mid|late) )?(?:\\d0s|twenties|thirties|forties|fifties|sixties)`,
      "over (?:40|45|50|55|60)(?= *(?:[.,;!?)]|$))",
      "fresh out of (?:college|school|university|uni)",
    ],
    { unlessAfter: new RegExp(`^ ${THING_NOUNS}\\b`, "i") },
  ),
  ...bias("gender", [
    "girls?",
    "gals?",
    "guys(?<!you guys)",
    "lady",
    "ladies",
    "manly",
    "masculine",
    "feminine",
    "effeminate",
    "female",
    "male",
    "woman",
    "women",
    "(?:for|as) a (?:man|guy|boy)",
    "a man's",
    "pregnant",
    "pregnancy",
    "maternity",
    "paternity",
    "gender",
    "sexual orientation",
    "gay",
    "lesbian",
    "transgender",
    "motherly",
    "fatherly",
  ]),
  ...bias(
    "family",
    [
      "kids?",
      "children",
      "child",
      "childcare",
      "married",
      "marriage",
      "husband",
      "wife",
      "spouse",
      "boyfriend",
      "girlfriend",
      "family commitments?",
      "family plans",
      "(?:start|starting|started) a family",
      "family man",
      "(?:single|new|working) (?:parent|mum|mom|mother|father|dad)",
      "mum",
      "mom",
      "mother",
      "dad",
      "father",
      "stay at home",
      "caring responsibilities",
      "(?:parental|family|compassionate) leave",
    ],
    {
      unlessAfter: new RegExp(
        `^(?: ${THING_NOUNS}\\b| of (?:a |an |the |each |every |its )?\\w+ (?:node|element|tree|root|component)| to (?:the|this|that|an?|one|his|her|their) (?:idea|approach|solution|design|framework|tool|stack|plan)\\b)`,
        "i",
      ),
      unlessBefore: /(?:\b(?:its|node's|the node's|tree's|left|right|parent and)\s*)$/i,
    },
  ),
  ...bias(
    "appearance",
    [
      "attractive",
      "unattractive",
      "overweight",
      "obese",
      "fat",
      "skinny",
      "(?:well|badly|poorly|sharply|smartly|nicely) dressed",
      "good looking",
      "handsome",
      "cute",
      "pretty(?= *(?:[.,;!?)]|$| and\\b| but\\b| face| girl| woman| lady| smile| eyes))",
      "tattoos?",
      "tattooed",
      "piercings?",
      "hair",
      "hairstyle",
      "(?:grey|gray) (?:hair|haired)",
      "beard",
      "bald",
      "scruffy",
      "unkempt",
      "presentable",
      "hoodies?",
      "sandals",
      "flip flops",
      "attire",
      "clothes",
      "clothing",
      "dress sense",
      "(?:casually|formally|scruffily|inappropriately) dressed",
      "dressed (?:casually|formally|down|up|too)",
      "appearance",
    ],
    {
      unlessAfter:
        /^(?: (?:salary|offer|option|options|proposition|package|solution|approach|trade|jar|jars|client|clients|binary|binaries|finger|fingered|arrow|pointer|trick|tricks|hack|hacks|idea)\b|-finger)/i,
    },
  ),
  ...bias(
    "accent",
    [
      "accents?",
      "accented",
      "(?:non )?native (?:\\w+ )?speakers?",
      "non native",
      "native (?:english|tongue|language)",
      "mother tongue",
      "broken english",
      "first language",
    ],
    { unlessAfter: /^ colou?rs?\b/i },
  ),
  ...bias("nationality", [
    "foreigners?",
    "foreign(?! (?:keys?|exchange|currenc|language|policy|function|data|table|object|interface|call))",
    "immigrants?",
    "immigration",
    "expats?",
    "refugees?",
    "ethnic",
    "ethnicity",
    "racial",
    // Bare "race" is almost always a race condition in interview feedback; flag it about people only.
    "(?:his|her|their|of) race",
    "skin colou?r",
    "exotic",
    "nationality",
    "grew up in",
    "born in",
    "originally from",
    "(?:moved|came|immigrated|emigrated) (?:here |over )?from",
    "where (?:he|she|they) (?:is|are|was|were|came|comes|come) (?:really |originally )?from",
  ]),
  ...bias(
    "nationality",
    [
      "Indian",
      "Chinese",
      "Russian",
      "Mexican",
      "Nigerian",
      "Pakistani",
      "Polish",
      "Romanian",
      "Brazilian",
      "Filipin[oa]",
      "Vietnamese",
      "Turkish",
      "Ukrainian",
      "Iranian",
      "Korean",
      "Japanese",
      "German",
      "French",
      "Italian",
      "Spanish",
      "Irish",
      "American",
      "British",
      "African",
      "Asian",
      "Hispanic",
      "Latin[oa]",
      "Arabs?",
      "Arabic",
      "Middle Eastern",
      "Eastern European",
    ],
    {
      caseSensitive: true,
      // A language skill or a market is job-related: "speaks fluent Japanese", "the German market".
      unlessBefore:
        /\b(?:speaks?|speaking|spoke|fluent|fluently|fluency|in|into|from|written|spoken|native|translated|learning|learned|learnt|studied|studying)(?: fluent)? $/i,
      unlessAfter:
        /^(?:[ -](?:and|or) [A-Z]\w+)?[ -](?:market|markets|customers|users|clients|locale|locales|language|translation|translations|speakers|speaking|law|laws|regulations?|version|site|office|offices|subsidiary|holidays?|team|teams|time)\b|^ (?:the|her|his|their|your|up|off|a|an|it|this|that|these|those)\b/,
    },
  ),
  ...bias("religion", [
    "church",
    "crucifix",
    "cross (?:necklace|pendant)",
    "mosque",
    "synagogue",
    "religious",
    "religion",
    "hijab",
    "headscarf",
    "head scarf",
    "turban",
    "kippah",
    "yarmulke",
    "muslim",
    "islam",
    "islamic",
    "jewish",
    "hindu",
    "sikh",
    "buddhist",
    "catholic",
    "atheist",
    "ramadan",
    "sabbath",
    "kosher",
    "halal",
    "prayers?",
    "pray",
    "prays",
    "praying",
  ]),
  ...bias(
    "health",
    [
      "disability",
      "disabilities",
      "handicap(?:ped)?",
      "special needs",
      "wheelchair",
      "illness",
      "(?:mentally|chronically|seriously|terminally) ill",
      "sick(?! of\\b)",
      "sickness",
      "sick leave",
      "mental health",
      "mental illness",
      `health (?:issues?|problems?|conditions?|reasons)`,
      "medical (?:conditions?|leave|history|issues?|reasons|problems?)",
      "medication",
      "depression",
      "depressed",
      "anxiety",
      "bipolar",
      "ocd",
      "adhd",
      "autism",
      "autistic",
      "on the spectrum",
      "dyslexia",
      "dyslexic",
      "deaf",
      "hard of hearing",
      "hearing aids?",
      "blind(?! (?:spots?|review|reviews|test|tests|testing|hiring|screen|screening|copy|index|sql|injection|signature|signatures)\\b)",
      "stutter(?:s|ed|ing)?",
      "stammer(?:s|ed|ing)?",
      "speech impediment",
      "cancer",
      "diabet(?:es|ic)",
      "surgery",
      "therapy",
      "therapist",
      "chronic (?:pain|illness|condition)",
      "crutches",
    ],
    { unlessBefore: /double-$/i },
  ),
  // "disabled" is also a verb ("disabled the flag") and a state of things ("the button is disabled"): only flag it about people.
  ...bias("health", [
    "(?:a|the) disabled (?:person|people|candidate|applicant|man|woman|guy|veteran|worker)",
    "(?:he's|she's|they're|he is|she is|they are|he was|she was|they were)(?: \\w+)? disabled",
    "(?:physically|visibly|mentally|registered|severely) disabled",
  ]),
];

// ---- rating/comment agreement ----

/** Words that praise. Preceded by a negation ("not clear") they count as criticism. */
export const PRAISE =
  "excellent|great|strong|strongly|clear|clearly|(?<!as )well|impressive|impressed|thorough|thoroughly|solid|good|elegant|elegantly|insightful|correct|correctly|effective|effectively|efficient|efficiently|quick|quickly|confident|confidently|outstanding|nailed|precise|precisely|fluent|fluently|sharp|creative|careful|carefully|neat|neatly|clean|cleanly|independently|excelled|perfect|perfectly|flawless|flawlessly|strength|strengths|exceptional|exceptionally|fantastic|amazing|brilliant";

/** Words that criticise. Preceded by a negation ("no bugs", "didn't struggle") they count as praise. */
export const CRITICISM =
  "struggled|struggles|struggling|struggle|unable|couldn't|could not|failed to|missed|wrong|incorrect|incorrectly|confused|confusing|unclear|weak|weakness|weaknesses|poor|poorly|lacked|lacking|lacks|incomplete|needed (?:a lot of |lots of |several |many |constant )?(?:help|hints|prompting|guidance)|gave up|got stuck|buggy|made (?:a |several |some |many )?mistakes?|not able|didn't finish|did not finish|rambled|rambling|vague|shallow|superficial|sloppy|messy|inefficient";

export const NEGATION = /(?:\b(?:not|never|no|hardly|barely|without)|n['’]t)(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
