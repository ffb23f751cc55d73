import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact of a summary: a small dimmed term above its value. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {term}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
