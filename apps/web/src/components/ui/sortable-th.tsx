import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

interface SortableThProps {
  children: ReactNode;
  /** the direction this column is sorted in, or null when another column sorts */
  direction: SortDirection | null;
  onSort: () => void;
  /** a tooltip such as "Sort by name" */
  title?: string;
  align?: 'left' | 'right';
}

/** A header cell whose button sorts by its column; `aria-sort` tells assistive technology the state. */
export function SortableTh({ children, direction, onSort, title, align = 'left' }: SortableThProps) {
  const Icon = direction === 'asc' ? IconChevronUp : direction === 'desc' ? IconChevronDown : IconSelector;
  return (
    <Table.Th
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
      ta={align}
    >
      <UnstyledButton onClick={onSort} title={title} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <span>{children}</span>
          <Icon size={14} stroke={1.8} aria-hidden style={{ opacity: direction ? 1 : 0.45, flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
