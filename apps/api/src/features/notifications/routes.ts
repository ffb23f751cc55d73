import {
  employerParamsSchema,
  notificationAddressBodySchema,
  notificationAddressSchema,
} from '@groupdesk/contracts';
import { schema } from '@groupdesk/db';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerRouteErrors } from '../../lib/route-errors';
import { writeJournal } from '../journal/journal';
import { requireMaster } from '../users/master-only';

const { employers } = schema;
const tags = ['users'];

async function addressOf(db: Parameters<typeof writeJournal>[0], employerId: string) {
  const [row] = await db
    .select({ notificationEmail: employers.notificationEmail })
    .from(employers)
    .where(eq(employers.id, employerId))
    .for('update');
  return row?.notificationEmail ?? null;
}

/** The employer's notification address: the distribution list of the extranet agreement (seeds 001_…). */
const notificationAddressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/:employerId/notification-address',
    {
      schema: {
        tags,
        summary: "The address that receives the employer's news (uploads applied, statements, access)",
        params: employerParamsSchema,
        response: { 200: notificationAddressSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: app.requireEmployer(),
    },
    async (request) => ({ notificationEmail: await addressOf(app.db, request.params.employerId) }),
  );

  app.put(
    '/employers/:employerId/notification-address',
    {
      schema: {
        tags,
        summary: 'Change the notification address, best a distribution list; empty for none (Master User)',
        params: employerParamsSchema,
        body: notificationAddressBodySchema,
        response: { 200: notificationAddressSchema, ...employerRouteErrors },
      },
      onRequest: app.requireUser,
      preHandler: [app.requireEmployer(), requireMaster],
    },
    async (request) => {
      const { employerId } = request.params;
      const { notificationEmail } = request.body;
      await app.db.transaction(async (tx) => {
        const before = await addressOf(tx, employerId);
        if (before === notificationEmail) return;
        await tx.update(employers).set({ notificationEmail }).where(eq(employers.id, employerId));
        await writeJournal(tx, {
          employerId,
          actorUserId: request.session!.user.id,
          kind: 'employer.notification-address-changed',
          before: { notificationEmail: before },
          after: { notificationEmail },
        });
      });
      return { notificationEmail };
    },
  );
};

export default notificationAddressRoutes;
