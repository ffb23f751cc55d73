import { describe, expect, it } from 'vitest';
import { attribute, elementText, forEachCell } from './xlsx-cells';

describe('the cell scanner', () => {
  it.each([
    [' r="A1" t="s"', 'r', 'A1'],
    [' r="A1" t="s"', 't', 's'],
    ['r="B2"', 'r', 'B2'],
    // an attribute whose name ends with the one looked for is another attribute
    [' xr="X9" r="C3"', 'r', 'C3'],
    [' xr="X9"', 'r', undefined],
    ['\n\tt="inlineStr"', 't', 'inlineStr'],
  ])('attribute(%j, %j) is %j', (attributes, name, expected) => {
    expect(attribute(attributes, name)).toBe(expected);
  });

  it('finds each cell, self-closing or not, with or without a namespace, and their values', () => {
    const cells: [string, string | undefined][] = [];
    forEachCell(
      '<c r="A1" t="s"><v>0</v></c><x:c r="B1"/><c r="C1" t="str"><f>A1</f><v>x</v></c><cx r="Z1"/><c/>',
      (attributes, body) => cells.push([attributes, body]),
    );
    expect(cells).toEqual([
      [' r="A1" t="s"', '<v>0</v>'],
      [' r="B1"', undefined],
      [' r="C1" t="str"', '<f>A1</f><v>x</v>'],
      ['', undefined],
    ]);
    expect(elementText('<f>A1</f><v>x</v>', 'v')).toBe('x');
    expect(elementText('<x:v>2.5</x:v>', 'v')).toBe('2.5');
    expect(elementText('<v/>', 'v')).toBeUndefined();
    expect(elementText('<vv>1</vv>', 'v')).toBeUndefined();
  });
});
