import { test } from 'node:test';
import assert from 'node:assert/strict';
import { youtubeVideoId } from './youtube-id.ts';

test('a video id is read from the id or from any address YouTube gives to share it', () => {
  for (const written of [
    '5GxEaOzIZ7I',
    ' 5GxEaOzIZ7I ',
    'https://www.youtube.com/watch?v=5GxEaOzIZ7I',
    'https://www.youtube.com/watch?v=5GxEaOzIZ7I&t=90s&list=PL123',
    'https://m.youtube.com/watch?feature=share&v=5GxEaOzIZ7I',
    'https://youtu.be/5GxEaOzIZ7I?si=abc',
    'https://www.youtube.com/embed/5GxEaOzIZ7I',
    'https://www.youtube-nocookie.com/embed/5GxEaOzIZ7I?autoplay=1',
    'https://youtube.com/shorts/5GxEaOzIZ7I',
    'https://www.youtube.com/live/5GxEaOzIZ7I?feature=shared',
  ]) {
    assert.equal(youtubeVideoId(written), '5GxEaOzIZ7I', written);
  }
});

test('anything else is not a video', () => {
  for (const written of [
    '',
    'meetup-14',
    'https://vimeo.com/123456789',
    'https://www.youtube.com/@srefrance',
    'https://www.youtube.com/playlist?list=PL1234567890',
    'https://evil.example/watch?v=5GxEaOzIZ7I',
    'javascript:alert(1)//5GxEaOzIZ7I',
    'https://youtu.be/5GxEaOzIZ7I"><script>',
  ]) {
    assert.equal(youtubeVideoId(written), undefined, written);
  }
});
