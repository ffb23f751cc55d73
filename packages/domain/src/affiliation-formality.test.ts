import { describe, expect, it } from 'vitest';
import {
  type GuaranteeIncrease,
  type RequestedCover,
  affiliationCoverWhilePending,
  affiliationFormality,
  capitalsAtRiskOf,
  coverAfterRefusal,
  guaranteeChangeFormality,
  lacksCapitals,
} from './affiliation-formality';

const cover = (overrides: Partial<RequestedCover>): RequestedCover => ({
  table: 'organizer',
  participants: 50,
  deathCapital: 0,
  disabilityAnnuity: 0,
  ...overrides,
});

// "Dans la mesure où la loi les permet (= capital-décès sous risque > 150% du capital-vie assuré ou "N" < 10)"
describe('lacksCapitals', () => {
  it.each([
    ['organizer, N = 50, within the limit (400,000)', cover({ deathCapital: 400_000 }), false],
    ['organizer, N = 50, one euro above', cover({ deathCapital: 400_001 }), true],
    [
      'the same with both capitals',
      cover({ deathCapital: 400_001, capitalAtRisk: 1, lifeCapital: 1 }),
      false,
    ],
    ['the same with one capital only', cover({ deathCapital: 400_001, capitalAtRisk: 1 }), true],
    ['organizer, N = 9: formalities always lawful', cover({ participants: 9, deathCapital: 900_000 }), false],
    ['organizer, N = 10', cover({ participants: 10, deathCapital: 100_001 }), true],
    ["another option's table", cover({ table: 'other', deathCapital: 900_000 }), false],
  ])('%s -> %s', (_case, requested, lacks) => {
    expect(lacksCapitals(requested)).toBe(lacks);
  });
});

describe('affiliationFormality', () => {
  it.each([
    ['nothing asked', cover({}), 'none'],
    ['organizer death within the limit, capitals left out', cover({ deathCapital: 400_000 }), 'none'],
    [
      'organizer death above 150 %: the table',
      cover({ deathCapital: 500_000, capitalAtRisk: 500_000, lifeCapital: 100_000 }),
      'questionnaire',
    ],
    [
      'organizer death at 150 % exactly: not lawful',
      cover({ deathCapital: 2_000_000, capitalAtRisk: 150_000, lifeCapital: 100_000 }),
      'none',
    ],
    ['disability 18,001 for N = 50', cover({ disabilityAnnuity: 18_001 }), 'questionnaire'],
    [
      'disability 18,001 for N = 100',
      cover({ participants: 100, disabilityAnnuity: 18_001 }),
      'health-declaration',
    ],
    [
      'the stricter of both covers',
      cover({ table: 'other', deathCapital: 150_000, disabilityAnnuity: 80_000 }),
      'cardiologist',
    ],
    [
      'other table, N = 5, death 100,001',
      cover({ table: 'other', participants: 5, deathCapital: 100_001 }),
      'questionnaire',
    ],
  ])('%s -> %s', (_case, requested, formality) => {
    expect(affiliationFormality(requested)).toBe(formality);
  });
});

// "acceptation médicale en cours d'assurance": the capital at risk is the death capital beyond the reserves
describe('guaranteeChangeFormality', () => {
  const change = (overrides: Partial<GuaranteeIncrease>): GuaranteeIncrease => ({
    reason: 'benefit-increase',
    table: 'organizer',
    participants: 50,
    reserves: 0,
    lifeCapital: 100_000,
    before: { deathCapital: 100_000, disabilityAnnuity: 10_000 },
    after: { deathCapital: 100_000, disabilityAnnuity: 10_000 },
    ...overrides,
  });
  it.each([
    ['nothing rises', change({}), 'none'],
    [
      'death +400 %, at risk far above 150 %',
      change({ after: { deathCapital: 500_000, disabilityAnnuity: 10_000 } }),
      'questionnaire',
    ],
    ['death +19 %', change({ after: { deathCapital: 119_000, disabilityAnnuity: 10_000 } }), 'none'],
    [
      'death +400 % but the reserves keep the capital at risk under 150 %',
      change({
        reserves: 400_000,
        lifeCapital: 500_000,
        after: { deathCapital: 500_000, disabilityAnnuity: 10_000 },
      }),
      'none',
    ],
    [
      'disability +20 % and 6,000 EUR, to 36,000',
      change({
        before: { deathCapital: 0, disabilityAnnuity: 30_000 },
        after: { deathCapital: 0, disabilityAnnuity: 36_000 },
      }),
      'questionnaire',
    ],
    [
      'occupancy-rate change: never',
      change({
        reason: 'occupancy-rate-change',
        after: { deathCapital: 2_500_000, disabilityAnnuity: 150_000 },
      }),
      'none',
    ],
    [
      'return after suspension: never',
      change({
        reason: 'return-after-suspension',
        after: { deathCapital: 2_500_000, disabilityAnnuity: 150_000 },
      }),
      'none',
    ],
    [
      'death +20 % from the capitals typed at affiliation: at risk 600,000, not above 150 % of 1,000,000',
      change({
        lifeCapital: 1_000_000,
        capitalAtRisk: 500_000,
        before: { deathCapital: 500_000, disabilityAnnuity: 0 },
        after: { deathCapital: 600_000, disabilityAnnuity: 0 },
      }),
      'none',
    ],
    [
      'the same against a life capital of 300,000: at risk above 150 %',
      change({
        lifeCapital: 300_000,
        capitalAtRisk: 500_000,
        before: { deathCapital: 500_000, disabilityAnnuity: 0 },
        after: { deathCapital: 600_000, disabilityAnnuity: 0 },
      }),
      'questionnaire',
    ],
    [
      'a recorded capital at risk rises with the capital: +100,000 on 400,000 is 25 % (on 800,000, 12.5 %)',
      change({
        lifeCapital: 100_000,
        capitalAtRisk: 400_000,
        before: { deathCapital: 800_000, disabilityAnnuity: 0 },
        after: { deathCapital: 900_000, disabilityAnnuity: 0 },
      }),
      'treating-doctor',
    ],
  ])('%s -> %s', (_case, increase, formality) => {
    expect(guaranteeChangeFormality(increase)).toBe(formality);
  });
});

describe('capitalsAtRiskOf', () => {
  const before = { deathCapital: 500_000, disabilityAnnuity: 0 };
  it.each([
    ['without a recorded one: the death capital beyond the reserves', undefined, 700_000, 400_000, 600_000],
    ['a recorded one moves with the capital', 450_000, 700_000, 450_000, 650_000],
    ['and never below zero', 50_000, 0, 50_000, 0],
  ])('%s', (_case, recorded, deathAfter, atRiskBefore, atRiskAfter) => {
    const after = { deathCapital: deathAfter, disabilityAnnuity: 0 };
    expect(capitalsAtRiskOf({ reserves: 100_000, capitalAtRisk: recorded, before, after })).toEqual({
      before: atRiskBefore,
      after: atRiskAfter,
    });
  });
});

// "jusqu'à l'acceptation du risque par VIVIUM : totalement, si [le sinistre] résulte d'un accident ; à
// concurrence de la Free Cover Limit, si [il] résulte d'une maladie."
describe('affiliationCoverWhilePending', () => {
  it.each([
    [
      'both covers above their limits (N = 50: 400,000 and 18,000)',
      cover({ deathCapital: 800_000, disabilityAnnuity: 30_000, capitalAtRisk: 800_000, lifeCapital: 0 }),
      { deathCapital: 400_000, disabilityAnnuity: 18_000 },
    ],
    [
      'the death capital within its limit stays whole while the annuity waits',
      cover({ deathCapital: 300_000, disabilityAnnuity: 30_000 }),
      { deathCapital: 300_000, disabilityAnnuity: 18_000 },
    ],
    [
      'a capital the law forbids to test (at risk within 150 %) is not held back',
      cover({
        deathCapital: 800_000,
        disabilityAnnuity: 30_000,
        capitalAtRisk: 150_000,
        lifeCapital: 100_000,
      }),
      { deathCapital: 800_000, disabilityAnnuity: 18_000 },
    ],
  ])('%s', (_case, requested, illness) => {
    const pending = affiliationCoverWhilePending(requested);
    expect(pending.illness).toEqual(illness);
    expect(pending.accident).toEqual({
      deathCapital: requested.deathCapital,
      disabilityAnnuity: requested.disabilityAnnuity,
    });
  });
});

// "l'affilié bénéficiera cependant des couvertures prévues dans le cadre de la Free Cover Limit"
describe('coverAfterRefusal', () => {
  it.each([
    [
      'both above their limits (N = 50)',
      cover({ deathCapital: 800_000, disabilityAnnuity: 30_000, capitalAtRisk: 800_000, lifeCapital: 0 }),
      { deathCapital: 400_000, disabilityAnnuity: 18_000 },
    ],
    [
      'only the annuity asked',
      cover({ deathCapital: 300_000, disabilityAnnuity: 30_000 }),
      { deathCapital: 300_000, disabilityAnnuity: 18_000 },
    ],
    [
      'N = 5, the other table',
      cover({ table: 'other', participants: 5, deathCapital: 150_000, disabilityAnnuity: 0 }),
      { deathCapital: 100_000, disabilityAnnuity: 0 },
    ],
  ])('%s', (_case, requested, kept) => expect(coverAfterRefusal(requested)).toEqual(kept));
});
