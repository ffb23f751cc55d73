import type { EmailLanguage } from '../emails/email-templates';

interface Access {
  role: 'master' | 'hr';
  profile: 'read' | 'write';
  contractNumbers: string[] | null;
  endDate: string | null;
}

// the profiles as the user forms name them (seeds 001_…): « consultation » or « consultation et inscription »
const words = {
  fr: {
    master: 'Master User',
    read: 'consultation',
    write: 'consultation et inscription',
    all: 'tous les contrats',
    some: (numbers: string) => `contrat(s) ${numbers}`,
    until: (day: string) => `, jusqu’au ${day}`,
  },
  nl: {
    master: 'Master User',
    read: 'raadpleging',
    write: 'raadpleging en inschrijving',
    all: 'alle contracten',
    some: (numbers: string) => `contract(en) ${numbers}`,
    until: (day: string) => `, tot en met ${day}`,
  },
  en: {
    master: 'Master User',
    read: 'consultation',
    write: 'consultation and registration',
    all: 'all contracts',
    some: (numbers: string) => `contract(s) ${numbers}`,
    until: (day: string) => `, until ${day}`,
  },
  de: {
    master: 'Master User',
    read: 'Einsicht',
    write: 'Einsicht und Erfassung',
    all: 'alle Verträge',
    some: (numbers: string) => `Vertrag/Verträge ${numbers}`,
    until: (day: string) => `, bis zum ${day}`,
  },
} satisfies Record<EmailLanguage, unknown>;

/** 2026-12-31 as a Belgian reader writes it: 31/12/2026 (31.12.2026 in German) */
function formatDay(day: string, language: EmailLanguage) {
  const [year, month, date] = day.split('-');
  return language === 'de' ? `${date}.${month}.${year}` : `${date}/${month}/${year}`;
}

/** The access granted, in words of the e-mail's language: profile, contracts and end date. */
export function accessTextsOf(language: EmailLanguage, access: Access) {
  const w = words[language];
  return {
    access: access.role === 'master' ? w.master : w[access.profile],
    scope: access.contractNumbers === null ? w.all : w.some(access.contractNumbers.join(', ')),
    until: access.endDate === null ? '' : w.until(formatDay(access.endDate, language)),
  };
}
