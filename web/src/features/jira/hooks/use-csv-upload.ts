import { useState } from 'react';
import { CsvImportError, importJiraCsv, type CsvImportRun, type CsvImportTarget } from '../api/import-csv';

export interface CsvUploadResult {
  run: CsvImportRun;
  /** The connection's name, for "Imported into …". */
  into: string;
}

/** Uploads an export and keeps what came of it: the run, or why it was refused. */
export function useCsvUpload(onImported: () => void) {
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<CsvImportError | null>(null);
  const [result, setResult] = useState<CsvUploadResult | null>(null);
  const clear = () => {
    setFailure(null);
    setResult(null);
  };
  const upload = async (file: File, target: CsvImportTarget, into: string) => {
    clear();
    setUploading(true);
    try {
      setResult({ run: await importJiraCsv(file, target), into });
      onImported();
    } catch (error) {
      setFailure(error instanceof CsvImportError ? error : new CsvImportError(String(error)));
    } finally {
      setUploading(false);
    }
  };
  return {
    uploading,
    failure,
    result,
    upload,
    clear,
    fail: (message: string, field: string) => setFailure(new CsvImportError(message, field)),
  };
}
