import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PanelKind, PanelMemberRole, RecusalGround } from '../interviews.enums.js';
import type { PanelMemberEntity } from '../entities/panel-member.entity.js';
import type { PanelEntity } from '../entities/panel.entity.js';
import type { Recusal } from '../recusal.rules.js';

@ObjectType('PanelMember', { description: 'A member of a panel (staff only).' })
export class PanelMemberModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The panel.' })
  panelId: string;

  @Field({ description: 'Full name.' })
  fullName: string;

  @Field({ description: 'Nationality, ISO 3166-1 alpha-2; drives automatic recusal.' })
  nationality: string;

  @Field(() => String, { nullable: true, description: 'Institution or organisation.' })
  affiliation: string | null;

  @Field(() => PanelMemberRole, { description: 'CHAIR or MEMBER.' })
  role: PanelMemberRole;

  @Field(() => ID, { nullable: true, description: 'The PANEL_MEMBER staff account acting as this member.' })
  staffUserId: string | null;
}

export const toPanelMemberModel = (e: PanelMemberEntity): PanelMemberModel => ({
  id: e.id,
  panelId: e.panelId,
  fullName: e.fullName,
  nationality: e.nationality.trim(),
  affiliation: e.affiliation,
  role: e.role,
  staffUserId: e.staffUserId,
});

@ObjectType('Panel', { description: 'An interview panel or advisory committee (staff only).' })
export class PanelModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name of the panel.' })
  name: string;

  @Field(() => PanelKind, { description: 'What sort of body it is.' })
  kind: PanelKind;

  @Field(() => Int, { description: 'Optimistic-locking version.' })
  version: number;

  rubricId: string;
}

export const toPanelModel = (e: PanelEntity): PanelModel => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  version: e.version,
  rubricId: e.rubricId,
});

@ObjectType('Recusal', { description: 'A panel member kept out of one candidacy (staff only).' })
export class RecusalModel {
  @Field(() => ID, { description: 'The recused member.' })
  memberId: string;

  @Field(() => ID, { description: 'The candidacy.' })
  candidacyId: string;

  @Field(() => RecusalGround, { description: 'Automatic (nationality) or a declared conflict.' })
  ground: RecusalGround;

  @Field(() => String, { nullable: true, description: 'The reason given, for a declared conflict.' })
  reason: string | null;
}

export const toRecusalModel = (r: Recusal): RecusalModel => ({ ...r });

@ObjectType('PanelMemberAccount', {
  description: 'A PANEL_MEMBER staff account that a panel member can act through (officers only).',
})
export class PanelMemberAccountModel {
  @Field(() => ID, { description: 'The staff account.' })
  id: string;

  @Field({ description: 'Name shown in the console.' })
  displayName: string;

  @Field({ description: 'Sign-in e-mail address, to tell accounts with the same name apart.' })
  email: string;
}
