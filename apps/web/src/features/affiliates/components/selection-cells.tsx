import type { AffiliateListItem } from '@groupdesk/contracts';
import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AffiliateSelection } from '../utils/use-selection';

interface SelectPageThProps {
  selection: AffiliateSelection;
  affiliates: AffiliateListItem[] | undefined;
}

/** Ticks or unticks every row of the page; half-ticked when only some are. */
export function SelectPageTh({ selection, affiliates = [] }: SelectPageThProps) {
  const { t } = useTranslation();
  const ids = affiliates.map((affiliate) => affiliate.id);
  const ticked = ids.filter((id) => selection.selected.has(id)).length;
  return (
    <Table.Th w={40}>
      <Checkbox
        size="xs"
        aria-label={t('affiliates.selection.selectPage')}
        checked={ids.length > 0 && ticked === ids.length}
        indeterminate={ticked > 0 && ticked < ids.length}
        disabled={ids.length === 0}
        onChange={(event) => selection.change(ids, event.currentTarget.checked)}
      />
    </Table.Th>
  );
}

export function SelectRowTd({
  selection,
  affiliate,
}: {
  selection: AffiliateSelection;
  affiliate: AffiliateListItem;
}) {
  const { t } = useTranslation();
  return (
    // a click on the box ticks it; it does not open the affiliate as a click elsewhere on the row does
    <Table.Td onClick={(event) => event.stopPropagation()}>
      <Checkbox
        size="xs"
        aria-label={t('affiliates.selection.selectRow', {
          name: `${affiliate.lastName.toUpperCase()} ${affiliate.firstName}`,
        })}
        checked={selection.selected.has(affiliate.id)}
        onChange={(event) => selection.change([affiliate.id], event.currentTarget.checked)}
      />
    </Table.Td>
  );
}
