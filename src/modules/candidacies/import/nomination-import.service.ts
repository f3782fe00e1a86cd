import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Author } from '../../../common/author.js';
import { DomainError, ErrorCode, isUniqueViolation } from '../../../common/errors.js';
import { createValidationPipe } from '../../../common/graphql/validation.pipe.js';
import { ElectionsService } from '../../elections/elections.service.js';
import { SlateFlagsService } from '../../slate-flags/slate-flags.service.js';
import { CandidaciesService } from '../candidacies.service.js';
import { NominateCandidateInput } from '../dto/candidacy.inputs.js';
import type { ImportNominationsInput } from '../dto/nominations-admin.inputs.js';
import { toCandidacyModel } from '../models/candidacy.model.js';
import {
  type NominationImportModel,
  NominationImportOutcome,
  type NominationImportRefusalModel,
  type NominationImportRowModel,
} from '../models/nominations-admin.model.js';
import { readNominationCsv, toNominationInput } from './nomination-csv.js';

/** Thrown to end the import's transaction without writing: a preview, or a row refused. */
class NothingWritten extends Error {}

/**
 * Many nominations from CSV text, each row through the same validation and the same nomination
 * code as nominateCandidate, in one transaction: rows see the ones above them (one per State holds
 * within the file). A refused row is rolled back to its savepoint and reported; a preview, or a file
 * with any refused row, rolls everything back, audit entries and flag events included. A preview
 * writes no audit entry at all, so it never holds the audit log's append lock that every write waits for.
 */
@Injectable()
export class NominationImportService {
  private readonly validation = createValidationPipe();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(CandidaciesService) private readonly candidacies: CandidaciesService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  async import(input: ImportNominationsInput, author: Author): Promise<NominationImportModel> {
    const rows = readNominationCsv(input.csv);
    let result: NominationImportModel | undefined;
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.elections.lock(manager, input.electionId);
        const flagsBefore = await this.flags.current(manager, input.electionId);
        const out: NominationImportRowModel[] = [];
        for (const row of rows) {
          const shown = {
            line: row.line,
            fullName: row.values.fullName ?? null,
            nominatingState: row.values.nominatingState?.toUpperCase() ?? null,
            nationality: row.values.nationality?.toUpperCase() ?? null,
            list: row.values.list?.toUpperCase() ?? null,
          };
          let nomination: NominateCandidateInput;
          try {
            nomination = (await this.validation.transform(toNominationInput(input.electionId, row, input.nominatedOn), {
              type: 'body',
              metatype: NominateCandidateInput,
              data: 'input',
            })) as NominateCandidateInput;
          } catch (error) {
            out.push({ ...shown, ...refused(error) });
            continue;
          }
          await manager.query('SAVEPOINT nomination_row');
          try {
            const candidacy = await this.candidacies.nominateIn(manager, nomination, author, 'importNominations', {
              recordFlags: false,
              audit: !input.dryRun,
            });
            await manager.query('RELEASE SAVEPOINT nomination_row');
            out.push({
              ...shown,
              outcome: NominationImportOutcome.ACCEPTED,
              refusal: null,
              candidacy: toCandidacyModel(candidacy),
            });
          } catch (error) {
            await manager.query('ROLLBACK TO SAVEPOINT nomination_row');
            out.push({ ...shown, ...refused(error) });
          }
        }
        const refusedCount = out.filter((r) => r.outcome === NominationImportOutcome.REFUSED).length;
        const written = !input.dryRun && refusedCount === 0;
        result = {
          dryRun: input.dryRun,
          written,
          accepted: out.length - refusedCount,
          refused: refusedCount,
          // Nothing that was rolled back is shown as if it existed.
          rows: written ? out : out.map((r) => ({ ...r, candidacy: null })),
        };
        if (!written) throw new NothingWritten();
        // The flags' history gets one entry per change for the whole file, caused by the import.
        await this.flags.record(manager, input.electionId, flagsBefore, {
          operation: 'importNominations',
          entityType: 'Election',
          entityId: input.electionId,
        });
      });
    } catch (error) {
      if (!(error instanceof NothingWritten)) throw error;
    }
    return result!;
  }
}

/** A row's refusal, as nominateCandidate's error would say it; anything else is a fault, not a refusal. */
function refused(error: unknown): Pick<NominationImportRowModel, 'outcome' | 'refusal' | 'candidacy'> {
  let refusal: NominationImportRefusalModel;
  if (error instanceof DomainError) {
    const fields = Array.isArray(error.extensions.fields)
      ? (error.extensions.fields as { field: string }[]).map((f) => f.field.replace(/^(input\.)?(person\.)?/, ''))
      : [];
    const rule = typeof error.extensions.rule === 'string' ? error.extensions.rule : null;
    refusal = { code: error.code, rule, fields, message: error.message };
  } else if (isUniqueViolation(error)) {
    refusal = { code: ErrorCode.CONFLICT, rule: null, fields: [], message: 'This nomination already exists' };
  } else {
    throw error;
  }
  return { outcome: NominationImportOutcome.REFUSED, refusal, candidacy: null };
}
