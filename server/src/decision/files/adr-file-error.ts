import { DomainError } from '../../common/domain-error';

/** A file of an import that cannot be read as a decision record: the message names the file. */
export class AdrFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'AdrFileError';
  }

  /** The API's BAD_USER_INPUT for the upload field, naming the file. */
  toDomainError(): DomainError {
    return DomainError.badInput('files', this.message);
  }
}
