import { describe, expect, it } from 'vitest';
import type { UrlView } from './url-keys.ts';
import { testEventList } from './test-event-list.ts';
import { formatUrlView, historyModeFor, parseUrlView, resolveUrlView } from './url-view.ts';

const defaults: UrlView = {
  selectedEventId: null,
  readerFile: null,
  actorFilter: [],
  kindFilter: [],
  matchMode: 'any',
  visibleWindow: null,
};

const full: UrlView = {
  selectedEventId: '2025-09-24-quote-marco-rubio',
  readerFile: null,
  actorFilter: ['marco-rubio', 'sergey-lavrov'],
  kindFilter: ['meeting', 'quote'],
  matchMode: 'all',
  visibleWindow: { start: Date.UTC(2025, 8, 20), end: Date.UTC(2025, 8, 26, 12, 30) },
};

describe('links', () => {
  it('write every part of the view as readable parameters', () => {
    expect(formatUrlView(full)).toBe(
      '?event=2025-09-24-quote-marco-rubio&actors=marco-rubio,sergey-lavrov&kinds=meeting,quote&match=all' +
        '&from=2025-09-20&to=2025-09-26T12:30Z',
    );
  });

  it('leave defaults out, so the plain page has a plain address', () => {
    expect(formatUrlView(defaults)).toBe('');
  });

  it('read back what they wrote', () => {
    expect(parseUrlView(formatUrlView(full))).toEqual(full);
    expect(parseUrlView('')).toEqual(defaults);
  });

  it('read percent-encoded commas and colons too', () => {
    const view = parseUrlView('?actors=marco-rubio%2Csergey-lavrov&from=2025-09-20T10%3A00Z&to=2025-09-21');
    expect(view.actorFilter).toEqual(['marco-rubio', 'sergey-lavrov']);
    expect(view.visibleWindow).toEqual({ start: Date.UTC(2025, 8, 20, 10), end: Date.UTC(2025, 8, 21) });
  });

  it('fall back to the default for each malformed part alone', () => {
    const view = parseUrlView(
      '?event=<script>&actors=marco-rubio,NOT A SLUG,,marco-rubio&kinds=meeting,party&match=most&from=2025-09-30&to=2025-09-01',
    );
    expect(view).toEqual({ ...defaults, actorFilter: ['marco-rubio'], kindFilter: ['meeting'] });
    expect(parseUrlView('?from=2025-02-30&to=2025-03-02').visibleWindow).toBeNull();
    expect(parseUrlView('?from=2025-02-01').visibleWindow).toBeNull();
    expect(parseUrlView('?event=a&event=b').selectedEventId).toBe('a');
  });

  it('never let query keys reach an object’s prototype', () => {
    const view = parseUrlView(
      '?__proto__[polluted]=yes&constructor[prototype][polluted]=yes&__proto__=x&actors=__proto__,constructor&event=__proto__',
    );
    expect('polluted' in {}).toBe(false);
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect(Object.keys(view).sort()).toEqual(Object.keys(defaults).sort());
    // "__proto__" is not a slug; "constructor" is, and is then checked against the actors.
    expect(view.actorFilter).toEqual(['constructor']);
    expect(view.selectedEventId).toBeNull();
  });

  it('push for selection and filter changes, replace for the window alone', () => {
    expect(historyModeFor(defaults, { ...defaults, selectedEventId: 'x' })).toBe('push');
    expect(historyModeFor(defaults, { ...defaults, matchMode: 'all' })).toBe('push');
    expect(historyModeFor(defaults, { ...defaults, visibleWindow: { start: 0, end: 60_000 } })).toBe('replace');
    expect(historyModeFor(full, { ...full, visibleWindow: null, kindFilter: [] })).toBe('push');
    // A change the link cannot show (a few seconds) does not touch history.
    expect(
      historyModeFor(full, {
        ...full,
        visibleWindow: { start: Date.UTC(2025, 8, 20, 0, 0, 5), end: Date.UTC(2025, 8, 26, 12, 30) },
      }),
    ).toBeNull();
  });
});

describe('the article reader in links', () => {
  it('round-trips the open article and drops one that is not in the timeline', () => {
    const file = 'seeds/2025 a&b=c.txt';
    const view = { ...full, readerFile: file };
    expect(parseUrlView(formatUrlView(view))).toEqual(view);
    const { view: resolved, notices } = resolveUrlView({ ...full, readerFile: 'seeds/nope.txt' }, testEventList);
    expect(resolved.readerFile).toBeNull();
    expect(notices[0]).toContain('“seeds/nope.txt”');
  });
});

describe('resolving a link against the events', () => {
  it('keeps what exists and says what does not', () => {
    const { view, notices } = resolveUrlView(
      { ...full, selectedEventId: 'gone-event', actorFilter: ['marco-rubio', 'nobody-here'] },
      testEventList,
    );
    expect(view).toEqual({ ...full, selectedEventId: null, actorFilter: ['marco-rubio'] });
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('“gone-event”');
    expect(notices[1]).toContain('“nobody-here”');
  });

  it('says nothing when everything exists', () => {
    expect(resolveUrlView(full, testEventList)).toEqual({ view: full, notices: [] });
  });
});
