import type { MigrationInterface } from 'typeorm';
import { DefaultQuestionnaires1795461000000 } from './1795461000000-DefaultQuestionnaires.js';
import { Init1795456379909 } from './1795456379909-Init.js';
import { StatesParties1795456379910 } from './1795456379910-StatesParties.js';
import { AuditLog1795457400014 } from './1795457400014-AuditLog.js';
import { AuditDigest1795470100000 } from './1795470100000-AuditDigest.js';
import { SlateFlagEvents1795460018710 } from './1795460018710-SlateFlagEvents.js';
import { BallotRounds1795460299679 } from './1795460299679-BallotRounds.js';
import { Questionnaires1795460515674 } from './1795460515674-Questionnaires.js';
import { PanelsAndInterviews1795460552441 } from './1795460552441-PanelsAndInterviews.js';
import { DefaultRubrics1795460552442 } from './1795460552442-DefaultRubrics.js';
import { SignInAttempts1795470000000 } from './1795470000000-SignInAttempts.js';
import { DomainRules1795470200000 } from './1795470200000-DomainRules.js';
import { ElectionsAsHeld1795470300000 } from './1795470300000-ElectionsAsHeld.js';
import { ObserverSearch1795470400000 } from './1795470400000-ObserverSearch.js';
import { DiscussionsAndAdvocacy1795470500000 } from './1795470500000-DiscussionsAndAdvocacy.js';
import { DiscussionInvitationCodes1795470900000 } from './1795470900000-DiscussionInvitationCodes.js';
import { ElectionTitleInFrench1795471000000 } from './1795471000000-ElectionTitleInFrench.js';
import { QuestionnaireTitleInFrench1795471100000 } from './1795471100000-QuestionnaireTitleInFrench.js';

/** Every migration, in order. Listed explicitly so the same list works compiled, under jest and in scripts. */
export const migrations: (new () => MigrationInterface)[] = [
  Init1795456379909,
  StatesParties1795456379910,
  AuditLog1795457400014,
  SlateFlagEvents1795460018710,
  BallotRounds1795460299679,
  Questionnaires1795460515674,
  PanelsAndInterviews1795460552441,
  DefaultRubrics1795460552442,
  DefaultQuestionnaires1795461000000,
  SignInAttempts1795470000000,
  AuditDigest1795470100000,
  DomainRules1795470200000,
  ElectionsAsHeld1795470300000,
  ObserverSearch1795470400000,
  DiscussionsAndAdvocacy1795470500000,
  DiscussionInvitationCodes1795470900000,
  ElectionTitleInFrench1795471000000,
  QuestionnaireTitleInFrench1795471100000,
];
