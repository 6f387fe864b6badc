/**
 * What time it is, as a service sees it: services take `Clock` (injected) instead of calling `new Date()`,
 * so a test can hold time still or move it (FixedClock) and a rule about deadlines is tested without waiting.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock for tests: stands at `at` until moved. */
export class FixedClock extends Clock {
  private at: Date;

  constructor(at: Date | string) {
    super();
    this.at = new Date(at);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }

  advance(minutes: number): void {
    this.at = new Date(this.at.getTime() + minutes * 60_000);
  }
}
