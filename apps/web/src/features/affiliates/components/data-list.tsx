import { Box, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './affiliates.module.css';

/** A description list (<dl>): a small caps term above each value. */
export function DataList({ children, cols = 2 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}

export function DataItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Box component="dt" className={classes.term} mb={2}>
        {term}
      </Box>
      <Box component="dd" m={0} fz="sm">
        {children}
      </Box>
    </div>
  );
}
