import { portfolioResponseSchema } from '@groupdesk/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The account manager's employers with their figures, invitations and last upload. */
export const getPortfolio = (signal?: AbortSignal) =>
  apiRequest('/portfolio', { schema: portfolioResponseSchema, signal });

export const portfolioQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.portfolio, queryFn: ({ signal }) => getPortfolio(signal) });

export const usePortfolio = () => useQuery(portfolioQueryOptions());
