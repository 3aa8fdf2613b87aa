/** What each part of the End user form gets: its slice of the state, a way to change it, and its errors. */
export interface PartProps<S> {
  form: string;
  state: S;
  change(patch: Partial<S>): void;
  /** The message to show at a field, by its path in the draft. */
  error(...path: (string | number)[]): string | undefined;
}
