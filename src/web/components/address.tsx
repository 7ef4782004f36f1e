/** An address to paste into a tool: always left to right, with a button that copies it. */
import { CopyButton } from './copy-button';

export function Address({ url, label }: { url: string; label: string }) {
  return (
    <span className="address">
      <code dir="ltr" className="wrap">
        {url}
      </code>{' '}
      <CopyButton text={url} small>
        {/* Which address, for those who hear the button rather than see where it stands. */}
        <span className="visually-hidden"> {label}</span>
      </CopyButton>
    </span>
  );
}
