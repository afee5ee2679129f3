/** The start page (GOV.UK start page): what the guide tells you, what you need, and a Start button. */
import type { T } from '../../shared/i18n.tsx';
import { Link, useFocusHeading } from '../../shared/router.tsx';
import { guideHref } from './nav.tsx';
import { usePageTitle } from './page-title.tsx';

export function StartPage({ t }: { t: T }) {
  const heading = t('guide.start.title');
  usePageTitle(heading);
  useFocusHeading('start');
  return (
    <>
      <h1>{heading}</h1>
      <p>{t('guide.start.lead')}</p>
      <ul>
        <li>{t('guide.start.tells.can')}</li>
        <li>{t('guide.start.tells.where')}</li>
        <li>{t('guide.start.tells.bring')}</li>
        <li>{t('guide.start.tells.when')}</li>
      </ul>
      <h2>{t('guide.start.need.title')}</h2>
      <p>{t('guide.start.need.body')}</p>
      <div className="notice" role="note">
        <p>{t('guide.start.privacy')}</p>
      </div>
      <div className="button-group">
        <Link className="button guide-start" href={guideHref('status')}>
          {t('guide.start.button')}
        </Link>
      </div>
    </>
  );
}
