/** Sets the document title of a guide page: "Error: " when it shows errors, the page's heading, the service. */
import { useEffect } from 'react';
import { useSharedMessages } from '../../shared/i18n.tsx';

/** Keeps `document.title` to the page's heading (screen readers announce it; tabs show it). */
export function usePageTitle(heading: string, errorPrefix?: string): void {
  const shared = useSharedMessages();
  const name = shared('app.name');
  useEffect(() => {
    document.title = `${errorPrefix ?? ''}${heading} – ${name}`;
  }, [heading, errorPrefix, name]);
}
