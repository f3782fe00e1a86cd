import { registerEnumType } from '@nestjs/graphql';

export enum PanelKind {
  INDEPENDENT_PANEL = 'INDEPENDENT_PANEL',
  ADVISORY_COMMITTEE = 'ADVISORY_COMMITTEE',
  CUSTOM = 'CUSTOM',
}

export enum PanelMemberRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
}

export enum InterviewMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  WRITTEN = 'WRITTEN',
}

export enum InterviewStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  DECLINED_BY_NOMINEE = 'DECLINED_BY_NOMINEE',
}

/** Why a member may not take part in a candidacy's assessment. */
export enum RecusalGround {
  SAME_NATIONALITY_AS_CANDIDATE = 'SAME_NATIONALITY_AS_CANDIDATE',
  NATIONAL_OF_NOMINATING_STATE = 'NATIONAL_OF_NOMINATING_STATE',
  DECLARED_CONFLICT = 'DECLARED_CONFLICT',
}

registerEnumType(PanelKind, { name: 'PanelKind', description: 'What sort of body a panel is.' });
registerEnumType(PanelMemberRole, { name: 'PanelMemberRole', description: "A member's role on a panel." });
registerEnumType(InterviewMode, { name: 'InterviewMode', description: 'How an interview is held.' });
registerEnumType(InterviewStatus, {
  name: 'InterviewStatus',
  description: 'SCHEDULED → HELD, or CANCELLED, or DECLINED_BY_NOMINEE.',
});
registerEnumType(RecusalGround, {
  name: 'RecusalGround',
  description: 'Why a panel member is recused from a candidacy: automatic (nationality) or a declared conflict.',
});

/** What an interview waits for from the caller: the console's "waiting for you". */
export enum InterviewTask {
  RECORD_INTERVIEW = 'RECORD_INTERVIEW',
  ASSESS = 'ASSESS',
  CONCLUDE = 'CONCLUDE',
  PUBLISH = 'PUBLISH',
}

registerEnumType(InterviewTask, {
  name: 'InterviewTask',
  description:
    'A step an interview waits for from the caller: RECORD_INTERVIEW (held, not yet recorded), ASSESS (their own scores), CONCLUDE (the chair), PUBLISH (officers).',
});
