import { describe, expect, it } from 'vitest';
import type { AcceptanceTable, MedicalCover, MedicalFormality } from './medical-acceptance';
import {
  coverWhilePending,
  freeCoverLimit,
  isAdvanceGranted,
  medicalFormality,
  medicalFormalityForIncrease,
  needsCapitals,
  significantStandardDeathCapital,
  significantStandardDisabilityAnnuity,
} from './medical-acceptance';

// The four tables of "1.2. Acceptation médicale — à l'affiliation", one line per row and one cell per N band
// (1 à 10 inclus | 11 à 99 inclus | 100 et plus), as the seed prints them; the formality closes each line.
const seedTables: Record<MedicalCover, Record<AcceptanceTable, string>> = {
  death: {
    organizer: `
      0 - 100.000 EUR | 0-400.000 EUR | 0-750.000 EUR => none
      100.001 - 250.000 EUR | 400.001 - 750.000 EUR | 750.001 - 1.000.000 EUR => questionnaire
      250.001 - 1.250.000 EUR | 750.001 - 1.500.000 EUR | 1.000.001 - 2.000.000 EUR => treating-doctor
      > 1.250.000 EUR | > 1.500.000 EUR | > 2.000.000 EUR => cardiologist`,
    other: `
      0 -100.000 EUR | 0-100.000 EUR | 0-100.000 EUR => none
      100.001 - 250.000 EUR | 100.001 - 500.000 EUR | 100.001 - 750.000 EUR => questionnaire
      250.001 - 1.250.000 EUR | 500.001 - 1.500.000 EUR | 750.001 - 2.000.000 EUR => treating-doctor
      > 1.250.000 EUR | > 1.500.000 EUR | > 2.000.000 EUR => cardiologist`,
  },
  disability: {
    organizer: `
      0-6.000 EUR | 0-18.000 EUR | 0 - 18.000 EUR => none
      pas d'application | pas d'application | 18.001 - 75.000 EUR => health-declaration
      6.001 — 25.000 EUR | 18.001 - 40.000 EUR | pas d'application => questionnaire
      25.001 - 75.000 EUR | 40.001 - 75.000 EUR | 75.001 - 100.000 EUR => treating-doctor
      > 75.000 EUR | > 75.000 EUR | > 100.000 EUR => cardiologist`,
    other: `
      0-6.000 EUR | 0-6.000 EUR | 0-6.000 EUR => none
      6.001 — 25.000 EUR | 6.001 — 25.000 EUR | 6.001 — 50.000 EUR => questionnaire
      25.001 - 75.000 EUR | 25.001 - 75.000 EUR | 50.001 - 100.000 EUR => treating-doctor
      > 75.000 EUR | > 75.000 EUR | > 100.000 EUR => cardiologist`,
  },
};
// the first and last N of each band; 10/11 and 99/100 are the edges
const bandEdges = [
  [1, 10],
  [11, 99],
  [100, 5_000],
] as const;

const euros = (text: string) => Number(text.replaceAll('.', ''));
type Case = [string, MedicalCover, AcceptanceTable, number, number, MedicalFormality];

// Every cell gives two amounts: its lower bound (one euro above the row before) and its upper bound; a
// "> x" cell gives x + 1 and ten times x.
function casesOf(cover: MedicalCover, table: AcceptanceTable): Case[] {
  return seedTables[cover][table]
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [cells = '', formality] = line.split('=>').map((part) => part.trim());
      return cells.split('|').flatMap((cell, band) => {
        const range = /^([\d.]+)\s*[-—]\s*([\d.]+) EUR$/.exec(cell.trim());
        const above = /^> ([\d.]+) EUR$/.exec(cell.trim());
        const amounts = range
          ? [euros(range[1]!), euros(range[2]!)]
          : above
            ? [euros(above[1]!) + 1, euros(above[1]!) * 10]
            : [];
        return amounts.flatMap((amount) =>
          bandEdges[band]!.map((n): Case => [
            cell.trim(),
            cover,
            table,
            n,
            amount,
            formality as MedicalFormality,
          ]),
        );
      });
    });
}

describe('medicalFormality at affiliation: every row, bound and N band of the seed', () => {
  const cases = (['death', 'disability'] as const).flatMap((cover) =>
    (['organizer', 'other'] as const).flatMap((table) => casesOf(cover, table)),
  );
  it('reads all four tables', () => expect(cases).toHaveLength(4 * 12 * 2 * 2));

  it.each(cases)('%s: %s, %s table, N = %i, %i EUR → %s', (_cell, cover, table, n, amount, expected) => {
    // a capital at risk far above the life capital, so that the law allows what the organizer's table asks
    const capitals = cover === 'death' ? { capitalAtRisk: amount, lifeCapital: 0 } : {};
    expect(medicalFormality({ cover, table, participants: n, amount, ...capitals })).toBe(expected);
  });

  it('an amount with cents just above a bound is above it', () => {
    expect(medicalFormality({ cover: 'disability', table: 'other', participants: 5, amount: 6_000.01 })).toBe(
      'questionnaire',
    );
  });
});

describe("the organizer's death table: only where the law allows formalities", () => {
  // "Dans la mesure où la loi les permet (= capital-décès sous risque > 150% du capital-vie assuré ou "N" < 10).
  // Dans les autres cas, pas d'acceptation médicale."
  const death = { cover: 'death', table: 'organizer', amount: 200_000 } as const;
  it.each<[string, Parameters<typeof medicalFormality>[0], MedicalFormality]>([
    ['N = 9, no capitals needed', { ...death, participants: 9 }, 'questionnaire'],
    [
      'N = 9, capital at risk low',
      { ...death, participants: 9, capitalAtRisk: 1, lifeCapital: 1e6 },
      'questionnaire',
    ],
    [
      'N = 10, at risk exactly 150 %',
      { ...death, participants: 10, capitalAtRisk: 150_000, lifeCapital: 100_000 },
      'none',
    ],
    [
      'N = 10, one euro above 150 %',
      { ...death, participants: 10, capitalAtRisk: 150_001, lifeCapital: 100_000 },
      'questionnaire',
    ],
    [
      'N = 10, no life capital',
      { ...death, participants: 10, capitalAtRisk: 200_000, lifeCapital: 0 },
      'questionnaire',
    ],
    ['N = 10, nothing at risk', { ...death, participants: 10, capitalAtRisk: 0, lifeCapital: 0 }, 'none'],
    [
      'N = 500, 2.5 M at 125 %',
      { ...death, participants: 500, amount: 2.5e6, capitalAtRisk: 2.5e6, lifeCapital: 2e6 },
      'none',
    ],
    [
      'N = 500, 2.5 M at 250 %',
      { ...death, participants: 500, amount: 2.5e6, capitalAtRisk: 2.5e6, lifeCapital: 1e6 },
      'cardiologist',
    ],
    // "En cas de choix, les règles d'acceptation médicale sont toujours d'application, si la Free Cover Limit
    // est dépassée."
    [
      'the other table ignores the rule',
      { ...death, table: 'other', participants: 50, capitalAtRisk: 1, lifeCapital: 1e6 },
      'questionnaire',
    ],
    [
      'N = 10 within the Free Cover Limit: no capitals needed',
      { ...death, participants: 10, amount: 100_000 },
      'none',
    ],
  ])('%s', (_name, input, expected) => expect(medicalFormality(input)).toBe(expected));

  it('refuses to guess from N = 10 above the Free Cover Limit without both capitals', () => {
    for (const capitals of [{}, { capitalAtRisk: 200_000 }, { lifeCapital: 100_000 }]) {
      expect(() => medicalFormality({ ...death, participants: 10, ...capitals })).toThrow(
        /needs capitalAtRisk and lifeCapital/,
      );
    }
  });

  it.each([
    ['N = 9, above the limit', 9, 200_000, false],
    ['N = 10, at the limit (100,000)', 10, 100_000, false],
    ['N = 10, one euro above', 10, 100_001, true],
    ['N = 11, at the limit (400,000)', 11, 400_000, false],
    ['N = 11, one euro above', 11, 400_001, true],
  ])('needsCapitals: %s → %s', (_name, participants, amount, needed) => {
    expect(needsCapitals({ ...death, participants, amount })).toBe(needed);
    expect(needsCapitals({ ...death, table: 'other', participants, amount })).toBe(false);
    expect(needsCapitals({ ...death, cover: 'disability', participants, amount })).toBe(false);
  });
});

describe('impossible inputs', () => {
  const valid = { cover: 'disability', table: 'other', participants: 20, amount: 10_000 } as const;
  it.each<[string, Partial<Parameters<typeof medicalFormality>[0]>, RegExp]>([
    ['a negative amount', { amount: -1 }, /amount must be an amount of 0 EUR or more, got -1/],
    ['NaN as amount', { amount: NaN }, /amount .* got NaN/],
    ['an infinite amount', { amount: Infinity }, /amount .* got Infinity/],
    ['N = 0', { participants: 0 }, /participants \(N\) must be a whole number of 1 or more, got 0/],
    ['N = -3', { participants: -3 }, /participants \(N\).* got -3/],
    ['N = 10.5', { participants: 10.5 }, /participants \(N\).* got 10.5/],
    ['NaN as N', { participants: NaN }, /participants \(N\).* got NaN/],
    ['a negative capital at risk', { capitalAtRisk: -5 }, /capitalAtRisk must be .* got -5/],
    ['NaN as life capital', { lifeCapital: NaN }, /lifeCapital must be .* got NaN/],
    [
      'capitals with a disability annuity',
      { lifeCapital: 1 },
      /apply to a death capital, not to a disability/,
    ],
    [
      'a capital at risk above the death capital',
      { cover: 'death', amount: 10_000, capitalAtRisk: 10_001, lifeCapital: 0 },
      /capitalAtRisk \(10001\) cannot exceed the death capital \(10000\)/,
    ],
    ['an unknown cover', { cover: 'life' as MedicalCover }, /No acceptance table for cover 'life'/],
    ['an unknown table', { table: 'default' as AcceptanceTable }, /table 'default'/],
  ])('refuses %s with a RangeError', (_name, change, message) => {
    const call = () => medicalFormality({ ...valid, ...change });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('freeCoverLimit: "les plafonds de couverture pour lesquels chaque affilié est accepté sans aucune formalité"', () => {
  it.each<[MedicalCover, AcceptanceTable, number, number]>([
    ['death', 'organizer', 10, 100_000],
    ['death', 'organizer', 11, 400_000],
    ['death', 'organizer', 100, 750_000],
    ['death', 'other', 100, 100_000],
    ['disability', 'organizer', 10, 6_000],
    ['disability', 'organizer', 99, 18_000],
    ['disability', 'organizer', 100, 18_000],
    ['disability', 'other', 1_000, 6_000],
  ])('%s, %s table, N = %i: %i EUR', (cover, table, participants, limit) => {
    expect(freeCoverLimit({ cover, table, participants })).toBe(limit);
  });
});

describe('coverWhilePending: until the insurer accepts the risk', () => {
  // "la couverture du risque décès est acquise, jusqu'à l'acceptation du risque par VIVIUM : totalement, si le
  // décès résulte d'un accident ; à concurrence de la Free Cover Limit, si le décès résulte d'une maladie."
  const death = { cover: 'death', table: 'other', participants: 5, amount: 300_000 } as const;
  const disability = { cover: 'disability', table: 'organizer', participants: 150, amount: 50_000 } as const;
  it.each<[string, Parameters<typeof coverWhilePending>[0], number]>([
    ['death by accident: fully', { ...death, cause: 'accident' }, 300_000],
    ['death by illness: up to the Free Cover Limit', { ...death, cause: 'illness' }, 100_000],
    ['disability by accident: fully', { ...disability, cause: 'accident' }, 50_000],
    ['disability by illness: up to the Free Cover Limit', { ...disability, cause: 'illness' }, 18_000],
    ['within the limit, nothing is pending', { ...death, amount: 90_000, cause: 'illness' }, 90_000],
    [
      'the law allows no formality: nothing is pending',
      {
        ...death,
        table: 'organizer',
        participants: 50,
        amount: 2e6,
        capitalAtRisk: 1e6,
        lifeCapital: 1e6,
        cause: 'illness',
      },
      2e6,
    ],
  ])('%s', (_name, input, covered) => expect(coverWhilePending(input)).toBe(covered));
});

describe('medicalFormalityForIncrease: "acceptation médicale en cours d\'assurance"', () => {
  type Increase = Parameters<typeof medicalFormalityForIncrease>[0];
  const death = { cover: 'death', reason: 'benefit-increase', table: 'other', participants: 50 } as const;
  const deathBy = (before: number, after: number): Extract<Increase, { cover: 'death' }> => ({
    ...death,
    amount: 600_000,
    capitalAtRiskBefore: before,
    capitalAtRisk: after,
  });
  const disability = {
    cover: 'disability',
    reason: 'benefit-increase',
    table: 'other',
    participants: 5,
  } as const;
  const disabilityBy = (before: number, after: number): Extract<Increase, { cover: 'disability' }> => ({
    ...disability,
    annuityBefore: before,
    amount: after,
  });
  it.each<[string, Increase, MedicalFormality]>([
    // "Aucune augmentation du capital assuré en cas de vie ne requiert de quelconques formalités médicales."
    ['retirement capital', { cover: 'retirement', reason: 'benefit-increase' }, 'none'],
    // "lorsque cette augmentation conduit à un accroissement du capital sous risque en une fois de 20% ou plus"
    ['death, capital at risk +20 % exactly', deathBy(100_000, 120_000), 'treating-doctor'],
    ['death, one euro short of +20 %', deathBy(100_000, 119_999), 'none'],
    ['death, +20 % in cents', deathBy(100_000.05, 120_000.06), 'treating-doctor'],
    ['death, from nothing at risk', deathBy(0, 10_000), 'treating-doctor'],
    ['death, a decrease', deathBy(120_000, 100_000), 'none'],
    ['death, unchanged', deathBy(100_000, 100_000), 'none'],
    // "Dans la mesure où la loi le permet": the 150 % rule of the organizer's table still holds
    [
      "death, organizer's table, at risk within 150 %",
      { ...deathBy(100_000, 150_000), table: 'organizer', lifeCapital: 500_000 },
      'none',
    ],
    [
      "death, organizer's table, at risk above 150 %",
      { ...deathBy(100_000, 150_000), table: 'organizer', lifeCapital: 50_000 },
      'questionnaire',
    ],
    // "En cas de modification du pourcentage de temps de travail ou en cas de reprise du travail après une
    // suspension provisoire, aucune formalité médicale n'est requise."
    [
      'death, occupancy rate change',
      { ...deathBy(100_000, 200_000), reason: 'occupancy-rate-change' },
      'none',
    ],
    [
      'death, back after suspension',
      { ...deathBy(100_000, 200_000), reason: 'return-after-suspension' },
      'none',
    ],
    // "cette augmentation atteint en une fois, 20% et 6.000 EUR au minimum"
    ['disability, +20 % and +6,000 exactly', disabilityBy(30_000, 36_000), 'treating-doctor'],
    ['disability, +6,000 but one euro short of +20 %', disabilityBy(30_001, 36_001), 'none'],
    ['disability, +60 % and +6,000', disabilityBy(10_000, 16_000), 'questionnaire'],
    ['disability, +60 % but one euro short of +6,000', disabilityBy(10_000, 15_999), 'none'],
    ['disability, +12 % and +6,000', disabilityBy(50_000, 56_000), 'none'],
    ['disability, from no annuity', disabilityBy(0, 7_000), 'questionnaire'],
    // "la rente annuelle assurée excède 100.000 EUR"
    ['disability, rising to 100,000 by +5 %', disabilityBy(95_238, 100_000), 'none'],
    ['disability, rising to 100,001 by +5 %', disabilityBy(95_238, 100_001), 'cardiologist'],
    ['disability, unchanged above 100,000', disabilityBy(120_000, 120_000), 'none'],
    [
      'disability, occupancy rate change',
      { ...disabilityBy(30_000, 120_000), reason: 'occupancy-rate-change' },
      'none',
    ],
    [
      'disability, back after suspension',
      { ...disabilityBy(30_000, 120_000), reason: 'return-after-suspension' },
      'none',
    ],
  ])('%s → %s', (_name, increase, expected) => expect(medicalFormalityForIncrease(increase)).toBe(expected));

  it.each<[string, Increase, RegExp]>([
    [
      'an unknown reason',
      { ...deathBy(1, 2), reason: 'promotion' as 'benefit-increase' },
      /Unknown reason .*'promotion'/,
    ],
    ['a negative capital at risk before', deathBy(-1, 2), /capitalAtRiskBefore must be .* got -1/],
    ['NaN as annuity before', disabilityBy(NaN, 2), /annuityBefore must be .* got NaN/],
    ['a negative annuity', { ...disabilityBy(1, 2), amount: -2 }, /amount must be .* got -2/],
  ])('refuses %s with a RangeError', (_name, increase, message) => {
    expect(() => medicalFormalityForIncrease(increase)).toThrow(RangeError);
    expect(() => medicalFormalityForIncrease(increase)).toThrow(message);
  });
});

describe('the LPC significant standard of cafeteria plans ("standard significatif")', () => {
  // "capital-décès : remboursement de la réserve ; avec un minimum de 1 fois le salaire de référence, limité à
  // 100.000 EUR, si le capital-décès est exprimé en pourcentage du salaire de référence ; avec un minimum de
  // 20.000 EUR, si le capital-décès correspond à un montant forfaitaire."
  it.each<[string, Parameters<typeof significantStandardDeathCapital>[0], number]>([
    ['salary above the reserve', { basis: 'salary', referenceSalary: 40_000, reserve: 10_000 }, 40_000],
    ['reserve above the salary', { basis: 'salary', referenceSalary: 40_000, reserve: 50_000 }, 50_000],
    ['salary capped at 100,000', { basis: 'salary', referenceSalary: 150_000, reserve: 20_000 }, 100_000],
    ['reserve above the cap', { basis: 'salary', referenceSalary: 150_000, reserve: 120_000 }, 120_000],
    ['flat, reserve below 20,000', { basis: 'flat', reserve: 5_000 }, 20_000],
    ['flat, reserve above 20,000', { basis: 'flat', reserve: 25_000 }, 25_000],
  ])('death capital: %s', (_name, input, capital) =>
    expect(significantStandardDeathCapital(input)).toBe(capital),
  );

  // "rente d'incapacité de travail : 10% du salaire de référence, avec un maximum de 6.000 EUR [...] ;
  // 2.000 EUR, si la rente annuelle correspond à un montant forfaitaire."
  it.each<[string, Parameters<typeof significantStandardDisabilityAnnuity>[0], number]>([
    ['10 % of the salary', { basis: 'salary', referenceSalary: 45_000 }, 4_500],
    ['10 % to the cent', { basis: 'salary', referenceSalary: 12_345.67 }, 1_234.57],
    ['at the 6,000 cap', { basis: 'salary', referenceSalary: 60_000 }, 6_000],
    ['above the cap', { basis: 'salary', referenceSalary: 80_000 }, 6_000],
    ['flat', { basis: 'flat' }, 2_000],
  ])('disability annuity: %s', (_name, input, annuity) =>
    expect(significantStandardDisabilityAnnuity(input)).toBe(annuity),
  );

  it('refuses an impossible salary or reserve', () => {
    expect(() => significantStandardDisabilityAnnuity({ basis: 'salary', referenceSalary: -1 })).toThrow(
      RangeError,
    );
    expect(() => significantStandardDeathCapital({ basis: 'flat', reserve: NaN })).toThrow(RangeError);
  });
});

describe('isAdvanceGranted: "si l\'avance calculée est inférieure à 2.500 EUR, elle ne sera pas attribuée"', () => {
  it.each([
    [0, false],
    [2_499.99, false],
    [2_500, true],
    [10_000, true],
  ])('%d EUR → %s', (advance, granted) => expect(isAdvanceGranted(advance)).toBe(granted));
  it('refuses a negative advance', () => expect(() => isAdvanceGranted(-1)).toThrow(RangeError));
});
