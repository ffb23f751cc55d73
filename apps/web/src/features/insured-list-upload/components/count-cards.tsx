import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useUiLanguage } from '@/i18n';
import { formatCount } from '@/lib/format';

export interface CountCard {
  key: string;
  label: string;
  value: number;
  /** what the number counts, under it */
  hint: string;
  color: string;
}

/** The counts of an upload as a row of cards, read as a list of label–number pairs. */
export function CountCards({ label, cards }: { label: string; cards: CountCard[] }) {
  const language = useUiLanguage();
  return (
    <SimpleGrid
      // one width for every card on the page, however many a row holds
      cols={{ base: 2, sm: 3, lg: 6 }}
      spacing="sm"
      component="dl"
      aria-label={label}
      m={0}
    >
      {cards.map((card) => (
        <Paper key={card.key} withBorder radius="md" p="md">
          <Text component="dt" size="sm" fw={600} c="dimmed">
            {card.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.2} c={card.value > 0 ? card.color : 'dimmed'}>
            {formatCount(card.value, language)}
          </Text>
          <Text size="xs" c="dimmed">
            {card.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
