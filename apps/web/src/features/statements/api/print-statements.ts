import { actionResponseSchema } from '@groupdesk/contracts';
import type { StatementPrintBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface PrintStatementsInput {
  employerId: string;
  body: StatementPrintBody;
}

/**
 * Print many: the server answers 202 with the queued action and writes one PDF in the background;
 * 409 `no_statements` when the year and selection hold no statement.
 */
export const printStatements = ({ employerId, body }: PrintStatementsInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/statements/prints`, {
    method: 'POST',
    body,
    schema: actionResponseSchema,
  });

/** The actions overview is refetched so that the print shows there (and gets polled until its file is ready). */
export function usePrintStatements() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: printStatements,
    onSuccess: (_response, { employerId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.actions(employerId) });
    },
  });
}
