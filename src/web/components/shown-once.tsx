/**
 * A secret shown once — a one-time password, an API token: the node keeps only its hash, so
 * this is the only moment it can be read. Said so plainly, with a way to copy it.
 */
import { CopyButton } from './copy-button';

export function ShownOnce({ title, secret, help }: { title: string; secret: string; help: string }) {
  return (
    <div className="done one-time" role="status">
      <p>
        <strong>{title}</strong>
      </p>
      <p className="otp" dir="ltr" lang="en">
        <code>{secret}</code>
      </p>
      <p>{help}</p>
      <CopyButton text={secret} />
    </div>
  );
}
