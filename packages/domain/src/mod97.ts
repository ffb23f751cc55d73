// Both Belgian register numbers (NISS/INSZ and the BCE/KBO enterprise number) end in two check
// digits equal to 97 minus the rest of the number modulo 97, so the result is 1..97, never 00.
export function mod97CheckDigits(base: number): number {
  return 97 - (base % 97);
}
