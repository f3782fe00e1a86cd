import { registerEnumType } from '@nestjs/graphql';
import { MailStatus } from '../mail/entities/mail-message.entity.js';
import type { QuestionKind } from './questions.js';

// The pure questions module's kinds, as a GraphQL enum (the same strings, stored in the jsonb copy).
export const QUESTION_KIND = {
  TEXT: 'TEXT',
  YES_NO: 'YES_NO',
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  MULTI_CHOICE: 'MULTI_CHOICE',
} as const satisfies { [K in QuestionKind]: K };

registerEnumType(QUESTION_KIND, {
  name: 'QuestionKind',
  description: 'What sort of answer a question takes.',
  valuesMap: {
    TEXT: { description: 'Free text, up to the question’s maxLength when it has one.' },
    YES_NO: { description: 'Yes or no.' },
    SINGLE_CHOICE: { description: 'Exactly one of the question’s options.' },
    MULTI_CHOICE: { description: 'Any number of the question’s options.' },
  },
});

// The outbox's own states (mail_status in PostgreSQL), shown to staff as MailState.
registerEnumType(MailStatus, {
  name: 'MailState',
  description: 'Where an outgoing mail stands in the outbox.',
  valuesMap: {
    PENDING: { description: 'Queued: not sent yet (a failed attempt is retried with back-off).' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Given up after the last attempt: see mailError, then resend the invitation.' },
  },
});
