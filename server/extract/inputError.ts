/** What a user's plan file can be refused for (besides a LimitError): a stable `code` and a sentence saying why. */
export type InputErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT_LAYER'
  | 'TOO_LARGE'
  | 'UNSUPPORTED';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
