import { notificationAddressSchema } from '@groupdesk/contracts';
import type { NotificationAddressBody } from '@groupdesk/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

interface UpdateNotificationAddressInput {
  employerId: string;
  body: NotificationAddressBody;
}

export const updateNotificationAddress = ({ employerId, body }: UpdateNotificationAddressInput) =>
  apiRequest(`/employers/${encodeURIComponent(employerId)}/notification-address`, {
    method: 'PUT',
    body,
    schema: notificationAddressSchema,
  });

export function useUpdateNotificationAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationAddress,
    onSuccess: (saved, { employerId }) =>
      queryClient.setQueryData(queryKeys.notificationAddress(employerId), saved),
  });
}
