import { affiliateEventSchema } from '@groupdesk/contracts';
import type { AffiliateEventBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { affiliateEventsPath } from './get-affiliate-events';

interface RecordEventInput {
  employerId: string;
  affiliateId: string;
  body: AffiliateEventBody;
}

/** A change of occupancy rate, family situation or category, a suspension or its end. */
export const recordEvent = ({ employerId, affiliateId, body }: RecordEventInput) =>
  apiRequest(affiliateEventsPath(employerId, affiliateId), {
    method: 'POST',
    body,
    schema: affiliateEventSchema,
  });

/** The affiliate (values, premiums, guarantees) and their history are refetched. */
export function useRecordEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordEvent,
    onSuccess: (_event, { employerId, affiliateId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.affiliate(employerId, affiliateId) });
    },
  });
}
