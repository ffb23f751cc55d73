import { describe, expect, it } from 'vitest';
import {
  type SuspensionPeriod,
  capitalAtRisk,
  increaseReasonOf,
  isInServiceOn,
  isPremiumSuspendedOn,
  strictestFormality,
} from './affiliate-events';

// "En cas de modification du pourcentage de temps de travail ou en cas de reprise du travail après une
// suspension provisoire, aucune formalité médicale n'est requise."
describe('increaseReasonOf', () => {
  it.each([
    ['occupancy-rate', 'occupancy-rate-change'],
    ['suspension-end', 'return-after-suspension'],
    ['family-situation', 'benefit-increase'],
    ['category', 'benefit-increase'],
    ['suspension', 'benefit-increase'],
  ] as const)('%s -> %s', (kind, reason) => {
    expect(increaseReasonOf(kind)).toBe(reason);
  });
});

// A suspension takes the premium away from its mutation date, the return to work brings it back from its own.
describe('isPremiumSuspendedOn', () => {
  const open: SuspensionPeriod = { reason: 'illness', from: '2026-04-01', until: null };
  const closed: SuspensionPeriod = { reason: 'career-break', from: '2026-04-01', until: '2026-09-01' };
  it.each([
    ['no suspension', null, '2026-05-10', false],
    ['the day before the mutation date', open, '2026-03-31', false],
    ['on the mutation date', open, '2026-04-01', true],
    ['long after, still open', open, '2030-01-01', true],
    ['during a closed one', closed, '2026-08-31', true],
    ['on the return mutation date', closed, '2026-09-01', false],
    ['after the return', closed, '2026-12-01', false],
  ] as const)('%s', (_case, period, day, suspended) => {
    expect(isPremiumSuspendedOn(period, day)).toBe(suspended);
  });
});

describe('strictestFormality', () => {
  it.each([
    [[], 'none'],
    [['none', 'none'], 'none'],
    [['questionnaire', 'none'], 'questionnaire'],
    [['health-declaration', 'questionnaire'], 'questionnaire'],
    [['treating-doctor', 'questionnaire'], 'treating-doctor'],
    [['questionnaire', 'cardiologist'], 'cardiologist'],
  ] as const)('%j -> %s', (formalities, strictest) => {
    expect(strictestFormality(...formalities)).toBe(strictest);
  });
});

describe('capitalAtRisk', () => {
  it.each([
    [100_000, 0, 100_000],
    [100_000, 30_000, 70_000],
    [50_000, 80_000, 0],
  ])('death capital %d, reserves %d -> %d', (death, reserves, atRisk) => {
    expect(capitalAtRisk(death, reserves)).toBe(atRisk);
  });
});

// "votre travailleur reçoit un e-mail à chaque mise à jour et ce, jusqu'à sa sortie de service" (000_…, 16)
describe('isInServiceOn', () => {
  it.each([
    ['in service, no exit', 'in-service', null, true],
    ['left without a recorded date', 'left', null, false],
    ['the day before the exit date', 'left', '2026-07-01', true],
    ['on the exit date', 'left', '2026-06-30', false],
    ['after the exit date', 'left', '2026-01-31', false],
  ] as const)('%s', (_case, employmentStatus, leftOn, inService) => {
    expect(isInServiceOn({ employmentStatus, leftOn }, '2026-06-30')).toBe(inService);
  });
});
