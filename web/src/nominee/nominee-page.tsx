import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { CodeForm } from './code-form.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { isDiscussionCode, OpenDiscussionInvitationDocument } from './discussion-operations.js';
import { DiscussionsSection } from './discussions-section.js';
import { OpenInvitationDocument } from './operations.js';
import { QuestionnaireScreen } from './questionnaire-screen.js';
import { readSession, saveSession, takeCodeFromFragment } from './storage.js';

type Screen =
  | { readonly kind: 'code'; readonly sessionExpired: boolean; readonly failure: unknown; readonly busy: boolean }
  | { readonly kind: 'open'; readonly token: string; readonly discussionOnly: boolean };

// Read once: the fragment is removed from the address bar as soon as it is read.
let fragmentCode: string | null | undefined;
function codeFromAddress(): string | null {
  if (fragmentCode === undefined) fragmentCode = takeCodeFromFragment();
  return fragmentCode;
}

function initialScreen(): Screen {
  if (codeFromAddress()) return { kind: 'code', sessionExpired: false, failure: null, busy: true };
  const session = readSession();
  if (session && new Date(session.expiresAt).getTime() > Date.now())
    return { kind: 'open', token: session.token, discussionOnly: session.discussionOnly === true };
  return { kind: 'code', sessionExpired: session !== null, failure: null, busy: false };
}

/**
 * The nominee's page. The link in the mail carries the code in its fragment (never sent to a
 * server or in a Referer); the page exchanges it for a session kept in this tab only. Loading
 * the page opens nothing by itself without that code.
 */
export function NomineePage() {
  const { t } = useI18n();
  const [screen, setScreen] = useState<Screen>(initialScreen);

  useEffect(() => {
    document.title = `${t('nominee.pageTitle')} — ${t('common.appName')}`;
  }, [t]);

  const open = useCallback(async (code: string) => {
    setScreen((s) => (s.kind === 'code' ? { ...s, busy: true } : s));
    try {
      // A discussion invitation's own code opens the same session, with discussions only.
      const discussionOnly = isDiscussionCode(code);
      const session = discussionOnly
        ? (await request(OpenDiscussionInvitationDocument, { token: code })).openDiscussionInvitation
        : (await request(OpenInvitationDocument, { token: code })).openInvitation;
      saveSession({ token: session.token, expiresAt: session.expiresAt, discussionOnly });
      setScreen({ kind: 'open', token: session.token, discussionOnly });
    } catch (error) {
      setScreen((s) => ({
        kind: 'code',
        sessionExpired: s.kind === 'code' && s.sessionExpired,
        failure: error,
        busy: false,
      }));
    }
  }, []);

  const started = useRef(false);
  useEffect(() => {
    const code = codeFromAddress();
    if (code && !started.current) {
      started.current = true;
      fragmentCode = null;
      void open(code);
    }
  }, [open]);

  const sessionLost = useCallback(() => {
    saveSession(null);
    setScreen({ kind: 'code', sessionExpired: true, failure: null, busy: false });
  }, []);

  if (screen.kind === 'open' && screen.discussionOnly) {
    return (
      <>
        <FocusHeading>{t('nominee.discussions.pageTitle')}</FocusHeading>
        <DiscussionsSection token={screen.token} onSessionLost={sessionLost} />
      </>
    );
  }
  if (screen.kind === 'open') {
    return (
      <>
        <QuestionnaireScreen token={screen.token} onSessionLost={sessionLost} />
        <DiscussionsSection token={screen.token} onSessionLost={sessionLost} />
      </>
    );
  }
  return (
    <CodeForm
      sessionExpired={screen.sessionExpired}
      failure={screen.failure}
      busy={screen.busy}
      onOpen={(code) => void open(code)}
    />
  );
}
