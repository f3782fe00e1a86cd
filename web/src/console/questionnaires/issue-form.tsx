import { useState, type FormEvent } from 'react';
import type { ConsoleQuestionFragment, ConsoleQuestionnaireTemplatesQuery } from '../../gql/graphql.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isDay, today } from '../dates.js';
import { consoleErrorMessage, fieldsOf } from '../errors.js';
import { SelectField, TextField } from '../fields.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { endOfDay } from './labels.js';
import { IssueQuestionnaireDocument, TemplatesDocument } from './operations.js';

type Loaded = ConsoleQuestionnaireTemplatesQuery;

/** Issue a questionnaire for an election from a template version, its questions previewed in both languages. */
export function IssueForm({ electionId }: { electionId: string }) {
  const loaded = useQuery(TemplatesDocument, { electionId });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <Form election={loaded.data.election} templates={loaded.data.questionnaireTemplates} />;
}

function Form({
  election,
  templates,
}: {
  election: NonNullable<Loaded['election']>;
  templates: Loaded['questionnaireTemplates'];
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { call } = useSession();
  const fitting = templates.filter((x) => x.electionType === election.type);
  const [templateId, setTemplateId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [publishOn, setPublishOn] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  const chosen = fitting.find((x) => x.id === templateId);
  const back = `/console/elections/${election.id}`;

  // The message's key, decided when sent and said in the language of the moment.
  const dayProblem = (day: string, blank: Key): Key | null => {
    if (!day) return blank;
    if (!isDay(day)) return 'console.form.dateInvalid';
    if (day < today()) return 'console.questionnaires.issue.dayPast';
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!chosen)
      found.push({ target: 'issue-template', text: ({ t }) => t('console.questionnaires.issue.templateBlank') });
    const d = dayProblem(deadline, 'console.questionnaires.issue.deadlineBlank');
    if (d) found.push({ target: 'issue-deadline', text: ({ t }) => t(d) });
    const p = dayProblem(publishOn, 'console.questionnaires.issue.publishBlank');
    if (p) found.push({ target: 'issue-publish', text: ({ t }) => t(p) });
    else if (!d && publishOn < deadline)
      found.push({ target: 'issue-publish', text: ({ t }) => t('console.questionnaires.issue.publishBeforeDeadline') });
    setErrors(found);
    if (found.length || !chosen) return;
    setBusy(true);
    try {
      const { issueQuestionnaire: q } = await call(IssueQuestionnaireDocument, {
        input: {
          electionId: election.id,
          templateId: chosen.id,
          deadline: endOfDay(deadline),
          publishAt: endOfDay(publishOn),
        },
      });
      flash('console.questionnaires.issue.done', { title: q.title });
      navigate(`/console/elections/${election.id}/questionnaires/${q.id}`);
    } catch (error) {
      setBusy(false);
      const fields = fieldsOf(error);
      const target = fields.includes('deadline')
        ? 'issue-deadline'
        : fields.includes('publishAt')
          ? 'issue-publish'
          : undefined;
      setErrors([{ target, text: ({ t }) => consoleErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <FocusHeading focus={errors.length === 0}>
        {t('console.questionnaires.issue.title', { title: election.title })}
      </FocusHeading>
      {fitting.length === 0 ? (
        <p>{t('console.questionnaires.issue.noTemplates')}</p>
      ) : (
        <>
          <SelectField
            id="issue-template"
            label={t('console.questionnaires.issue.template')}
            hint={t('console.questionnaires.issue.templateHint')}
            placeholder={t('console.questionnaires.issue.templateChoose')}
            required
            value={templateId}
            error={errorFor('issue-template')}
            options={fitting.map((x) => ({
              value: x.id,
              label: t('console.questionnaires.issue.templateOption', { title: x.title, version: x.version }),
            }))}
            onChange={setTemplateId}
          />
          {chosen && <Preview title={chosen.title} titleFr={chosen.titleFr ?? null} questions={chosen.questions} />}
          <TextField
            id="issue-deadline"
            label={t('console.questionnaires.issue.deadline')}
            hint={t('console.questionnaires.issue.deadlineHint')}
            type="date"
            width="medium"
            required
            value={deadline}
            error={errorFor('issue-deadline')}
            onChange={setDeadline}
          />
          <TextField
            id="issue-publish"
            label={t('console.questionnaires.issue.publish')}
            hint={t('console.questionnaires.issue.publishHint', {
              deadline: isDay(deadline) ? date(deadline) : '…',
            })}
            type="date"
            width="medium"
            required
            value={publishOn}
            error={errorFor('issue-publish')}
            onChange={setPublishOn}
          />
        </>
      )}
      <div className="button-group">
        {fitting.length > 0 && (
          <button type="submit" className="button" disabled={busy}>
            {t('console.questionnaires.issue.submit')}
          </button>
        )}
        <Link href={back} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** The chosen template's title and questions, English and French side by side, as nominees will read them. */
export function Preview({
  title,
  titleFr,
  questions,
}: {
  title: string;
  titleFr: string | null;
  questions: readonly ConsoleQuestionFragment[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">{t('console.questionnaires.preview.title', { count: questions.length })}</h2>
      <div className="table-wrap">
        <table className="table" aria-labelledby="preview-heading">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col" lang="en">
                {t('console.questionnaires.preview.english')}
              </th>
              <th scope="col" lang="fr">
                {t('console.questionnaires.preview.french')}
              </th>
              <th scope="col">{t('console.questionnaires.preview.kind')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('console.questionnaires.preview.titleRow')}</th>
              <td lang="en">{title}</td>
              {titleFr ? (
                <td lang="fr">{titleFr}</td>
              ) : (
                <td className="hint-inline">{t('console.questionnaires.preview.noFrenchTitle')}</td>
              )}
              <td />
            </tr>
            {questions.map((q, i) => (
              <tr key={q.key}>
                <td>{i + 1}</td>
                <td lang="en">
                  {q.promptEn}
                  {q.options.length > 0 && (
                    <ul className="plain-list">
                      {q.options.map((o) => (
                        <li key={o.key}>{o.labelEn}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td lang="fr">
                  {q.promptFr}
                  {q.options.length > 0 && (
                    <ul className="plain-list">
                      {q.options.map((o) => (
                        <li key={o.key}>{o.labelFr}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {t(`console.questionnaires.kinds.${q.kind}`)}
                  {q.maxLength != null && (
                    <span className="hint">{t('console.questionnaires.preview.maxLength', { max: q.maxLength })}</span>
                  )}
                  <span className="hint">
                    {q.required
                      ? t('console.questionnaires.preview.required')
                      : t('console.questionnaires.preview.optional')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
