/**
 * A secret shown once — a one-time password, an API token: the node keeps only its hash, so
 * this is the only moment it can be read. Said so plainly, with a way to copy it.
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n';

export function ShownOnce({ title, secret, help }: { title: string; secret: string; help: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Without clipboard access the secret stays on screen to be copied by hand.
    }
  };
  return (
    <div className="done one-time" role="status">
      <p>
        <strong>{title}</strong>
      </p>
      <p className="otp" dir="ltr" lang="en">
        <code>{secret}</code>
      </p>
      <p>{help}</p>
      <Button className="secondary" onPress={() => void copy()}>
        {copied ? t('users.copied') : t('users.copy')}
      </Button>
    </div>
  );
}
