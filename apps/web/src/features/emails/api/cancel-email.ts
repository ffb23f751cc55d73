import { emailResponseSchema } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface CancelEmailInput {
  employerId: string;
  emailId: string;
}

/** Cancels a scheduled e-mail; 409 once it is being sent, sent, failed or cancelled already. */
export const cancelEmail = ({ employerId, emailId }: CancelEmailInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/emails/${encodeURIComponent(emailId)}/cancel`, {
    method: 'POST',
    body: {},
    schema: emailResponseSchema,
  });

export function useCancelEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelEmail,
    // refused or not, the row's status may have moved on: show what the server holds now
    onSettled: (_response, _error, { employerId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.emails(employerId) });
    },
  });
}
