import { errorResponseSchema } from '@groupdesk/contracts';

/** The error answers every employer route may give, for its response schema and the OpenAPI document. */
export const employerRouteErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
