import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { YouTube } from './YouTube.tsx';

test('a video written as its address plays the same video as its id', () => {
  const byId = renderToStaticMarkup(<YouTube id="5GxEaOzIZ7I" title="Meetup #14" />);
  const byAddress = renderToStaticMarkup(
    <YouTube id="https://www.youtube.com/watch?v=5GxEaOzIZ7I&t=90s" title="Meetup #14" />,
  );
  assert.match(byId, /youtube-nocookie\.com\/embed\/5GxEaOzIZ7I\?autoplay=1/);
  assert.match(byId, /youtube\.com\/watch\?v=5GxEaOzIZ7I/);
  assert.equal(byAddress, byId);
});
