import { routeHref } from '../lib/routeHref.ts';

/** An address the app does not know, e.g. from an old bookmark; says so rather than guessing. */
export function NotFoundScreen({ path }: { path: string }) {
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="page-title" tabIndex={-1}>
        Page not found
      </h1>
      <p className="page-subtitle">
        Rapport has no page at <code>{path}</code>.
      </p>
      <p>
        <a href={routeHref({ name: 'candidates' })}>Go to the candidates</a>
      </p>
    </section>
  );
}
