import { uploadLimits } from '@groupdesk/contracts';

/**
 * The performance targets: they live here, never in unit tests. From the issue, for 100,000 affiliates:
 * exported in under 2 s and validated in under 3 s, each under 250 MB peak RSS. Sizes without targets are
 * measured and shown all the same.
 */
export const targetsBySize: Record<
  number,
  { exportSeconds: number; validationSeconds: number; peakRssMb: number }
> = {
  100_000: { exportSeconds: 2, validationSeconds: 3, peakRssMb: 250 },
};

/** An export the upload refuses breaks the round trip, whatever the size. */
export const uploadLimitMb = uploadLimits.maxBytes / 1_000_000;
