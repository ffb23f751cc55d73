import { createHash, randomInt } from 'node:crypto';
import { type Executor, schema } from '@groupdesk/db';
import { and, count, eq, isNull } from 'drizzle-orm';

const { totpRecoveryCodes } = schema;

export const RECOVERY_CODE_COUNT = 10;
// no 0/o, 1/l/i: codes are read off paper
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const normalize = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
const hashCode = (code: string) => createHash('sha256').update(normalize(code)).digest('hex');

/** A recovery code as printed: `xxxxx-xxxxx`, about 49 bits. */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/.test(normalize(code));

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Replaces the user's recovery codes with new ones; returns them, the only time they are readable. */
export async function replaceRecoveryCodes(tx: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
  await tx.insert(totpRecoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashCode(code) })));
  return codes;
}

/** Uses up a recovery code of the user; false when it is not one of theirs or was used already. */
export async function useRecoveryCode(tx: Executor, userId: string, code: string): Promise<boolean> {
  const used = await tx
    .update(totpRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(totpRecoveryCodes.userId, userId),
        eq(totpRecoveryCodes.codeHash, hashCode(code)),
        isNull(totpRecoveryCodes.usedAt),
      ),
    )
    .returning({ userId: totpRecoveryCodes.userId });
  return used.length > 0;
}

export async function recoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ left: count() })
    .from(totpRecoveryCodes)
    .where(and(eq(totpRecoveryCodes.userId, userId), isNull(totpRecoveryCodes.usedAt)));
  return row?.left ?? 0;
}

export async function deleteRecoveryCodes(tx: Executor, userId: string): Promise<void> {
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
}
