import {
  Controller,
  Get,
  Headers,
  Inject,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { RegionalGroup, StaffRole } from '../../common/domain.enums.js';
import { badInput, forbidden, unauthenticated } from '../../common/errors.js';
import { HttpRateLimitGuard } from '../../common/http/http-rate-limit.guard.js';
import { JsonErrorFilter } from '../../common/http/json-error.filter.js';
import { LoaderRegistry } from '../../common/request-context.js';
import { actorMayAct } from '../auth/auth.decorators.js';
import { AuthService } from '../auth/auth.service.js';
import { AdvocacyService } from './advocacy.service.js';
import { potentialNominatorsCsv, type PotentialNominatorRow } from './potential-nominators-export.js';

/**
 * The States to contact, as a file for mail merge: staff only (bearer token, like /graphql), rate
 * limited per address like every export, errors as JSON with `errors[0].extensions.code`.
 */
@Controller('elections')
@UseGuards(HttpRateLimitGuard)
@UseFilters(JsonErrorFilter)
export class AdvocacyExportsController {
  constructor(
    @Inject(AdvocacyService) private readonly service: AdvocacyService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Get(':id/potential-nominators.csv')
  async csv(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('regionalGroup') regionalGroup: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const actor = await this.auth.actorFor(authorization);
    if (actor.kind === 'anonymous') throw unauthenticated();
    if (!actorMayAct(actor, [StaffRole.ELECTIONS_OFFICER])) throw forbidden('Your role may not do this');
    if (regionalGroup !== undefined && !Object.values<unknown>(RegionalGroup).includes(regionalGroup)) {
      throw badInput('Unknown regional group', [
        { field: 'regionalGroup', problems: [`must be one of ${Object.values(RegionalGroup).join(', ')}`] },
      ]);
    }
    const group = regionalGroup as RegionalGroup | undefined;
    const groups = await this.service.potentialNominators(id, group, new LoaderRegistry());
    const outreach = await this.service.listOutreach({ electionId: id });
    const rows: PotentialNominatorRow[] = groups.flatMap((g) =>
      g.statesParties.map((s) => {
        const code = s.code.trim();
        const contacts = outreach.filter((o) => o.record.stateCode.trim() === code);
        // Newest first (listOutreach's order).
        const last = contacts[0]?.record;
        return {
          regionalGroup: g.regionalGroup,
          stateCode: code,
          stateName: s.name,
          groupFlags: g.flags,
          lastContactedOn: last?.contactedOn ?? null,
          lastChannel: last?.channel ?? null,
          lastOutcome: last?.outcome ?? null,
          contacts: contacts.length,
        };
      }),
    );
    const csv = potentialNominatorsCsv(rows);
    // Set only once the file exists: an error must not arrive as a download.
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader(
      'content-disposition',
      `attachment; filename="potential-nominators${group ? `-${group.toLowerCase()}` : ''}.csv"`,
    );
    res.setHeader('cache-control', 'no-store');
    return csv;
  }
}
