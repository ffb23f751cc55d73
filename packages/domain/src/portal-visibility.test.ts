import { describe, expect, it } from 'vitest';
import type { PortalVisibility } from './portal-visibility';
import { portalVisibility } from './portal-visibility';

type Input = Parameters<typeof portalVisibility>[0];

// An active contract with a long-known number, looked at on 15 June 2025; each case changes a field.
const base: Input = {
  nationalNumber: '85073003328',
  nationalNumberSince: null,
  status: 'active',
  terminationDate: null,
  today: '2025-06-15',
};
const noNumber: PortalVisibility = { state: 'hidden', reason: 'no-national-number' };
const terminated: PortalVisibility = { state: 'hidden', reason: 'terminated' };
const from = (date: string): PortalVisibility => ({ state: 'visible-from', from: date });
const until = (date: string): PortalVisibility => ({ state: 'visible-until', until: date });
const visible: PortalVisibility = { state: 'visible' };

describe('portalVisibility', () => {
  it.each<[string, Partial<Input>, PortalVisibility]>([
    // "Le numéro de registre national (ou le numéro BIS) n'a pas été renseigné pour le contrat."
    ['no number', { nationalNumber: null }, noNumber],
    ['blank number', { nationalNumber: '  ' }, noNumber],
    [
      'ended long ago: hidden for that, a number would not show it',
      { nationalNumber: null, status: 'terminated', terminationDate: '2020-01-01' },
      terminated,
    ],
    [
      'ended lately without a number: the number is missing',
      { nationalNumber: null, status: 'terminated', terminationDate: '2025-05-01' },
      noNumber,
    ],
    // "Le contrat deviendra alors le lendemain disponible pour le collaborateur en question."
    ['number filled in today', { nationalNumberSince: '2025-06-15' }, from('2025-06-16')],
    [
      'number dated in the future',
      { nationalNumberSince: '2025-06-20', status: 'passive' },
      from('2025-06-21'),
    ],
    ['number filled in yesterday', { nationalNumberSince: '2025-06-14' }, visible],
    ['number long known', {}, visible],
    ['passive contract', { status: 'passive' }, visible],
    ['termination date on an active contract', { terminationDate: '2020-01-01' }, visible],
    // "jusqu'à six mois après sa résiliation. Ensuite, ce n'est malheureusement plus possible."
    [
      'terminated, last visible day',
      { status: 'terminated', terminationDate: '2024-12-15' },
      until('2025-06-15'),
    ],
    ['terminated, a day too late', { status: 'terminated', terminationDate: '2024-12-14' }, terminated],
    ['terminated this month', { status: 'terminated', terminationDate: '2025-06-01' }, until('2025-12-01')],
    [
      'terminated 31 August, seen end of February',
      { status: 'terminated', terminationDate: '2024-08-31', today: '2025-02-28' },
      until('2025-02-28'),
    ],
    [
      'terminated 31 August, seen 1 March',
      { status: 'terminated', terminationDate: '2024-08-31', today: '2025-03-01' },
      terminated,
    ],
    ['terminated without a date', { status: 'terminated' }, terminated],
    [
      'terminated recently, number filled in today',
      { status: 'terminated', terminationDate: '2025-05-01', nationalNumberSince: '2025-06-15' },
      from('2025-06-16'),
    ],
    [
      'number filled in on the last visible day: tomorrow is too late',
      { status: 'terminated', terminationDate: '2024-12-15', nationalNumberSince: '2025-06-15' },
      terminated,
    ],
  ])('%s', (_case, change, expected) => {
    expect(portalVisibility({ ...base, ...change })).toEqual(expected);
  });

  it.each<Partial<Input>>([
    { today: '15/06/2025' },
    { nationalNumberSince: '2025-06-31' },
    { status: 'terminated', terminationDate: '2025-02-30' },
  ])('refuses malformed dates %j', (change) => {
    expect(() => portalVisibility({ ...base, ...change })).toThrow(RangeError);
  });
});
