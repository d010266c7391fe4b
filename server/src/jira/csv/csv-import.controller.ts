import { Body, Controller, HttpStatus, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ErrorCode } from '@throughline/shared';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { CsvImportService, CsvTarget } from './csv-import.service';

const MAX_BYTES = 50 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
};

interface UploadFields {
  connectionId?: string;
  name?: string;
  baseUrl?: string;
}

async function rawBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw DomainError.badInput('file', `the file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /api/jira/import-csv: a Jira "Export → CSV (all fields)" file, as a multipart form field
 * `file` or as the whole body (text/csv). Target: `connectionId`, or `name` (made when missing,
 * with `baseUrl` for browse links), as query parameters or form fields. Answers the run.
 */
@Controller('api/jira')
export class CsvImportController {
  constructor(private readonly csvImport: CsvImportService) {}

  @Post('import-csv')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES } }))
  async importCsv(
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: UploadFields,
    @Body() form: UploadFields | undefined,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<void> {
    try {
      const csv = file?.buffer ?? (await rawBody(req));
      if (!csv.length) throw DomainError.badInput('file', 'send the CSV file as the form field "file" or as the request body');
      const target: CsvTarget = {
        connectionId: query.connectionId ?? form?.connectionId,
        name: query.name ?? form?.name,
        baseUrl: query.baseUrl ?? form?.baseUrl,
      };
      res.status(HttpStatus.OK).json({ run: await this.csvImport.import(csv, target) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res
        .status(STATUS[error.code] ?? HttpStatus.BAD_REQUEST)
        .json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    }
  }
}
