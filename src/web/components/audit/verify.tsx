/**
 * Verifying the chain: every event's hash recomputed from the first to the last, and the last
 * compared with the recorded head. A break is named by its event, with a link to it.
 */
import { useMutation } from '@tanstack/react-query';
import { Button, Label, Link, ProgressBar } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { writeFilters } from '../../lib/audit-filters';
import { formatCount } from '../../lib/format';
import { ProblemNote } from '../problem';

export function VerifyChain() {
  const t = useT();
  const locale = useLocale();
  const verify = useMutation({ mutationFn: () => call(api.GET('/api/audit/verify')) });
  const verdict = verify.data;
  return (
    <div className="verify">
      <p>{t('audit.verifyHelp')}</p>
      <Button className="secondary" onPress={() => verify.mutate()} isDisabled={verify.isPending}>
        {t('audit.verify')}
      </Button>
      {verify.isPending && (
        <ProgressBar isIndeterminate className="progress">
          <Label>{t('audit.verifying')}</Label>
          <div className="progress-track">
            <div className="progress-fill indeterminate" />
          </div>
        </ProgressBar>
      )}
      <ProblemNote error={verify.error} />
      {verdict && !verify.isPending && (
        <div className={verdict.ok ? 'done' : 'warning'} role={verdict.ok ? 'status' : 'alert'}>
          {verdict.ok ? (
            <>
              <p>{t('audit.chainOk', { count: verdict.checked })}</p>
              {verdict.head && (
                <p className="hash">
                  {t('audit.head', { seq: formatCount(locale, verdict.head.seq) })}{' '}
                  <code>{verdict.head.hash}</code>
                </p>
              )}
            </>
          ) : (
            <>
              <p>
                <strong>{t('audit.chainBad', { seq: formatCount(locale, verdict.seq ?? 0) })}</strong>
              </p>
              <p>
                <code>{verdict.problem}</code> <span lang="en">{verdict.message}</span>
              </p>
              <Link
                href={`/audit?${writeFilters({ order: 'oldest', at: Math.max(0, (verdict.seq ?? 1) - 1) })}`}
              >
                {t('audit.showBad')}
              </Link>
            </>
          )}
        </div>
      )}
    </div>
  );
}
