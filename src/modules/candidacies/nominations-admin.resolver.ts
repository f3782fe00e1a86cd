import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import { StaffRole } from '../../common/domain.enums.js';
import { CurrentAuthor, Roles } from '../auth/auth.decorators.js';
import { CandidacyVoidService } from './candidacy-void.service.js';
import { ImportNominationsInput, UpdatePersonInput, VoidCandidacyInput } from './dto/nominations-admin.inputs.js';
import { NominationImportService } from './import/nomination-import.service.js';
import { PersonModel, toPersonModel } from './models/candidacy.model.js';
import { NominationImportModel, VoidedCandidacyModel } from './models/nominations-admin.model.js';
import { PersonCorrectionsService } from './person-corrections.service.js';

/** The elections team's corrections to nominations: a person's record, a void, an import. */
@Resolver()
export class NominationsAdminResolver {
  constructor(
    @Inject(PersonCorrectionsService) private readonly corrections: PersonCorrectionsService,
    @Inject(CandidacyVoidService) private readonly voids: CandidacyVoidService,
    @Inject(NominationImportService) private readonly imports: NominationImportService,
  ) {}

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => PersonModel, {
    description:
      "Correct a nominee's name, gender, nationality or contact e-mail (versioned, audited); the nationality must " +
      'still meet the rules of each standing candidacy, and slate flags are recomputed.',
  })
  async updatePerson(@Args('input') input: UpdatePersonInput, @CurrentAuthor() author: Author): Promise<PersonModel> {
    return toPersonModel(await this.corrections.update(input, author));
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => VoidedCandidacyModel, {
    description:
      'Void a nomination entered by mistake: gone from every read, kept whole in the audit log with the reason. ' +
      'Refused (RULE_VIOLATION VOID_WOULD_LOSE_RECORDS, with `extensions.records`) once other records depend on it: ' +
      'withdraw it instead.',
  })
  async voidCandidacy(
    @Args('input') input: VoidCandidacyInput,
    @CurrentAuthor() author: Author,
  ): Promise<VoidedCandidacyModel> {
    return this.voids.void(input, author);
  }

  @Roles(StaffRole.ELECTIONS_OFFICER)
  @Mutation(() => NominationImportModel, {
    description:
      'Import many nominations from CSV text, row by row under the rules of nominateCandidate. `dryRun: true` ' +
      'previews and writes nothing; `dryRun: false` writes every row in one transaction, or none while any row is ' +
      'refused (then `written` is false and the rows say why).',
  })
  async importNominations(
    @Args('input') input: ImportNominationsInput,
    @CurrentAuthor() author: Author,
  ): Promise<NominationImportModel> {
    return this.imports.import(input, author);
  }
}
