import { css } from 'lit';

/** <mk-feeds>' own layout on the widgets' theme tokens: long addresses break anywhere. */
export const feedsStyles = css`
  .feed-url,
  code {
    overflow-wrap: anywhere;
  }
  .feed-ok {
    font-weight: 600;
  }
`;
