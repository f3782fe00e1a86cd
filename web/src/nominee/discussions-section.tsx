import { useCallback, useEffect, useId, useState } from 'react';
import { zonedDateTime } from '../i18n/zoned.js';
import type { NomineeDiscussionFragment } from '../gql/graphql.js';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { AnswerDiscussionDocument, MyDiscussionsDocument } from './discussion-operations.js';
import { errorKind, errorMessage } from './errors.js';

interface Props {
  readonly token: string;
  /** The server no longer accepts this session: ask for the code again. */
  readonly onSessionLost: () => void;
}

/**
 * The public panel discussions the nominee is invited to, with Accept / Decline while it has not
 * started. Hidden when there are none; the questionnaire above stays the page's main task.
 */
export function DiscussionsSection({ token, onSessionLost }: Props) {
  const { t } = useI18n();
  const [discussions, setDiscussions] = useState<readonly NomineeDiscussionFragment[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setDiscussions((await request(MyDiscussionsDocument, {}, { token })).myDiscussions);
      setFailure(null);
    } catch (error) {
      if (errorKind(error) === 'sessionExpired') onSessionLost();
      else setFailure(error);
    }
  }, [token, onSessionLost]);

  useEffect(() => {
    void load();
  }, [load]);

  if (failure && !discussions) {
    return (
      <section aria-labelledby="discussions-heading" className="discussions">
        <h2 id="discussions-heading">{t('nominee.discussions.title')}</h2>
        <div className="notice notice--warning" role="alert">
          <p>{t(errorMessage(failure))}</p>
        </div>
        <button type="button" className="button button--secondary" onClick={() => void load()}>
          {t('nominee.form.retry')}
        </button>
      </section>
    );
  }
  if (!discussions?.length) return null;
  return (
    <section aria-labelledby="discussions-heading" className="discussions">
      <h2 id="discussions-heading">{t('nominee.discussions.title')}</h2>
      <p>{t('nominee.discussions.intro')}</p>
      {discussions.map((d) => (
        <DiscussionCard
          key={d.discussionId}
          discussion={d}
          token={token}
          onAnswered={(next) =>
            setDiscussions((all) => all?.map((x) => (x.discussionId === next.discussionId ? next : x)) ?? null)
          }
          onSessionLost={onSessionLost}
          onStale={() => void load()}
        />
      ))}
    </section>
  );
}

function DiscussionCard({
  discussion: d,
  token,
  onAnswered,
  onSessionLost,
  onStale,
}: {
  readonly discussion: NomineeDiscussionFragment;
  readonly token: string;
  readonly onAnswered: (d: NomineeDiscussionFragment) => void;
  readonly onSessionLost: () => void;
  readonly onStale: () => void;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [answered, setAnswered] = useState(false);

  const answer = async (accept: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const { answerDiscussionInvitation } = await request(
        AnswerDiscussionDocument,
        { input: { discussionId: d.discussionId, accept } },
        { token },
      );
      setAnswered(true);
      onAnswered(answerDiscussionInvitation);
    } catch (error) {
      if (errorKind(error) === 'sessionExpired') return onSessionLost();
      setFailure(error);
      onStale(); // it may have started or been cancelled meanwhile: show what the server has
    } finally {
      setBusy(false);
    }
  };

  // The time where it is held, with the zone named: the nominee travels there or joins from afar.
  const when = zonedDateTime(d.startsAt, d.timeZone, language);

  return (
    <section aria-labelledby={headingId} className="card discussion">
      <h3 id={headingId}>{d.title}</h3>
      <dl className="summary">
        <dt>{t('nominee.discussions.election')}</dt>
        <dd>{d.electionTitle}</dd>
        <dt>{t('nominee.discussions.when')}</dt>
        <dd>{t('nominee.discussions.whenValue', when)}</dd>
        {d.place ? (
          <>
            <dt>{t('nominee.discussions.place')}</dt>
            <dd>{d.place}</dd>
          </>
        ) : null}
        {d.onlineUrl ? (
          <>
            <dt>{t('nominee.discussions.online')}</dt>
            <dd>
              <a href={d.onlineUrl} rel="noopener noreferrer">
                {d.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('nominee.discussions.languages')}</dt>
        <dd>{d.languages.map((l) => t(`nominee.discussions.language.${l}`)).join(', ')}</dd>
        {d.moderators.length ? (
          <>
            <dt>{t('nominee.discussions.moderators')}</dt>
            <dd>{d.moderators.join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('nominee.discussions.yourAnswer')}</dt>
        <dd>{t(`nominee.discussions.answer.${d.answer}`)}</dd>
      </dl>
      {d.status === 'CANCELLED' ? (
        <p className="notice">{t('nominee.discussions.cancelled')}</p>
      ) : d.mayAnswer ? (
        <>
          <p className="hint">{t('nominee.discussions.changeUntil')}</p>
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={busy || d.answer === 'ACCEPTED'}
              onClick={() => void answer(true)}
            >
              {t('nominee.discussions.accept')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || d.answer === 'DECLINED'}
              onClick={() => void answer(false)}
            >
              {t('nominee.discussions.decline')}
            </button>
          </div>
        </>
      ) : (
        <p className="hint">{t('nominee.discussions.closed')}</p>
      )}
      <p role="status" className="status">
        {answered && !failure ? t(`nominee.discussions.saved.${d.answer}`) : ''}
      </p>
      {failure ? (
        <div className="notice notice--warning" role="alert">
          <p>{t(errorMessage(failure))}</p>
        </div>
      ) : null}
    </section>
  );
}
