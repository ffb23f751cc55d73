// Only group-insurance contracts, numbered "530/…", reach the employee portal; pension savings and
// private life insurance use other series.
const groupContractNumber = /^530\/\d{4,8}$/;

export function isGroupContractNumber(s: string): boolean {
  return groupContractNumber.test(s);
}
