/**
 * The web host's token arrives once in the address (`?token=`) and is kept in an HttpOnly cookie from then on.
 * Once the page has loaded, the token has been accepted: take it out of the address bar and the history, so it
 * is not copied, bookmarked or shown on a shared screen.
 */
export function removeTokenFromAddressBar(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'state' | 'replaceState'>,
): void {
  const address = new URL(location.href);
  if (!address.searchParams.has('token')) return;
  address.searchParams.delete('token');
  history.replaceState(history.state, '', `${address.pathname}${address.search}${address.hash}`);
}
