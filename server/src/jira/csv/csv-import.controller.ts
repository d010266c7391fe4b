import { Body, Controller, HttpCode, HttpStatus, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Role } from '@throughline/shared';
import { Requires } from '../../auth/access.decorators';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Actor, CurrentActor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { CsvImportService, CsvTarget } from './csv-import.service';

const MAX_BYTES = 50 * 1024 * 1024;

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

  // Errors are answered by the REST exception filter (common/rest-errors.ts), in the contract's shape.
  @Requires(Role.EDITOR)
  @Post('import-csv')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES } }))
  async importCsv(
    @Req() req: Request,
    @Query() query: UploadFields,
    @Body() form: UploadFields | undefined,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<{ run: SyncRunEntity }> {
    const csv = file?.buffer ?? (await rawBody(req));
    if (!csv.length) throw DomainError.badInput('file', 'send the CSV file as the form field "file" or as the request body');
    const target: CsvTarget = {
      connectionId: query.connectionId ?? form?.connectionId,
      name: query.name ?? form?.name,
      baseUrl: query.baseUrl ?? form?.baseUrl,
    };
    return { run: await this.csvImport.import(csv, target, {}, actor) };
  }
}
