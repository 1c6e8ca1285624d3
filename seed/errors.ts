/** A seed file that fails validation. The message names the file, the entry and the field. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${entry}: field "${field}": ${reason}`);
    this.name = 'SeedError';
  }
}
