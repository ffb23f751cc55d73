/**
 * How many affiliates each employer of the bench has, largest first: the largest holds a tenth of them
 * (100,000 of 1,000,000), the others follow a long tail (the i-th in proportion to 1/i), as an insurer's
 * portfolio does: a few large employers, many small ones. Every employer has at least one affiliate and the
 * sizes add up to `total` exactly.
 */
export function employerSizes(total: number, employers: number): number[] {
  if (!Number.isInteger(total) || !Number.isInteger(employers) || employers < 1 || total < employers) {
    throw new RangeError(`${total} affiliates cannot be spread over ${employers} employers`);
  }
  const largest = employers === 1 ? total : Math.max(Math.round(total / 10), 1);
  const rest = total - largest;
  const others = employers - 1;
  // every other employer gets one affiliate, the remainder is shared out along the tail
  const shared = rest - others;
  let weightSum = 0;
  for (let rank = 2; rank <= employers; rank += 1) weightSum += 1 / rank;
  const sizes = [largest];
  let given = 0;
  for (let rank = 2; rank <= employers; rank += 1) {
    const size = 1 + Math.floor((shared * (1 / rank)) / weightSum);
    sizes.push(size);
    given += size;
  }
  // what the rounding down left over goes to the second largest
  if (others > 0) sizes[1]! += rest - given;
  return sizes;
}
