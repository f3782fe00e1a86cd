import { Injectable } from '@nestjs/common';
import { badInput } from './errors.js';

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

  /**
   * The latest calendar day that has begun somewhere (UTC+14): a day a person enters (a contact, a
   * nomination, a withdrawal, a round of voting) is in the future only after it. An officer in The
   * Hague at half past midnight writes the new day while UTC's is still the old one.
   */
  latestToday(): string {
    return latestDayBegun(this.now());
  }

  /** Refuses a day someone entered that has begun nowhere yet: BAD_USER_INPUT on `field`, saying `message`. */
  refuseFuture(day: string, field: string, message: string): void {
    if (day > this.latestToday()) throw badInput(message, [{ field, problems: ['must not be in the future'] }]);
  }
}

/** The latest calendar day begun anywhere at `now`: the day in UTC+14, the earliest time zone. */
export function latestDayBegun(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
