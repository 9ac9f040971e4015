import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute.ts';
import { routeHref } from './routeHref.ts';

describe('the candidate list’s search in the address', () => {
  it('round-trips any query, syntax and all, through #/candidates?q=', () => {
    for (const search of [
      '(referral OR meetup) AND location:lisboa',
      '"talent sourcer" -zürich',
      'a&b=c #hash ? / %',
      'kotlin ',
    ]) {
      const href = routeHref({ name: 'candidates', search });
      expect(href.startsWith('#/candidates?q=')).toBe(true);
      expect(parseRoute(href)).toEqual({ name: 'candidates', search });
    }
  });

  it('leaves an empty search out, and ignores a query on other routes', () => {
    expect(routeHref({ name: 'candidates', search: '  ' })).toBe('#/candidates');
    expect(parseRoute('#/candidates?q=')).toEqual({ name: 'candidates' });
    expect(parseRoute('#/candidates')).toEqual({ name: 'candidates' });
    expect(parseRoute('#/trash?q=x')).toEqual({ name: 'trash' });
    expect(parseRoute('#/candidates/abc?q=x')).toEqual({ name: 'candidate', id: 'abc' });
    expect(parseRoute('#/candidates?q=%E0%A4%A')).toEqual({ name: 'candidates', search: '\uFFFD%A' });
  });
});

it('opens on Today: an empty hash, #/ and #/today', () => {
  for (const hash of ['', '#', '#/', '#/today']) expect(parseRoute(hash)).toEqual({ name: 'today' });
  expect(routeHref({ name: 'today' })).toBe('#/');
});

it('reads the feedback and profile addresses, and round-trips them', () => {
  const id = '018f0000-0000-7000-8000-000000000001';
  expect(parseRoute(`#/feedback/${id}`)).toEqual({ name: 'feedback', id });
  expect(parseRoute('#/settings/profile')).toEqual({ name: 'profileSettings' });
  expect(parseRoute(routeHref({ name: 'feedback', id }))).toEqual({ name: 'feedback', id });
  expect(parseRoute('#/feedback/%E0%A4%A')).toEqual({ name: 'notFound', path: '/feedback/%E0%A4%A' });
  expect(parseRoute('#/candidates')).toEqual({ name: 'candidates' });
});
