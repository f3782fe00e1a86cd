import { Injectable } from '@nestjs/common';

/** Time is injected so deadlines and embargoes can be tested; dates are UTC calendar days. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today as YYYY-MM-DD (UTC). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}
