import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../graphql/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { consoleErrorMessage } from '../errors.js';
import { flash } from '../page-bits.js';
import { navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { DeleteElectionDocument } from './operations.js';

const RECORD_KEYS = {
  candidacies: 1,
  questionnaires: 1,
  panels: 1,
  discussions: 1,
  outreachRecords: 1,
  ballotRounds: 1,
};
type RecordKind = keyof typeof RECORD_KEYS;

/**
 * "Delete this draft", asked again before it is done (a draft set up by mistake). Offered by the
 * election page only for DRAFT elections and roles the access table lets call deleteElection.
 */
export function DeleteDraft({ election }: { election: { id: string; title: string; version: number } }) {
  const { t } = useI18n();
  const { call } = useSession();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The question takes the focus when it appears, so a screen reader reads it out.
  useEffect(() => {
    if (asking) box.current?.focus();
  }, [asking]);

  const refusal = (error: unknown): string => {
    if (error instanceof ApiError && error.code === 'CONFLICT') return t('console.elections.changedMeanwhile');
    if (error instanceof ApiError && error.rule === 'ONLY_DRAFTS_DELETED') return t('console.elections.onlyDrafts');
    if (error instanceof ApiError && error.rule === 'ELECTION_IN_USE') {
      const records = error.extensions.records;
      const names = (records && typeof records === 'object' ? Object.keys(records) : [])
        .map((r) => (r in RECORD_KEYS ? t(`console.elections.records.${r as RecordKind}`) : r))
        .join(', ');
      return t('console.elections.inUse', { records: names });
    }
    return consoleErrorMessage(error, t);
  };

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { deleteElection } = await call(DeleteElectionDocument, {
        input: { id: election.id, version: election.version },
      });
      flash('console.elections.deleted', { title: deleteElection.title });
      navigate('/console/elections');
    } catch (error) {
      setBusy(false);
      setProblem(refusal(error));
    }
  };

  if (!asking)
    return (
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          setProblem(null);
          setAsking(true);
        }}
      >
        {t('console.elections.deleteDraft')}
      </button>
    );
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="notice notice--warning"
      role="alertdialog"
      aria-labelledby="delete-draft-title"
      aria-describedby="delete-draft-text"
    >
      <h2 id="delete-draft-title">{t('console.elections.deleteConfirmTitle', { title: election.title })}</h2>
      <p id="delete-draft-text">{t('console.elections.deleteConfirmText')}</p>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button button--warning" disabled={busy} onClick={() => void remove()}>
          {busy ? t('console.elections.deleting') : t('console.elections.deleteConfirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setAsking(false)}>
          {t('console.elections.deleteCancel')}
        </button>
      </div>
    </div>
  );
}
