/** A step that waited longer than the test's timeout. */
export class StepTimeout extends Error {
  constructor() {
    super('timeout');
  }
}

/** The administrator cancelled the test while a step ran. */
export class TestCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Thrown out of a step after its failure was recorded: the test stops, nothing more to report. */
export class TestStopped extends Error {
  constructor() {
    super('test stopped');
  }
}
