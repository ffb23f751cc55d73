import { describe, expect, it } from 'vitest';
import { isGroupContractNumber } from './contract-number';

// "les contrats qui commencent par le numéro 530/……"
describe('isGroupContractNumber', () => {
  it.each([
    ['530/00412', true],
    ['530/1234', true],
    ['530/12345678', true],
    ['530/123', false],
    ['530/123456789', false],
    ['531/00412', false],
    ['0530/00412', false],
    ['530-00412', false],
    ['530/0041a', false],
    [' 530/00412', false],
    ['530/', false],
    ['', false],
  ])('%j -> %s', (input, expected) => {
    expect(isGroupContractNumber(input)).toBe(expected);
  });
});
