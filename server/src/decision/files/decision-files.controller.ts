import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  HttpStatus,
  NestInterceptor,
  Post,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { ErrorCode, Role } from '@throughline/shared';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { Requires } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { AdrFileError } from './adr-file-error';
import { isRecordName, isZip, markdownInZip, TextFile, textOf } from './decision-zip';
import { DecisionFilesService, ImportAnswer } from './decision-files.service';

/** An upload: at most this many bytes in all, this many files. */
const UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_FILES = 1_000;

interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

/** Refuses a request that says it is larger than the upload limit, before multer reads it. */
class UploadSizeLimit implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const length = Number(context.switchToHttp().getRequest<Request>().get('content-length') ?? 0);
    if (length > UPLOAD_BYTES)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `files: the upload is larger than ${UPLOAD_BYTES / 1024 / 1024} MiB`, {
        field: 'files',
      });
    return next.handle();
  }
}

// multer reads file names as Latin-1; browsers send UTF-8.
const nameOf = (file: UploadedFile) => Buffer.from(file.originalname, 'latin1').toString('utf8');

/** The decision records in an upload: .md files as they are, zips opened (limits in decision-zip.ts). */
function recordsIn(files: UploadedFile[]): TextFile[] {
  return files.flatMap((file) => {
    const name = nameOf(file);
    if (isZip(file.buffer)) return markdownInZip(name, file.buffer);
    if (!/\.md$/i.test(name)) throw new AdrFileError(name, 'is neither a Markdown (.md) file nor a zip of them');
    return isRecordName(name) ? [{ name, text: textOf(name, file.buffer) }] : [];
  });
}

/**
 * Decision records as files, the way teams keep them in their repositories:
 * GET /api/v1/decisions/export answers a zip of NNNN-title-slug.md files in MADR;
 * POST /api/v1/decisions/import takes .md files or zips (multipart, any field name) in MADR or
 * Nygard's format. Errors: the REST exception filter (common/rest-errors.ts).
 */
@Controller('api/v1/decisions')
export class DecisionFilesController {
  constructor(private readonly files: DecisionFilesService) {}

  @Requires(Role.VIEWER)
  @Get('export')
  async exportZip(): Promise<StreamableFile> {
    return new StreamableFile(await this.files.exportZip(), {
      type: 'application/zip',
      disposition: 'attachment; filename="decisions.zip"',
    });
  }

  @Requires(Role.EDITOR)
  @Post('import')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(UploadSizeLimit, AnyFilesInterceptor({ limits: { fileSize: UPLOAD_BYTES, files: UPLOAD_FILES } }))
  async importFiles(@UploadedFiles() files: UploadedFile[] | undefined, @CurrentActor() actor: Actor): Promise<ImportAnswer> {
    let records: TextFile[];
    try {
      records = recordsIn(files ?? []);
    } catch (error) {
      throw error instanceof AdrFileError ? error.toDomainError() : error;
    }
    return this.files.importFiles(records, actor);
  }
}
