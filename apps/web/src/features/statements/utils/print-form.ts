import { statementPrintBodySchema } from '@groupdesk/contracts';
import type { StatementPrint, StatementPrintBody } from '@groupdesk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { messageKeyErrorMap } from '@/lib/validation-messages';

export type PrintScope = 'all' | 'contract' | 'selection';

/** What the form's inputs hold: the year and the contract as the selects give them, as text. */
export interface PrintFormValues {
  year: string;
  scope: PrintScope;
  contractId: string;
}

/** How many past years the form offers; the insurer keeps statements from the affiliation on. */
const offeredYears = 10;

/** This year and the years before, newest first. */
export const printYears = (today = new Date()): number[] =>
  Array.from({ length: offeredYears }, (_, index) => today.getFullYear() - index);

/** Last year: a year's statements are issued during the next one. */
export const defaultPrintYear = (today = new Date()): string => String(today.getFullYear() - 1);

/** The API's body: exactly one of all, a contract or the selected affiliates. */
export function printBodyOf(values: PrintFormValues, affiliateIds: readonly string[]): StatementPrintBody {
  if (values.scope === 'all') return { year: values.year, all: true };
  if (values.scope === 'contract') return { year: values.year, contractId: values.contractId || undefined };
  return { year: values.year, affiliateIds: [...affiliateIds] };
}

// the schema the API validates with; issue messages become keys of `validationMessages`
const bodyResolver = zodResolver(statementPrintBodySchema, { error: messageKeyErrorMap });

/**
 * Runs the API's schema on the body the form makes. The schema reports a missing choice on `selection`:
 * here the only choice that can be missing is the contract, so that is where it shows.
 */
export const printResolver =
  (affiliateIds: readonly string[]): Resolver<PrintFormValues, unknown, StatementPrint> =>
  async (values, context, options) => {
    const result = await bodyResolver(
      printBodyOf(values, affiliateIds),
      context,
      options as unknown as ResolverOptions<StatementPrintBody>,
    );
    const found = result.errors as Partial<Record<string, FieldError>>;
    if (Object.keys(found).length === 0) return { values: result.values as StatementPrint, errors: {} };
    const errors: FieldErrors<PrintFormValues> = {};
    if (found.year) errors.year = { type: 'validation', message: found.year.message };
    const selection = found.selection ?? found.contractId ?? found.affiliateIds;
    if (selection) errors.contractId = { type: 'validation', message: selection.message };
    return { values: {}, errors };
  };
