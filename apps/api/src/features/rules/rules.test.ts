import type { MedicalAcceptanceBody, MedicalAcceptanceResponse } from '@groupdesk/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, expectError } from '../../../test/http';
import { type TestApp, createTestApp, login } from '../../../test/test-app';

let t: TestApp;
let viewer: ReturnType<typeof client>;
const url = '/api/rules/medical-acceptance';
const ask = (as: ReturnType<typeof client>, payload: unknown) =>
  as.send({ method: 'POST', url, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  // the lowest profile: the rule reads no employer's data
  viewer = client(t.app, await login(t.app, 'viewer@demo.groupdesk.be'));
});
afterAll(async () => t?.close());

describe('POST /api/rules/medical-acceptance', () => {
  it.each<[string, MedicalAcceptanceBody, MedicalAcceptanceResponse['formality']]>([
    [
      'disability within the Free Cover Limit',
      { cover: 'disability', table: 'other', participants: 5, amount: 6_000 },
      'none',
    ],
    [
      'disability one euro above it',
      { cover: 'disability', table: 'other', participants: 5, amount: 6_001 },
      'questionnaire',
    ],
    [
      'disability, N = 100, simplified formality',
      { cover: 'disability', table: 'organizer', participants: 100, amount: 75_000 },
      'health-declaration',
    ],
    [
      'death, other table, N = 99',
      { cover: 'death', table: 'other', participants: 99, amount: 1_500_001 },
      'cardiologist',
    ],
    [
      "death, organizer's table, capital at risk above 150 %",
      {
        cover: 'death',
        table: 'organizer',
        participants: 11,
        amount: 1_000_000,
        capitalAtRisk: 900_000,
        lifeCapital: 100_000,
      },
      'treating-doctor',
    ],
    [
      "death, organizer's table, the law allows no formality",
      {
        cover: 'death',
        table: 'organizer',
        participants: 11,
        amount: 1_000_000,
        capitalAtRisk: 150_000,
        lifeCapital: 100_000,
      },
      'none',
    ],
  ])('%s → %s', async (_name, body, formality) => {
    const response = await ask(viewer, body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ formality });
  });

  it('asks for a logged-in user', async () => {
    const response = await ask(client(t.app), { cover: 'death', table: 'other', participants: 5, amount: 1 });
    expectError(response, 401, 'unauthorized');
  });

  // "Dans la mesure où la loi les permet (= capital-décès sous risque > 150% du capital-vie assuré ou "N" < 10)"
  it("asks no capitals of the organizer's death table below N = 10, nor within the Free Cover Limit", async () => {
    const belowTen = await ask(viewer, {
      cover: 'death',
      table: 'organizer',
      participants: 5,
      amount: 200_000,
    });
    expect(belowTen.statusCode, belowTen.body).toBe(200);
    expect(belowTen.json()).toEqual({ formality: 'questionnaire' });
    const withinLimit = await ask(viewer, {
      cover: 'death',
      table: 'organizer',
      participants: 11,
      amount: 400_000,
    });
    expect(withinLimit.statusCode, withinLimit.body).toBe(200);
    expect(withinLimit.json()).toEqual({ formality: 'none' });
  });

  it("refuses the organizer's death table from N = 10 above the limit without both capitals, saying why", async () => {
    const response = await ask(viewer, {
      cover: 'death',
      table: 'organizer',
      participants: 11,
      amount: 400_001,
      lifeCapital: 1,
    });
    const error = expectError(response, 400, 'validation_failed');
    expect(error.details).toEqual([
      {
        path: 'capitalAtRisk',
        code: 'medicalAcceptance.capitalsRequired',
        message: expect.stringMatching(/150 %/),
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, Array<[string, string, RegExp]>]>([
    [
      'a capital at risk above the death capital',
      { cover: 'death', table: 'other', amount: 100_000, capitalAtRisk: 100_001, lifeCapital: 0 },
      [
        [
          'capitalAtRisk',
          'medicalAcceptance.capitalAtRiskAboveAmount',
          /cannot be more than the death capital/,
        ],
      ],
    ],
    [
      'capitals sent with a disability annuity',
      { cover: 'disability', table: 'organizer', amount: 10_000, capitalAtRisk: 0, lifeCapital: 5 },
      [
        ['capitalAtRisk', 'medicalAcceptance.capitalsNotForDisability', /death capital only/],
        ['lifeCapital', 'medicalAcceptance.capitalsNotForDisability', /death capital only/],
      ],
    ],
    [
      'a negative life capital',
      { cover: 'death', table: 'other', amount: 100_000, lifeCapital: -1 },
      [['lifeCapital', 'amount.negative', /cannot be negative/]],
    ],
  ])('refuses %s with a message that says why', async (_name, body, expected) => {
    const error = expectError(await ask(viewer, { participants: 20, ...body }), 400, 'validation_failed');
    expect(error.details).toEqual(
      expected.map(([path, code, message]) => ({ path, code, message: expect.stringMatching(message) })),
    );
  });

  const valid = { cover: 'disability', table: 'other', participants: 20, amount: 10_000 };
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a negative amount', { amount: -1 }, 'amount', 'amount.negative'],
    ['a negative capital at risk', { capitalAtRisk: -1 }, 'capitalAtRisk', 'amount.negative'],
    ['N = 0', { participants: 0 }, 'participants', 'too_small'],
    ['a fractional N', { participants: 10.5 }, 'participants', 'whole_number'],
    ['N as text', { participants: '10' }, 'participants', 'invalid_type'],
    ['a missing amount', { amount: undefined }, 'amount', 'required'],
    ['an unknown cover', { cover: 'life' }, 'cover', 'invalid_value'],
    ['an unknown table', { table: 'default' }, 'table', 'invalid_value'],
    ['an unknown field', { salary: 1 }, 'salary', 'unknown_field'],
  ])('refuses %s', async (_name, change, path, code) => {
    const error = expectError(await ask(viewer, { ...valid, ...change }), 400, 'validation_failed');
    expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
  });
});
