import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { ConsoleElectionFragment, ConsoleImportNominationsMutation } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { consoleErrorMessage, ruleMessage } from '../errors.js';
import { ElectionForEditDocument } from '../operations.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { ImportNominationsDocument } from './operations.js';
import { today } from '../dates.js';

type Result = ConsoleImportNominationsMutation['importNominations'];
type Row = Result['rows'][number];

const EXAMPLE = `fullName,gender,nationality,nominatingState,list,nominationProcedure,contactEmail
Ana Diaz,FEMALE,SN,SN,A,HIGHEST_JUDICIAL_OFFICES,ana.diaz@example.org`;

export function ImportPage({ electionId }: { electionId: string }) {
  const loaded = useQuery(ElectionForEditDocument, { id: electionId });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <Import election={loaded.data.election} />;
}

/** Why a row is refused, in the reader's language: the API's rule, field or code, never its English. */
export function refusalText(refusal: NonNullable<Row['refusal']>, t: Translate): string {
  switch (refusal.code) {
    case 'RULE_VIOLATION':
      return ruleMessage(new ApiError('', refusal.code, { rule: refusal.rule ?? '' }), t);
    case 'BAD_USER_INPUT':
      return refusal.fields.length
        ? t('console.nominations.import.badFields', { fields: refusal.fields.join(', ') })
        : t('console.errors.invalid');
    case 'CONFLICT':
      return t('console.nominations.import.duplicate');
    default:
      return consoleErrorMessage(new ApiError('', refusal.code, {}), t);
  }
}

/**
 * Many nominations at once: the file is checked by the API row by row (the same rules as one
 * nomination) and nothing is written until the officer confirms a file with no refused row; then
 * every row is written in one transaction, or none.
 */
function Import({ election: e }: { election: ConsoleElectionFragment }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; result: Result } | null>(null);
  const [notWritten, setNotWritten] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState<'checking' | 'writing' | null>(null);
  const current = checked && checked.text === text ? checked.result : null;

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file.text().then((content) => {
      setText(content);
      setErrors([]);
    });
  };

  const run = async (dryRun: boolean) => {
    if (!text.trim()) {
      setErrors([{ target: 'import-text', text: ({ t }) => t('console.nominations.import.textBlank') }]);
      return;
    }
    setErrors([]);
    setNotWritten(false);
    setBusy(dryRun ? 'checking' : 'writing');
    try {
      const { importNominations: result } = await call(ImportNominationsDocument, {
        // Rows without a day are dated the officer's today, as the nomination form dates them.
        input: { electionId: e.id, csv: text, dryRun, nominatedOn: today() },
      });
      setBusy(null);
      if (!dryRun && result.written) {
        flash('console.nominations.import.done', { count: result.accepted });
        navigate(`/console/elections/${e.id}`);
        return;
      }
      setChecked({ text, result });
      if (!dryRun) setNotWritten(true);
    } catch (error) {
      setBusy(null);
      setChecked(null);
      setErrors([{ target: 'import-text', text: ({ t }) => importError(error, t) }]);
    }
  };

  const preview = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  if (e.status !== 'NOMINATIONS_OPEN') {
    return (
      <>
        <FocusHeading>{t('console.nominations.import.title', { title: e.title })}</FocusHeading>
        <div className="notice notice--warning">
          <p>{t('console.nominations.import.notOpen')}</p>
        </div>
        <Link href={`/console/elections/${e.id}`}>{t('console.back')}</Link>
      </>
    );
  }

  return (
    <>
      <form noValidate onSubmit={preview}>
        <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
        <FocusHeading focus={errors.length === 0}>
          {t('console.nominations.import.title', { title: e.title })}
        </FocusHeading>
        <p>{t('console.nominations.import.intro')}</p>
        <details>
          <summary>{t('console.nominations.import.columns')}</summary>
          <p className="csv-text">{t('console.nominations.import.columnsList')}</p>
          <p className="label-like">{t('console.nominations.import.example')}</p>
          <p className="csv-text">{EXAMPLE}</p>
        </details>
        <div className="form-group">
          <label htmlFor="import-file">{t('console.nominations.import.file')}</label>
          <span id="import-file-hint" className="hint">
            {t('console.nominations.import.fileHint')}
          </span>
          <input
            id="import-file"
            name="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="import-file-hint"
            onChange={chooseFile}
          />
        </div>
        <div className={errors.length ? 'form-group form-group--error' : 'form-group'}>
          <label htmlFor="import-text">{t('console.nominations.import.text')}</label>
          {errors[0]?.target === 'import-text' && (
            <span id="import-text-error" className="error-message">
              {errors[0].text(i18n)}
            </span>
          )}
          <textarea
            id="import-text"
            name="import-text"
            rows={8}
            className="csv-text"
            spellCheck={false}
            value={text}
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={errors.length ? 'import-text-error' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="button-group">
          <button type="submit" className={current ? 'button button--secondary' : 'button'} disabled={busy !== null}>
            {busy === 'checking' ? t('console.nominations.import.checking') : t('console.nominations.import.preview')}
          </button>
          <Link href={`/console/elections/${e.id}`} className="button-link">
            {t('console.cancel')}
          </Link>
        </div>
      </form>
      {checked && !current && (
        <div className="notice notice--warning" role="status">
          <p>{t('console.nominations.import.changed')}</p>
        </div>
      )}
      {current && <Preview result={current} notWritten={notWritten} busy={busy} onConfirm={() => void run(false)} />}
    </>
  );
}

function Preview({
  result,
  notWritten,
  busy,
  onConfirm,
}: {
  result: Result;
  notWritten: boolean;
  busy: 'checking' | 'writing' | null;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="import-preview">
      <h2 id="import-preview">
        {result.refused === 0
          ? t('console.nominations.import.allGood', { accepted: result.accepted })
          : t('console.nominations.import.summary', { accepted: result.accepted, refused: result.refused })}
      </h2>
      {(notWritten || result.refused > 0) && (
        <div className="notice notice--warning" role="status">
          <p>
            {notWritten
              ? t('console.nominations.import.notWritten', { refused: result.refused })
              : t('console.nominations.import.fixFirst')}
          </p>
        </div>
      )}
      {/* Focusable, so that a table wider than a phone can be scrolled from the keyboard. */}
      <div className="table-wrap" role="region" aria-labelledby="import-preview" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('console.nominations.import.colLine')}
              </th>
              <th scope="col">{t('console.nominations.import.colName')}</th>
              <th scope="col">{t('console.nominations.import.colOutcome')}</th>
              <th scope="col">{t('console.nominations.import.colState')}</th>
              <th scope="col">{t('console.nominations.import.colNationality')}</th>
              <th scope="col">{t('console.nominations.import.colList')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.line}>
                <td className="numeric">{row.line}</td>
                <th scope="row">{row.fullName ?? ''}</th>
                <td>
                  {row.outcome === 'ACCEPTED' ? (
                    <span className="tag tag--accepted">{t('console.nominations.import.accepted')}</span>
                  ) : (
                    <>
                      <span className="tag tag--refused">{t('console.nominations.import.refused')}</span>
                      {row.refusal && <span className="hint">{refusalText(row.refusal, t)}</span>}
                    </>
                  )}
                </td>
                <td>{row.nominatingState ?? ''}</td>
                <td>{row.nationality ?? ''}</td>
                <td>{row.list ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.refused === 0 && (
        <div className="button-group">
          <button type="button" className="button" disabled={busy !== null} onClick={onConfirm}>
            {busy === 'writing'
              ? t('console.nominations.import.writing')
              : t('console.nominations.import.confirm', { count: result.accepted })}
          </button>
        </div>
      )}
    </section>
  );
}

/** A file the API cannot read at all (no header, an unknown column, too many rows). */
function importError(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
    const fields = error.extensions.fields;
    const problems = Array.isArray(fields)
      ? fields.flatMap((f: { problems?: unknown }) => (Array.isArray(f.problems) ? f.problems.map(String) : []))
      : [];
    // The API's words about the file's own shape (column names) are technical and kept as they are.
    if (problems.length) return `${t('console.errors.invalid')} ${problems.join('; ')}`;
  }
  return consoleErrorMessage(error, t);
}
