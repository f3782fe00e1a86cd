import { useI18n } from '../i18n/i18n.js';
import type { DraftSnapshot } from './draft-store.js';
import { errorKind, errorMessage } from './errors.js';

interface Props {
  readonly draft: DraftSnapshot;
  readonly onLoadNewer: () => void;
  readonly onKeepMine: () => void;
}

/** Where the draft stands, always in view: "Saved at 14:02", a lost connection, or a conflict to settle. */
export function SaveStatus({ draft, onLoadNewer, onKeepMine }: Props) {
  const { t, time } = useI18n();
  const { status } = draft;
  let text = '';
  if (status.kind === 'pending') text = t('nominee.save.pending');
  else if (status.kind === 'saving') text = t('nominee.save.saving');
  else if (status.kind === 'saved') text = t('nominee.save.saved', { time: time(status.at) });
  else if (status.kind === 'retrying')
    text = t(status.reason === 'offline' ? 'nominee.save.offline' : 'nominee.save.rateLimited');
  else if (status.kind === 'conflict') text = t('nominee.save.conflict');
  else if (status.kind === 'failed')
    text = errorKind(status.error) === 'invalid' ? t('nominee.save.failed') : t(errorMessage(status.error));
  const alarming = status.kind === 'conflict' || status.kind === 'retrying' || status.kind === 'failed';
  return (
    <div className={alarming ? 'savebar savebar--alert' : text ? 'savebar' : 'savebar savebar--idle'}>
      <div className="container">
        <p role="status" className="savebar__text">
          {text}
        </p>
        {status.kind === 'conflict' && (
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={onLoadNewer}>
              {t('nominee.save.loadNewer')}
            </button>
            <button type="button" className="button" onClick={onKeepMine}>
              {t('nominee.save.keepMine')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
