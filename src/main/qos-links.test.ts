import { describe, expect, it } from 'vitest';
import { qosLinkIn } from './qos-links';

describe('qos:// links from the operating system', () => {
  it('finds the link among the arguments a second instance was started with', () => {
    expect(
      qosLinkIn(['/usr/bin/qos', '--no-sandbox', 'qos://article/8efaf9ddfbd8e56d?start=5&end=20&b=x-1']),
    ).toBe('qos://article/8efaf9ddfbd8e56d?start=5&end=20&b=x-1');
  });

  it('ignores anything else, including look-alike and hostile arguments', () => {
    expect(qosLinkIn(['qos', '--inspect', 'https://example.com'])).toBeUndefined();
    expect(qosLinkIn(['qos://article/../../etc'])).toBeUndefined();
    expect(qosLinkIn(['qos://settings/x'])).toBeUndefined();
  });
});
