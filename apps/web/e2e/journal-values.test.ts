import {
  type JournalField,
  type ValueContext,
  fieldLabel,
  isJournalField,
  journalFields,
  journalValue,
} from '@groupdesk/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { nl } from '../src/i18n/nl';
import { formatCount, formatMoney } from '../src/lib/format';

// The formatting of the journal's before/after is a pure function (packages/contracts, shared with the
// journal's export), read with the SPA's dictionaries: tested here in Node, where the
// browser project runs (the web app has no unit-test project); journal-details.test.ts shows it in Chromium
// on entries the API wrote.

const context = (language: 'en' | 'fr' | 'nl', entryKind: string): ValueContext => ({
  entryKind,
  dictionary: { en, fr, nl }[language],
  language,
  contractNumbers: new Map([['0b6f5c1e-0000-4000-8000-000000000001', '530/0042']]),
});
const text = (value: string) => ({ kind: 'text', text: value });
const lines = (...values: string[]) => ({ kind: 'lines', lines: values });

describe('the values of journal entries', () => {
  it.each([
    ['en', 'Status: Active, Annual premium: ', 'Status: Passive, Annual premium: —'],
    ['fr', 'Statut : Active, Prime annuelle : ', 'Statut : Passive, Prime annuelle : —'],
    ['nl', 'Status: Actief, Jaarpremie: ', 'Status: Passief, Jaarpremie: —'],
  ] as const)('reads the contracts of an exit as a line each (%s)', (language, active, passive) => {
    const exit = context(language, 'affiliate.exit');
    const before = [
      { number: '530/0042', status: 'active', annualPremium: 1250.5 },
      { number: '530/0077', status: 'active', annualPremium: null },
    ];
    const after = [{ number: '530/0042', status: 'passive', annualPremium: null }];
    const money = formatMoney(1250.5, language);
    expect(money).toContain('€');
    expect(journalValue('contracts', before, exit)).toEqual(
      lines(`530/0042 — ${active}${money}`, `530/0077 — ${active}—`),
    );
    expect(journalValue('contracts', after, exit)).toEqual(lines(`530/0042 — ${passive}`));
  });

  // field, value, entry kind, then what English, French and Dutch show (null: some text, not checked here)
  type Reading = [string, unknown, string, string, string | null, string | null];
  it.each<Reading>([
    ['employmentStatus', 'left', 'affiliate.exit', 'Left', 'Sorti', 'Uit dienst'],
    ['leftOn', '2026-03-31', 'affiliate.exit', '31/03/2026', '31/03/2026', '31/03/2026'],
    [
      'familySituation',
      'legal-cohabitant',
      'affiliate.family-situation',
      'Legal cohabitant',
      'Cohabitant légal',
      null,
    ],
    ['category', 'executives', 'affiliate.category', 'Executives', null, null],
    ['reason', 'career-break', 'affiliate.suspension', 'Career break', null, null],
    ['cause', 'occupational-accident', 'incapacity.declared', 'Occupational accident', null, null],
    [
      'medicalFormality',
      'questionnaire',
      'affiliate.acceptance-decided',
      'Medical questionnaire',
      null,
      null,
    ],
    ['medicalAcceptance', 'refused', 'affiliate.acceptance-decided', 'Refused', 'Refusée', 'Geweigerd'],
    [
      'profile',
      'write',
      'user.access-changed',
      'Consultation and registration',
      'Consultation et inscription',
      'Raadpleging en inschrijving',
    ],
    ['role', 'master', 'user.access-granted', 'Master User', 'Master User', 'Master User'],
    ['contracts', 'all', 'user.access-granted', 'All contracts', 'Tous les contrats', 'Alle contracten'],
    ['language', 'nl', 'affiliate.updated', 'Dutch', null, null],
    ['late', true, 'incapacity.declared', 'Yes', 'Oui', 'Ja'],
    ['setPasswordLink', false, 'user.access-granted', 'No', 'Non', 'Nee'],
    // the same field names another thing in another entry
    ['status', 'cancelled', 'email.cancelled', 'Cancelled', 'Annulé', null],
    ['status', 'closed', 'incapacities.listed', 'Closed', null, null],
    ['kind', 'invitation', 'email.cancelled', 'Invitation to the portal', null, null],
    ['kind', 'insured-list.export', 'action.file-downloaded', 'Export of the insured list', null, null],
    ['kind', 'occupancy-rate', 'affiliate.change-effective', 'Change of occupancy rate', null, null],
    ['kind', 'affiliate.exit', 'journal.viewed', 'Exit', 'Sortie de service', 'Uitdiensttreding'],
    ['sort', '-name', 'affiliates.listed', 'Name (Z→A)', null, null],
    ['sort', '-at', 'journal.exported', 'Newest first', null, null],
    [
      'contractId',
      '0b6f5c1e-0000-4000-8000-000000000001',
      'statements.printed',
      '530/0042',
      '530/0042',
      '530/0042',
    ],
    [
      'nationalNumber',
      '85073003328',
      'affiliate.updated',
      '85.07.30-033.28',
      '85.07.30-033.28',
      '85.07.30-033.28',
    ],
    ['year', 2025, 'statement.printed', '2025', '2025', '2025'],
    ['contracts', ['530/0001', '530/0002'], 'user.access-changed', '530/0001, 530/0002', null, null],
    ['kept', 'this session', 'user.sessions-ended', 'This session', 'Cette session', 'Deze sessie'],
    ['kept', 3, 'insured-list.undone', '3', '3', '3'],
    ['secondFactor', 'recovery-code', 'session.login', 'Recovery code', 'Code de secours', 'Herstelcode'],
    ['purpose', 'reset', 'user.password-set', 'A forgotten password', 'Un mot de passe oublié', null],
    ['filter', 'conflicts', 'upload.rows-viewed', 'Conflicts', 'Conflits', 'Conflicten'],
    ['selection', 'contract', 'statements.printed', 'The affiliates of one contract', null, null],
    ['missing', 'nationalNumber', 'affiliates.listed', 'No national number', null, null],
    ['contractStatus', 'terminated', 'affiliates.listed', 'Terminated', 'Résiliée', 'Beëindigd'],
    // a code the dictionary does not name stays as it is
    ['status', 'queued', 'email.cancelled', 'queued', 'queued', 'queued'],
  ])('reads %s = %j of %s', (field, value, entryKind, ...expected) => {
    (['en', 'fr', 'nl'] as const).forEach((language, index) => {
      const shown = journalValue(field, value, context(language, entryKind));
      const wanted = expected[index];
      if (wanted === null || wanted === undefined) expect(shown.kind).toBe('text');
      else expect(shown).toEqual(text(wanted));
    });
  });

  it('reads amounts as money, rates in % and counts in the user’s language', () => {
    for (const language of ['en', 'fr', 'nl'] as const) {
      const change = context(language, 'affiliate.occupancy-rate');
      expect(journalValue('deathCapital', 250000, change)).toEqual(text(formatMoney(250000, language)));
      const rate = journalValue('occupancyRate', 80.5, change);
      // 80.5% in English, 80,5 % in French, 80,5% in Dutch
      expect(rate.kind === 'text' && rate.text).toMatch(/^80[.,]5\s?%$/u);
    }
    expect(journalValue('shown', 1200, context('en', 'affiliates.listed'))).toEqual(
      text(formatCount(1200, 'en')),
    );
  });

  it('reads guarantees, statement figures and a list query as labelled lines', () => {
    const change = context('en', 'affiliate.occupancy-rate');
    const guarantees = [
      {
        contractId: 'c7d1d1a4-0000-4000-8000-000000000009',
        number: '530/0042',
        deathCapital: 300000,
        disabilityAnnuity: 20000,
        medicalFormality: 'health-declaration',
      },
    ];
    expect(journalValue('guarantees', guarantees, change)).toEqual(
      lines(
        `530/0042 — Death capital: ${formatMoney(300000, 'en')}, Disability annuity (per year): ${formatMoney(20000, 'en')}, Medical formality: Simplified formality (health declaration)`,
      ),
    );
    const figures = {
      referenceDate: '2025-12-31',
      salary: 52000,
      premiumWaiver: true,
      personalRiskPeriodDays: 90,
    };
    expect(journalValue('figures', figures, context('nl', 'statement.issued'))).toEqual(
      lines(
        'Referentiedatum: 31/12/2025',
        `Jaarlijks referentieloon: ${formatMoney(52000, 'nl')}`,
        'Premievrijstelling: Ja',
        'Persoonlijke risicoperiode (dagen): 90',
      ),
    );
    const query = { kind: 'confirmation', status: 'sent', from: '2026-01-01', page: 1 };
    expect(journalValue('query', query, context('fr', 'emails.listed'))).toEqual(
      lines("Type : Confirmation d'adresse", 'Statut : Envoyé', 'Du : 01/01/2026', 'Page : 1'),
    );
  });

  it('keeps the former text or JSON for a field it does not know, and nothing for an empty value', () => {
    const unknown = context('en', 'affiliate.something-new');
    expect(journalValue('somethingNew', { a: 1 }, unknown)).toEqual({ kind: 'json', text: '{"a":1}' });
    expect(journalValue('somethingNew', 'left', unknown)).toEqual(text('left'));
    expect(fieldLabel('somethingNew', en)).toBe('somethingNew');
    expect(journalValue('leftOn', null, unknown)).toEqual({ kind: 'empty' });
    expect(journalValue('contracts', [], unknown)).toEqual({ kind: 'empty' });
  });

  it('has a label for every field the API writes, in French, Dutch and English', () => {
    const fields = Object.keys(journalFields) as JournalField[];
    expect(fields.length).toBeGreaterThan(90);
    for (const dictionary of [en, fr, nl]) {
      const labels: Record<string, unknown> = dictionary.journal.fields;
      const missing = fields.filter((field) => typeof labels[field] !== 'string' || labels[field] === '');
      expect(missing).toEqual([]);
      // and no label is left over for a field that is no longer listed
      expect(Object.keys(labels).filter((field) => !isJournalField(field))).toEqual([]);
    }
  });
});
