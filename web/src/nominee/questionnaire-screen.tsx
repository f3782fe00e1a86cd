import { useCallback, useEffect, useState } from 'react';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { AnswerForm } from './answer-form.js';
import { apiLanguage } from './api-language.js';
import type { Invitation } from './answers.js';
import { ClosedView } from './closed-view.js';
import { errorKind, errorMessage } from './errors.js';
import { MyInvitationDocument } from './operations.js';

interface Props {
  readonly token: string;
  /** The server no longer accepts this session: ask for the code again. */
  readonly onSessionLost: () => void;
}

/** The nominee's questionnaire, in the reader's language: to answer, or read-only once sent. */
export function QuestionnaireScreen({ token, onSessionLost }: Props) {
  const { t, language } = useI18n();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setInvitation((await request(MyInvitationDocument, { language: apiLanguage(language) }, { token })).myInvitation);
    } catch (error) {
      if (errorKind(error) === 'sessionExpired') onSessionLost();
      else setFailure(error);
    }
  }, [language, token, onSessionLost]);

  useEffect(() => {
    void load();
  }, [load]);

  const leave = useCallback(
    (error: unknown) => {
      if (errorKind(error) === 'sessionExpired') onSessionLost();
      else void load(); // closed elsewhere (another tab submitted): show what the server has
    },
    [load, onSessionLost],
  );

  if (!invitation) {
    return failure ? (
      <>
        <FocusHeading>{t('nominee.pageTitle')}</FocusHeading>
        <div className="notice notice--warning" role="alert">
          <p>{t(errorMessage(failure))}</p>
        </div>
        <button type="button" className="button" onClick={() => void load()}>
          {t('nominee.form.retry')}
        </button>
      </>
    ) : (
      <p role="status">{t('nominee.form.loading')}</p>
    );
  }
  if (invitation.status === 'SUBMITTED' || invitation.status === 'DECLINED') {
    return <ClosedView invitation={invitation} />;
  }
  return (
    <AnswerForm
      key={invitation.responseId}
      invitation={invitation}
      token={token}
      onServerView={setInvitation}
      onLeave={leave}
    />
  );
}
