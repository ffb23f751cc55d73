import type { ApplyUploadBody, ConflictChoice, UploadRow } from '@groupdesk/contracts';
import { useState } from 'react';

export interface ConflictChoices {
  /** the choice made for a sheet row, if any */
  choiceOf: (sheetRow: number) => ConflictChoice | undefined;
  choose: (sheetRow: number, take: ConflictChoice) => void;
  /** settles every conflict at once; possible only once all conflict rows are known */
  chooseAll: ((take: ConflictChoice) => void) | null;
  settled: number;
  resolutions: ApplyUploadBody['resolutions'];
  /** conflicts settled in favour of the file: they change an address, like the `changed` rows */
  takenFromFile: number;
}

/**
 * The user's choice for each conflict row, kept in the page until apply. The choices are checked
 * against the upload's conflict rows, so a stale choice for another row never reaches the server.
 */
export function useConflictChoices(conflictRows: UploadRow[] | undefined): ConflictChoices {
  const [choices, setChoices] = useState<Partial<Record<number, ConflictChoice>>>({});

  const resolutions = (conflictRows ?? []).flatMap((row) => {
    const take = choices[row.sheetRow];
    return take ? [{ sheetRow: row.sheetRow, take }] : [];
  });

  return {
    choiceOf: (sheetRow) => choices[sheetRow],
    choose: (sheetRow, take) => setChoices((current) => ({ ...current, [sheetRow]: take })),
    chooseAll: conflictRows
      ? (take) => setChoices(Object.fromEntries(conflictRows.map((row) => [row.sheetRow, take])))
      : null,
    settled: resolutions.length,
    resolutions,
    takenFromFile: resolutions.filter((resolution) => resolution.take === 'file').length,
  };
}
