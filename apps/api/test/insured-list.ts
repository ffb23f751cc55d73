import { Readable } from 'node:stream';
import type { Action, ActionResponse, UploadRowFilter, UploadRowsResponse } from '@groupdesk/contracts';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { client, multipartFile } from './http';
import { type TestApp, waitForAction } from './test-app';

/** The insured-list round trip through HTTP, as the SPA drives it. */
export function insuredList(t: TestApp, employerId: string) {
  const base = `/api/employers/${employerId}`;
  const json = { 'content-type': 'application/json' };

  async function getAction(cookie: string, actionId: string) {
    const response = await client(t.app, cookie).get(`${base}/actions/${actionId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Action>();
  }

  return {
    base,
    /** Exports, waits for the job and returns the workbook as exceljs reads it, and the raw file. */
    async exportWorkbook(cookie: string) {
      const response = await client(t.app, cookie).send({
        method: 'POST',
        url: `${base}/insured-list/exports`,
        headers: json,
        payload: {},
      });
      expect(response.statusCode, response.body).toBe(202);
      const { action } = response.json<ActionResponse>();
      const done = await waitForAction(t.db, action.id);
      expect(done.status, done.error ?? '').toBe('ready');
      const file = await client(t.app, cookie).get(`${base}/actions/${action.id}/file`);
      expect(file.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.read(Readable.from([file.rawPayload]));
      return { workbook, sheet: workbook.worksheets[0]!, raw: file.rawPayload, exportId: action.id };
    },
    /** Sends a file; returns the raw response (202 or a refusal). */
    upload(cookie: string, fileName: string, content: Buffer) {
      const body = multipartFile(fileName, content);
      return client(t.app, cookie).send({ method: 'POST', url: `${base}/insured-list/uploads`, ...body });
    },
    /** Sends a file and waits until its validation is over; returns the action as the API shows it. */
    async uploadAndValidate(cookie: string, fileName: string, content: Buffer) {
      const response = await this.upload(cookie, fileName, content);
      expect(response.statusCode, response.body).toBe(202);
      const { action } = response.json<ActionResponse>();
      expect(action).toMatchObject({ kind: 'insured-list.upload', status: 'queued' });
      await waitForAction(t.db, action.id);
      return getAction(cookie, action.id);
    },
    async rows(cookie: string, actionId: string, filter: UploadRowFilter = 'all') {
      const response = await client(t.app, cookie).get(
        `${base}/actions/${actionId}/rows?filter=${filter}&pageSize=500`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<UploadRowsResponse>().items;
    },
    apply(cookie: string, actionId: string, resolutions: { sheetRow: number; take: 'file' | 'app' }[] = []) {
      return client(t.app, cookie).send({
        method: 'POST',
        url: `${base}/actions/${actionId}/apply`,
        headers: json,
        payload: { resolutions },
      });
    },
    undo(cookie: string, actionId: string) {
      return client(t.app, cookie).send({
        method: 'POST',
        url: `${base}/actions/${actionId}/undo`,
        headers: json,
        payload: {},
      });
    },
    getAction,
  };
}

/** The column of a header in the exported sheet (1-based). */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

/** The data rows of the exported sheet with their affiliate key and current e-mail. */
export function exportedRows(sheet: ExcelJS.Worksheet) {
  const key = columnOf(sheet, 'Clé groupdesk');
  const email = columnOf(sheet, 'E-mail professionnel');
  const rows: { row: number; key: string; email: string }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const value = row.getCell(email).value;
    rows.push({
      row: number,
      key: row.getCell(key).text,
      email: typeof value === 'string' ? value : '',
    });
  });
  return rows;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
