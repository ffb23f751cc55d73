import { addDays, addMonths, makeNationalNumber } from '@groupdesk/domain';
import type { Guarantees } from '../schema/affiliates';
import { femaleFirstNames, lastNames, maleFirstNames } from './names';
import type { Random } from './random';

type Language = 'fr' | 'nl' | 'en' | 'de';
type Status = 'active' | 'passive' | 'terminated';

export interface DemoAffiliate {
  id: string;
  nationalNumber: string | null;
  nationalNumberKind: 'national' | 'bis' | null;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: 'M' | 'F';
  language: Language;
  professionalEmail: string | null;
  privateEmail: string | null;
  portalRegisteredAt: Date | null;
  employmentStatus: 'in-service' | 'left';
  leftOn: string | null;
}

export interface DemoLink {
  affiliateId: string;
  contractIndex: number;
  status: Status;
  affiliationDate: string;
  terminationDate: string | null;
  reserves: number;
  annualPremium: number | null;
  guarantees: Guarantees;
  salary: number;
  /** the exit, after which no premium is paid; null while in service (a suspension began after the statements) */
  premiumsUntil: string | null;
  /** what the affiliation held while in force: the years before a termination still show it */
  inForce: { reserves: number; guarantees: Guarantees; annualPremium: number };
}

/** terminated: no reserves, all amounts zero */
export const zeroGuarantees: Guarantees = {
  retirementCapital: 0,
  deathCapital: 0,
  disabilityAnnuity: 0,
  premiumWaiver: false,
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

const pad = (n: number) => String(n).padStart(2, '0');

/** One affiliate with a plausible career: numbers valid, some BIS, some missing, some born after 2000. */
export function makeAffiliate(
  random: Random,
  options: {
    id: string;
    domain: string;
    language: Language;
    sequence: number;
    today: string;
    taken: Set<string>;
  },
): DemoAffiliate {
  const sex = random.chance(0.5) ? 'M' : 'F';
  const firstName = random.pick(sex === 'M' ? maleFirstNames : femaleFirstNames);
  const lastName = random.pick(lastNames);
  const bornAfter2000 = random.chance(0.12);
  const year = bornAfter2000 ? random.int(2000, 2006) : random.int(1960, 1999);
  const birthDate = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  // odd sequence for men, even for women, spread so that numbers do not collide
  let sequence = (options.sequence % 499) * 2 + (sex === 'M' ? 1 : 2);
  const roll = random.next();
  const kind = roll < 0.04 ? null : roll < 0.08 ? 'bis' : 'national';
  const sexKnown = kind === 'national' || random.chance(0.7);
  let nationalNumber: string | null = null;
  while (kind !== null) {
    nationalNumber = makeNationalNumber({ birthDate, sequence, kind, sexKnown });
    if (!options.taken.has(nationalNumber)) break;
    sequence = sequence + 2 > 998 ? (sex === 'M' ? 1 : 2) : sequence + 2;
  }
  if (nationalNumber) options.taken.add(nationalNumber);
  const left = random.chance(0.1);
  const hasProfessionalEmail = !left && random.chance(0.45);
  const privateEmail = random.chance(0.18)
    ? `${slug(firstName)}.${slug(lastName)}${options.sequence}@mail.be`
    : null;
  const registered = privateEmail !== null || (hasProfessionalEmail && random.chance(0.25));
  return {
    id: options.id,
    nationalNumber,
    nationalNumberKind: kind,
    lastName,
    firstName,
    birthDate,
    sex,
    language:
      options.language === 'en'
        ? random.pick(['fr', 'nl', 'en'] as const)
        : random.chance(0.9)
          ? options.language
          : random.pick(['fr', 'nl', 'en', 'de'] as const),
    professionalEmail: hasProfessionalEmail
      ? `${slug(firstName)}.${slug(lastName)}.${options.sequence}@${options.domain}`
      : null,
    privateEmail,
    portalRegisteredAt: registered
      ? new Date(`${addDays(options.today, -random.int(5, 400))}T09:00:00Z`)
      : null,
    employmentStatus: left ? 'left' : 'in-service',
    leftOn: left ? addDays(options.today, -random.int(10, 900)) : null,
  };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** The affiliate's contracts: active while in service (sometimes suspended), passive or terminated after leaving. */
export function makeLinks(
  random: Random,
  affiliate: DemoAffiliate,
  contractCount: number,
  today: string,
): DemoLink[] {
  const links: DemoLink[] = [];
  const indexes = contractCount > 1 && random.chance(0.2) ? [0, 1] : [random.int(0, contractCount - 1)];
  for (const contractIndex of indexes) {
    const salary = random.int(28_000, 95_000);
    const affiliationDate = `${random.int(2005, 2023)}-${pad(random.int(1, 12))}-01`;
    const reserves = round(salary * random.int(5, 60) * 0.01 * random.int(2, 15));
    const guarantees: Guarantees = {
      retirementCapital: round(salary * random.int(2, 5)),
      deathCapital: round(salary * random.pick([1, 2, 3])),
      disabilityAnnuity: round(salary * 0.3),
      premiumWaiver: random.chance(0.8),
    };
    let status: Status = 'active';
    let terminationDate: string | null = null;
    if (affiliate.employmentStatus === 'left' && affiliate.leftOn) {
      status = random.chance(0.55) ? 'passive' : 'terminated';
      if (status === 'terminated') terminationDate = addMonths(affiliate.leftOn, random.int(0, 3));
    }
    const suspended = status === 'active' && random.chance(0.04);
    const annualPremium = round(salary * 0.06);
    links.push({
      affiliateId: affiliate.id,
      contractIndex,
      status,
      affiliationDate,
      terminationDate: terminationDate && terminationDate > today ? today : terminationDate,
      // terminated: no reserves, all amounts zero
      reserves: status === 'terminated' ? 0 : reserves,
      annualPremium: status === 'active' && !suspended ? annualPremium : null,
      guarantees: status === 'terminated' ? zeroGuarantees : guarantees,
      salary,
      premiumsUntil: status === 'active' ? null : affiliate.leftOn,
      inForce: { reserves, guarantees, annualPremium },
    });
  }
  return links;
}
