import { createTheme } from '@mantine/core';
import type { MantineColorsTuple } from '@mantine/core';

// A deep petrol blue: calm and institutional, readable as white-on-colour at shade 8.
const brand: MantineColorsTuple = [
  '#e7f5f8',
  '#d3e9ee',
  '#a5d2dd',
  '#74bacb',
  '#4ca5bc',
  '#3398b2',
  '#2391ae',
  '#117e99',
  '#00708a',
  '#00566b',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 6 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  fontFamilyMonospace:
    "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'Roboto Mono', Menlo, Consolas, monospace",
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // a badge in a table cell keeps its whole text rather than shrinking to an ellipsis
    Badge: {
      defaultProps: { radius: 'sm', tt: 'none', fw: 600 },
      styles: { root: { minWidth: 'max-content' } },
    },
    Table: { defaultProps: { striped: false, horizontalSpacing: 'md' } },
    Paper: { defaultProps: { shadow: 'xs' } },
  },
});
