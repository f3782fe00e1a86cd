import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { request } from '../graphql/client.js';
import { useI18n, type Localized, type Translate } from '../i18n/i18n.js';
import { ErrorSummary, type SummaryError } from '../ui/error-summary.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { fieldId, isTooLong, problemsBeforeSubmit, textLimit, type Invitation, type Question } from './answers.js';
import { DeclineForm } from './decline-form.js';
import { DraftStore, type DraftSnapshot } from './draft-store.js';
import { errorKind, errorMessage, fieldsOf } from './errors.js';
import { InvitationSummary } from './invitation-summary.js';
import { DeclineDocument, MyInvitationDocument, SaveAnswersDocument, SubmitResponseDocument } from './operations.js';
import { apiLanguage } from './api-language.js';
import { QuestionField } from './question-field.js';
import { Review } from './review.js';
import { SaveStatus } from './save-status.js';

interface Props {
  readonly invitation: Invitation;
  readonly token: string;
  /** The server's newest view (after a save, or submitted/declined). */
  readonly onServerView: (invitation: Invitation) => void;
  /** The session ended, or the response closed elsewhere: the page above decides. */
  readonly onLeave: (error: unknown) => void;
}

type Mode = 'form' | 'review' | 'decline';

/** The message at a field: refused by the server, too long, or missing when the nominee tried to submit. */
function fieldError(
  t: Translate,
  question: Question,
  draft: DraftSnapshot,
  flagged: ReadonlySet<string>,
): string | undefined {
  const value = draft.values[question.key];
  if (isTooLong(question, value)) return t('nominee.errors.tooLongField', { limit: textLimit(question) });
  if (draft.rejected.has(question.key)) return t('nominee.errors.invalidAnswer');
  if (flagged.has(question.key) && problemsBeforeSubmit([question], draft.values).length > 0)
    return t('nominee.errors.requiredField');
  return undefined;
}

export function AnswerForm({ invitation, token, onServerView, onLeave }: Props) {
  const { t, language } = useI18n();
  // The store's callbacks read the newest props through this ref (the store outlives renders).
  const latest = useRef({ token, language, onServerView, onLeave, invitation });
  latest.current = { token, language, onServerView, onLeave, invitation };
  const [blocked, setBlocked] = useState<unknown>(null);
  const [store] = useState(
    () =>
      new DraftStore(
        {
          responseId: invitation.responseId,
          save: async (answers, version) => {
            const sentIn = latest.current.language;
            const saved = (
              await request(
                SaveAnswersDocument,
                { input: { answers, version, language: apiLanguage(sentIn) } },
                { token: latest.current.token },
              )
            ).saveAnswers;
            // The reader switched language while it was saving: its view would bring the questions
            // back in the old one, over the page's reload. The server's view again, in the new one.
            if (latest.current.language === sentIn) return saved;
            return (
              await request(
                MyInvitationDocument,
                { language: apiLanguage(latest.current.language) },
                { token: latest.current.token },
              )
            ).myInvitation;
          },
          latest: async () =>
            (
              await request(
                MyInvitationDocument,
                { language: apiLanguage(latest.current.language) },
                { token: latest.current.token },
              )
            ).myInvitation,
          onServerView: (next) => latest.current.onServerView(next),
          onFatal: (error) => {
            const kind = errorKind(error);
            if (kind === 'sessionExpired' || kind === 'responseClosed') latest.current.onLeave(error);
            else setBlocked(error);
          },
          held: (key, value) => {
            const question = latest.current.invitation.questions.find((q) => q.key === key);
            return question ? isTooLong(question, value) : false;
          },
        },
        invitation,
      ),
  );
  const draft = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [mode, setMode] = useState<Mode>('form');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    store.start();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void store.flush();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      store.stop();
    };
  }, [store]);

  const closeWith = (next: Invitation) => {
    store.forget();
    onServerView(next);
  };

  // A question's words as the page shows them now: a switch of language reloads the questions.
  const promptOf = (key: string): string =>
    latest.current.invitation.questions.find((q) => q.key === key)?.prompt ?? key;

  const review = async (event: FormEvent) => {
    event.preventDefault();
    const problems = problemsBeforeSubmit(invitation.questions, draft.values);
    if (problems.length > 0) {
      const byKey = new Map(invitation.questions.map((q) => [q.key, q]));
      setFlagged(new Set(problems.map((p) => p.key)));
      setErrors(
        problems.map((p) => {
          const question = byKey.get(p.key) as Question;
          return {
            target: fieldId(question),
            text: ({ t }) =>
              p.kind === 'required'
                ? t('nominee.errors.required', { question: promptOf(p.key) })
                : t('nominee.errors.tooLong', { question: promptOf(p.key), limit: textLimit(question) }),
          };
        }),
      );
      return;
    }
    if (!(await store.flush())) {
      const status = store.getSnapshot().status;
      setErrors([
        {
          text: ({ t }) =>
            status.kind === 'failed'
              ? t(errorMessage(status.error))
              : status.kind === 'conflict'
                ? t('nominee.save.conflict')
                : status.kind === 'retrying'
                  ? t('nominee.save.offline')
                  : t('nominee.errors.saveFirst'),
        },
      ]);
      return;
    }
    setErrors([]);
    setFlagged(new Set());
    setMode('review');
  };

  const submit = async (): Promise<Localized | null> => {
    try {
      const result = await request(
        SubmitResponseDocument,
        { version: store.currentVersion(), language: apiLanguage(language) },
        { token },
      );
      closeWith(result.submitResponse);
      return null;
    } catch (error) {
      const kind = errorKind(error);
      if (kind === 'sessionExpired' || kind === 'responseClosed') {
        onLeave(error);
        return null;
      }
      if (kind === 'invalid' && fieldsOf(error).length > 0) {
        // The server found required answers missing: back to the form, marked there.
        const missing = new Set(fieldsOf(error));
        setFlagged(missing);
        setErrors(
          invitation.questions
            .filter((q) => missing.has(q.key))
            .map((q) => ({
              target: fieldId(q),
              text: ({ t }) => t('nominee.errors.required', { question: promptOf(q.key) }),
            })),
        );
        setMode('form');
        return null;
      }
      if (kind === 'conflict') {
        setMode('form');
        void store.flush();
      }
      return ({ t }) => t(errorMessage(error));
    }
  };

  const decline = async (reason: string): Promise<Localized | null> => {
    try {
      const result = await request(DeclineDocument, { reason, language: apiLanguage(language) }, { token });
      closeWith(result.declineQuestionnaire);
      return null;
    } catch (error) {
      const kind = errorKind(error);
      if (kind === 'sessionExpired' || kind === 'responseClosed') {
        onLeave(error);
        return null;
      }
      return ({ t }) => t(errorMessage(error));
    }
  };

  const status = (
    <SaveStatus draft={draft} onLoadNewer={() => void store.loadNewer()} onKeepMine={() => void store.keepMine()} />
  );

  if (mode === 'review') {
    // Everything is saved before this screen: no save bar over the buttons.
    return <Review invitation={invitation} answers={draft.values} onSubmit={submit} onBack={() => setMode('form')} />;
  }
  if (mode === 'decline') {
    return <DeclineForm invitation={invitation} onDecline={decline} onBack={() => setMode('form')} />;
  }

  const readOnly = blocked !== null;
  return (
    <>
      <ErrorSummary title={t('nominee.errors.summaryTitle')} errors={errors} />
      <FocusHeading>{invitation.questionnaireTitle}</FocusHeading>
      <InvitationSummary invitation={invitation} />
      {readOnly ? (
        <div className="notice notice--warning" role="alert">
          <p>
            {t(errorMessage(blocked))}{' '}
            {errorKind(blocked) === 'deadlinePassed' && (
              <a href={`mailto:${invitation.contactEmail}`}>{invitation.contactEmail}</a>
            )}
          </p>
        </div>
      ) : (
        <p>{t('nominee.form.intro')}</p>
      )}
      <form noValidate onSubmit={(event) => void review(event)} className="questions">
        {invitation.questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            value={draft.values[question.key]}
            error={fieldError(t, question, draft, flagged)}
            readOnly={readOnly}
            onChange={(value) => store.setValue(question.key, value)}
            onLeave={() => void store.flush()}
          />
        ))}
        {!readOnly && (
          <div className="button-group">
            <button type="submit" className="button">
              {t('nominee.form.review')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode('decline')}>
              {t('nominee.form.decline')}
            </button>
          </div>
        )}
      </form>
      {status}
    </>
  );
}
